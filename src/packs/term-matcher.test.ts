import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFollowers, joinedFollowers, neededLetters } from './cue-followers.ts';
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

test('a cue names the words its first word is always joined to by a hyphen or a possessive', () => {
  assert.deepEqual(Object.fromEntries(joinedFollowers('(in-person|face-to-face) talks', false)!), { in: { by: 'hyphen', words: ['person'] }, face: { by: 'hyphen', words: ['to'] } });
  assert.deepEqual(Object.fromEntries(joinedFollowers("(Kyiv's|Kyiv’s|Ukraine's) (troops|army)", false)!), { kyiv: { by: 'possessive', words: ['troops', 'army'] }, ukraine: { by: 'possessive', words: ['troops', 'army'] } });
  // "Kyiv" also stands alone here, so it is not always joined.
  assert.deepEqual(Object.fromEntries(joinedFollowers("(Kyiv's|Kyiv|pro-Kyiv) troops", false)!), { pro: { by: 'hyphen', words: ['kyiv'] } });
  assert.equal(joinedFollowers('withdraw* troops', false), undefined);
});

test('hyphenated and possessive cues match however the hyphen is written, and only before their joined words', () => {
  const joined = new TermMatcher<string>([
    { cue: 'in-person talks', meaning: 'meeting' },
    { cue: "Kyiv's troops", meaning: 'troops' },
  ]);
  const texts = (text: string) => joined.find(text).map((match) => `${match.term.meaning}:${match.text}`);
  assert.deepEqual(texts('In person talks, in-person talks, in – person talks, inperson talks; in talks, including person talks.'), [
    'meeting:In person talks',
    'meeting:in-person talks',
    'meeting:in – person talks',
    'meeting:inperson talks',
  ]);
  assert.deepEqual(texts('KYIV’S TROOPS and Kyiv’s “troops”, not Kyiv troops or Kyiv’s own troops.'), ['troops:KYIV’S TROOPS', 'troops:Kyiv’s “troops']);
});
