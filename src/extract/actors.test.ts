import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nonPartyActors } from './actors.ts';

test('people overlapping a span already taken are skipped, whatever the order of the taken spans', () => {
  const text = 'Igor Korotchenko met Anna Petrova, then the analyst Boris Ivanov and the expert.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  // A long span taken early covers "Boris Ivanov" although a later, shorter one ends before it.
  const taken = [at('Ivanov'), at('Igor'), { start: at('then').start, end: at('Ivanov').end }, at('then')];
  const names = nonPartyActors(text, { start: 0, end: text.length }, taken).map((actor) => actor.name);
  assert.deepEqual(names, ['the expert', 'Anna Petrova']);
  assert.deepEqual(nonPartyActors(text, { start: 0, end: text.length }, [at(' met ')]).map((actor) => actor.name), ['the analyst', 'the expert', 'Igor Korotchenko', 'Anna Petrova', 'Boris Ivanov']);
});
