import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFollowers, neededLetters } from './cue-followers.ts';
import { TermMatcher, type Term } from './term-matcher.ts';

test('a cue names the words that must follow its first word, through groups and inflections', () => {
  assert.deepEqual(Object.fromEntries(cueFollowers("(Russian|Moscow's) (troops|forces)", false)!), { russian: ['troops', 'forces'], moscow: undefined });
  assert.deepEqual(Object.fromEntries(cueFollowers('(an end|halt) to', true)!), { an: ['end', 'ended', 'ending'], halt: ['to'], halted: ['to'], halting: ['to'] });
  assert.deepEqual(Object.fromEntries(cueFollowers('Ukraine ... neutral', false)!), { ukraine: undefined });
  // A first word that may run on ("withdraw*", "cease-fire") also starts other words: no followers at all.
  assert.equal(cueFollowers('withdraw* troops', false), undefined);
  assert.equal(cueFollowers('cease-fire talks', false), undefined);
});

test('a cue names letters every match holds after its first word, in every inflected form', () => {
  assert.deepEqual(neededLetters('Ukraine ... (be|is) (excluded|left out|side-lined)', false), ['excluded', 'left', 'side']);
  assert.deepEqual(neededLetters('free (prisoners|hostages)', true), ['prisoners', 'hostages']);
  assert.deepEqual(neededLetters('Kyiv ... release', true), ['releas']);
  assert.equal(neededLetters('NATO', false), undefined);
  assert.equal(neededLetters('Kyiv ... US', false), undefined);
});

const terms: Term<string>[] = [
  { cue: "(Russian|Moscow's) (troops|forces)", meaning: 'troops' },
  { cue: 'Russian', group: 'party', meaning: 'party' },
  { cue: 'Ukraine ... (be|is) (excluded|left out)', group: 'excluded', meaning: 'excluded' },
  { cue: 'release hostages', inflect: true, group: 'hostages', meaning: 'hostages' },
];
const found = (text: string) => new TermMatcher(terms).find(text).map((match) => `${match.term.meaning}:${match.text}`);

test('terms match across quotation marks and line breaks between their words', () => {
  assert.deepEqual(found('“Russian” \n  "troops" left; Moscow’s forces stayed.'), ['troops:Russian” \n  "troops', 'party:Russian', 'troops:Moscow’s forces']);
  assert.deepEqual(found('Ukraine would not be LEFT OUT, and Kyiv released hostages.'), ['excluded:Ukraine would not be LEFT OUT', 'hostages:released hostages']);
});

test('terms whose further words are missing are not matched, while the rest still are', () => {
  assert.deepEqual(found('Russian officials said Ukraine would be heard; releasing prisoners.'), ['party:Russian']);
  assert.deepEqual(found('Russiantroops, Russian-troops'), ['party:Russian']);
});

test('a term is found only where the words it needs open words at or after its first word', () => {
  // "excluded" inside "unexcluded" or before "Ukraine" is no part of a match; the last "left out" is.
  assert.deepEqual(found('Excluded, unexcluded: Ukraine is unexcluded. Ukraine is left out.'), ['excluded:Ukraine is left out']);
  assert.deepEqual(found('Left out before it, Ukraine is unexcluded.'), []);
});

test('a one-word cue matches the whole word in any case, or in its own case when exact, and in its inflected forms', () => {
  const oneWord = new TermMatcher<string>([
    { cue: 'US', exactCase: true, meaning: 'us' },
    { cue: 'release', inflect: true, meaning: 'release' },
  ]);
  const texts = (text: string) => oneWord.find(text).map((match) => `${match.term.meaning}:${match.text}`);
  assert.deepEqual(texts('Let us see: the US RELEASED them; releases, Releasing, USA.'), ['us:US', 'release:RELEASED', 'release:Releasing']);
});
