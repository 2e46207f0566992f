import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCue, CueSyntaxError, inflectedForms, reorderedCues } from './compile-cue.ts';

function matches(cue: string, text: string): string[] {
  return [...text.matchAll(compileCue(cue))].map((match) => match[0]);
}

test('compiles to a global, case-insensitive, Unicode expression', () => {
  assert.equal(compileCue('NATO').flags, 'giu');
  assert.deepEqual(matches('nato', 'NATO and Nato'), ['NATO', 'Nato']);
});

test('matches only whole words, with Unicode-aware boundaries', () => {
  assert.deepEqual(matches('NATO', 'NATO’s bid, pro-NATO, SENATOR, NATOs'), ['NATO', 'NATO']);
  assert.deepEqual(matches('Kyiv', 'Kyivstar Kyiv'), ['Kyiv']);
  assert.deepEqual(matches('Orbán', 'Orbán’s Orbánism'), ['Orbán']);
});

test('a space matches any run of whitespace', () => {
  assert.deepEqual(matches('security guarantees', 'security  guarantees, security\nguarantees, security\u00a0guarantees'), [
    'security  guarantees',
    'security\nguarantees',
    'security\u00a0guarantees',
  ]);
});

test('a hyphen matches a hyphen, any dash, a space or nothing', () => {
  assert.deepEqual(matches('non-bloc', 'non-bloc non–bloc non—bloc non bloc nonbloc'), ['non-bloc', 'non–bloc', 'non—bloc', 'non bloc', 'nonbloc']);
  assert.deepEqual(matches('cease-fire', 'a ceasefire, a cease-fire'), ['ceasefire', 'cease-fire']);
});

test('an apostrophe matches a straight or a curly one', () => {
  assert.deepEqual(matches("Russia's", "Russia's and Russia’s"), ["Russia's", 'Russia’s']);
});

test('a trailing star matches any letters after a word', () => {
  assert.deepEqual(matches('withdraw*', 'withdraw, withdrawal, withdrawing; rewithdraw'), ['withdraw', 'withdrawal', 'withdrawing']);
});

test('three dots allow up to six words between two words, within one sentence', () => {
  const cue = '(halt|stop|end)... (weapons|arms|military aid)';
  assert.deepEqual(matches(cue, 'to stop weapons'), ['stop weapons']);
  assert.deepEqual(matches(cue, 'to stop all U.S. military aid now'), ['stop all U.S. military aid']);
  assert.deepEqual(matches(cue, 'halt, he said, arms'), ['halt, he said, arms']);
  assert.deepEqual(matches(cue, 'stop one two three four five six weapons'), ['stop one two three four five six weapons']);
  assert.deepEqual(matches(cue, 'stop one two three four five six seven weapons'), []);
  assert.deepEqual(matches(cue, 'We will not stop. Weapons are coming.'), []);
});

test('three dots do not run past a comma into a relative clause', () => {
  const cue = 'recognise ... (annexed|regions)';
  assert.deepEqual(matches(cue, 'recognise Crimea, which Russia annexed'), []);
  assert.deepEqual(matches(cue, 'recognise, who knows, the regions'), []);
  assert.deepEqual(matches(cue, 'recognise the land which Russia annexed'), ['recognise the land which Russia annexed']);
  assert.deepEqual(matches(cue, 'recognise, he said, the regions'), ['recognise, he said, the regions']);
});

test('parentheses group alternatives, which may hold several words and nest', () => {
  const cue = '(join* NATO|NATO (membership|accession))';
  assert.deepEqual(matches(cue, 'joining NATO, NATO membership and NATO accession'), ['joining NATO', 'NATO membership', 'NATO accession']);
  assert.deepEqual(matches('( halt | stop ) aid', 'halt aid, stop aid'), ['halt aid', 'stop aid']);
});

