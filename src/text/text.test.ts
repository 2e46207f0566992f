import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { NEEDS_EVAL, SEED_ARTICLE } from '../../test/shared-eval.ts';
import { findAttributions, findLists, findQuotes, splitSentences } from './index.ts';
import { matchesOf } from './matches.ts';

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

test('splits sentences at line breaks and at glued boundaries left by scraping', () => {
  const text = 'Moscow wants talks, Peskov said.Ukraine disagreed.\nThese are:The next point.';
  assert.deepEqual(
    splitSentences(text).map((s) => slice(text, s)),
    ['Moscow wants talks, Peskov said.', 'Ukraine disagreed.', 'These are:', 'The next point.'],
  );
});

test('a link on a line of its own does not cut the sentence it stands in, raw or with its markup blanked', () => {
  const raw = 'The president reportedly\n[backs the new plan](https://example.org/a)\n, officials said.\nRead more:\n[Other story](https://example.org/b)\n\nHeadline without stop\n\n[Third story](https://example.org/c)';
  assert.deepEqual(
    splitSentences(raw).map((s) => slice(raw, s)),
    ['The president reportedly\n[backs the new plan](https://example.org/a)\n, officials said.', 'Read more:', '[Other story](https://example.org/b)', 'Headline without stop', '[Third story](https://example.org/c)'],
  );
  const blanked = 'Among other things,\n the proposal requires      \nUkraine to withdraw.\nRussia demands:\nneutrality\nrecognition';
  assert.deepEqual(
    splitSentences(blanked).map((s) => slice(blanked, s)),
    ['Among other things,\n the proposal requires      \nUkraine to withdraw.', 'Russia demands:', 'neutrality', 'recognition'],
  );
});

test('keeps an absurdly long token from the sentence splitter: the sentences around it stand, the token is cut to bounded pieces', () => {
  const token = 'ab.'.repeat(70_000);
  const text = `Peskov said Russia rejects the plan. The next words ${token} follow it.\nUkraine disagreed.`;
  const sentences = splitSentences(text);
  const pieces = sentences.map((s) => slice(text, s));
  assert.equal(pieces[0], 'Peskov said Russia rejects the plan.');
  assert.equal(pieces[1], 'The next words');
  assert.deepEqual(pieces.slice(-2), ['follow it.', 'Ukraine disagreed.']);
  const cut = pieces.slice(2, -2);
  assert.equal(cut.join(''), token);
  assert.ok(cut.every((piece) => piece.length <= 1000), 'every piece of the token within the sentence bound');
});

test('marks a sentence that repeats an earlier one', () => {
  const text = 'Russia rejects the plan.\nSomething else.\nRussia rejects the plan.';
  const sentences = splitSentences(text);
  assert.equal(sentences[2]?.repeatOf, 0);
  assert.equal(sentences[1]?.repeatOf, undefined);
});

test('a repeat may differ in case, punctuation and spacing, not in words', () => {
  const text = 'Russia rejects the plan.\nRUSSIA  rejects – the plan!\nRussia rejects the plans.';
  assert.deepEqual(splitSentences(text).map((s) => s.repeatOf), [undefined, 0, undefined]);
});

test('marks the seed article’s repeated paragraphs and keeps offsets into the original text', NEEDS_EVAL, () => {
  const text = readFileSync(SEED_ARTICLE, 'utf8');
  const sentences = splitSentences(text);
  const repeats = sentences.filter((s) => s.repeatOf !== undefined);
  assert.ok(repeats.length >= 6, `found ${repeats.length} repeated sentences`);
  for (const sentence of repeats) {
    const first = sentences[sentence.repeatOf ?? -1];
    assert.ok(first && first.start < sentence.start);
  }
});

test('finds curly, straight and nested quotations without taking apostrophes for quotes', () => {
  const text = '“Russia’s demands are ‘absurd’,” he said. She added: "We will not yield."';
  const quotes = findQuotes(text);
  assert.deepEqual(
    quotes.map((q) => slice(text, q.inner)),
    ['Russia’s demands are ‘absurd’,', 'absurd', 'We will not yield.'],
  );
  assert.equal(quotes[1]?.parent, 0);
});

test('a quotation left open runs to the end of its line', () => {
  const text = '"We want peace, but not at any price.\nNext paragraph.';
  assert.deepEqual(findQuotes(text).map((q) => slice(text, q.inner)), ['We want peace, but not at any price.']);
});

test('finds the speaker of "X said", "said X", "according to X" and "X, editor of Y, says"', () => {
  const cases: [string, string][] = [
    ['Ukraine will not cede land, Zelensky said on Monday.', 'Zelensky'],
    ['"No deal," said Kremlin spokesman Dmitry Peskov.', 'Kremlin spokesman Dmitry Peskov'],
    ['The plan is dead, according to Foreign Minister Sergei Lavrov.', 'Foreign Minister Sergei Lavrov'],
    ['Igor Korotchenko, editor of a defence magazine, says the talks went well.', 'Igor Korotchenko'],
    ['"Enough," the observer emphasized.', 'the observer'],
    // Verbs match in any case, and as Unicode case folding has it: ſ (long s) is an s.
    ['Ukraine will not cede land, ZELENSKY SAID.', 'ZELENSKY'],
    ['Ukraine will not cede land, Zelensky ſaid.', 'Zelensky'],
  ];
  for (const [text, speaker] of cases) {
    const quotes = findQuotes(text).map((q) => q.span);
    const attributions = findAttributions(text, { start: 0, end: text.length }, quotes);
    assert.equal(attributions[0] && slice(text, attributions[0].speaker), speaker, text);
  }
});

test('finds list items on their own lines, bulleted or not, and inline after a counted noun', () => {
  const text = 'He came with four non-negotiables. These are:\nRecognition of borders\n- Withdrawal of troops\n2) Neutral status\nThe talks went on.\nMoscow set three conditions: neutrality, disarmament and recognition.';
  const sentences = splitSentences(text);
  const lists = findLists(text, sentences);
  assert.deepEqual(
    lists.map((list) => list.items.map((item) => slice(text, item))),
    [
      ['Recognition of borders', 'Withdrawal of troops', 'Neutral status'],
      ['neutrality', 'disarmament', 'recognition'],
    ],
  );
});

test('an introduction with no items after it is no list', () => {
  const text = 'These are:The non-bloc status point matters.';
  assert.deepEqual(findLists(text, splitSentences(text)), []);
});

test('matchesOf gives what matchAll gives, stepping past empty matches by whole characters', () => {
  const text = 'a𝐀 b\u0301c';
  for (const pattern of [/(?:)/gu, /(?:)/g, /\p{L}*/gu, /[a-c]/g]) {
    assert.deepEqual(
      matchesOf(pattern, text).map((match) => [match.index, match[0]]),
      [...text.matchAll(pattern)].map((match) => [match.index, match[0]]),
      String(pattern),
    );
  }
});
