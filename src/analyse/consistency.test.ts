import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PositionRecord } from '../core/index.ts';
import { consistency } from './consistency.ts';
import { positionRecord } from './negotiation.fixture.ts';

const neutrality = 'alliance.ukraine_neutrality';
const nato = 'alliance.ukraine_nato_membership';
const say = (id: string, holder: string, issue: string, date: string, fields: Partial<PositionRecord> = {}): PositionRecord =>
  positionRecord({ id, holder, issue, date, stance: 'demand', strength: 'red_line', ...fields });

test('gives a party that repeats itself a score of 1', () => {
  const records = ['2022-02-24', '2023-06-14', '2024-06-14', '2025-05-19'].map((date, index) => say(`ru${index}`, 'ru', neutrality, date));
  const [ru] = consistency(records).parties;
  assert.equal(ru?.overall, 1);
  assert.deepEqual(ru?.issues.map((issue) => [issue.score, issue.statements, issue.stanceChanges]), [[1, 4, 0]]);
});

test('scores a party that changes by how often consecutive statements disagree', () => {
  const records = [
    say('u1', 'ua', nato, '2022-01-10'),
    say('u2', 'ua', nato, '2022-02-10'),
    say('u3', 'ua', nato, '2022-03-15', { stance: 'reject', strength: 'soft' }),
    say('u4', 'ua', nato, '2023-07-11'),
  ];
  const [ua] = consistency(records).parties;
  // Pairs: demand→demand 1, demand→reject 0, reject→demand 0.
  assert.equal(ua?.issues[0]?.score, 1 / 3);
  assert.equal(ua?.issues[0]?.stanceChanges, 2);
  assert.ok((ua?.overall ?? 1) < 1);
});

test('counts a change of strength alone as half a disagreement and folds near-duplicates', () => {
  const records = [
    say('a', 'ua', nato, '2024-01-10', { strength: 'firm' }),
    say('b', 'ua', nato, '2024-02-10', { doc: 'story.txt' }),
    say('c', 'ua', nato, '2024-02-11', { doc: 'story-copy.txt', duplicateOf: 'story.txt' }),
  ];
  const issue = consistency(records).parties[0]?.issues[0];
  assert.deepEqual([issue?.statements, issue?.score, issue?.strengthChanges], [2, 0.5, 1]);
  assert.equal(issue?.support.length, 3);
});

test('weights the overall score by the pairs compared and leaves single statements unscored', () => {
  const records = [
    ...['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01'].map((date, index) => say(`n${index}`, 'ru', neutrality, date)),
    say('h1', 'ru', 'military.halt_western_arms', '2025-01-01'),
    say('h2', 'ru', 'military.halt_western_arms', '2025-02-01', { stance: 'accept', strength: 'soft' }),
    say('t1', 'ru', 'talks.leaders_meeting', '2025-01-01'),
  ];
  const [ru] = consistency(records).parties;
  assert.equal(ru?.overall, 3 / 4);
  assert.equal(ru?.comparisons, 4);
  assert.deepEqual(ru?.issues.map((issue) => issue.score), [1, 0, null]);
});

test('reads only the chosen party and window', () => {
  const records = [
    say('a', 'ua', nato, '2022-01-10'), say('b', 'ua', nato, '2022-03-15', { stance: 'reject' }),
    say('c', 'ua', nato, '2025-01-10'), say('d', 'ua', nato, '2025-03-15'),
    say('e', 'ru', neutrality, '2025-03-15'),
  ];
  const result = consistency(records, { party: 'ua', window: { since: '2024-01-01' } });
  assert.deepEqual(result.parties.map((party) => [party.party, party.overall]), [['ua', 1]]);
});