test('every other character is literal, regular-expression metacharacters included', () => {
  assert.deepEqual(matches('U.S.', 'the U.S. and US and UxSx'), ['U.S.']);
  assert.deepEqual(matches('G7+', 'G7+ G77'), ['G7+']);
  assert.deepEqual(matches('1,000 for 1,000', '"1,000 for 1,000" formula'), ['1,000 for 1,000']);
  assert.deepEqual(matches('a{2}$+', 'x a{2}$+ y'), ['a{2}$+']);
});

test('rejects cues that break the syntax, saying where', () => {
  for (const [cue, reason] of [
    ['', /empty cue/],
    ['   ', /empty cue/],
    ['--', /letter or digit/],
    ['(halt|stop', /unclosed "\("/],
    ['halt)', /unmatched "\)"/],
    ['(halt|)', /empty alternative/],
    ['*halt', /"\*" must end a word/],
    ['... halt', /between two words/],
    ['halt ...', /between two words/],
    ['air defen[cs]e', /"\[cs\]" at column 10 reads as a regular expression/],
    ['withdraw\\s+troops', /"\\s" at column 9 reads as a regular expression/],
    ['withdraw (all )?its troops', /"\)\?" at column 15 reads as a regular expression/],
  ] as const) {
    assert.throws(() => compileCue(cue), (error: unknown) => error instanceof CueSyntaxError && reason.test(error.message), cue);
  }
});

test('with inflect, a lowercase word matches its past, participles and -ing form; names, plurals and stems keep theirs', () => {
  const inflected = (cue: string, text: string) => [...text.matchAll(compileCue(cue, { inflect: true }))].map((match) => match[0]);
  assert.deepEqual(inflected('release hostages', 'released hostages, releasing hostages, release hostage'), ['released hostages', 'releasing hostages']);
  assert.deepEqual(inflected('withdraw from Gaza', 'withdrew from Gaza, withdrawn from Gaza, withdrawing from gaza'), ['withdrew from Gaza', 'withdrawn from Gaza', 'withdrawing from gaza']);
  assert.deepEqual(inflected('stop ... enrichment', 'Tehran stopped all enrichment'), ['stopped all enrichment']);
  assert.deepEqual(inflected('disarm* Hamas', 'disarmament of Hamas; disarming Hamas'), ['disarming Hamas']);
  assert.deepEqual(inflected('cease-fire', 'a ceasefire, a cease-fired line'), ['ceasefire']);
  assert.deepEqual(matches('release hostages', 'released hostages'), []);
  assert.deepEqual(inflectedForms('free'), ['free', 'freed', 'freeing']);
  assert.deepEqual(inflectedForms('carry'), ['carry', 'carried', 'carrying']);
  assert.deepEqual(inflectedForms('sanctions'), ['sanctions']);
});

test('a two-part cue also reads as a compound with "of" and as a verb in the passive', () => {
  const reordered = (cue: string, text: string) => reorderedCues(cue).flatMap((variant) => [...text.matchAll(compileCue(variant, { inflect: true }))].map((match) => match[0]));
  assert.deepEqual(reordered('hostage release', 'the release of the hostages; the release of hostage Y'), ['release of the hostages', 'release of hostage']);
  assert.deepEqual(reordered('disarm Hamas', 'until Hamas is disarmed, or Hamas being disarmed'), ['Hamas is disarmed', 'Hamas being disarmed']);
  assert.deepEqual(reordered('Hamas disarmament', 'the disarmament of Hamas'), ['disarmament of Hamas']);
  assert.deepEqual(reordered('(troop|army) withdrawal', 'a withdrawal of troops'), ['withdrawal of troops']);
  assert.deepEqual(reorderedCues("Kyiv's withdrawal"), []);
  assert.deepEqual(reorderedCues('accountability for'), []);
  assert.deepEqual(reorderedCues('release ... hostages'), []);
  assert.deepEqual(reorderedCues('full Israeli withdrawal'), []);
});
