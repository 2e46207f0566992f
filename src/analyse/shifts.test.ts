import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PositionRecord } from '../core/index.ts';
import { positionRecord } from './negotiation.fixture.ts';
import { shifts } from './shifts.ts';

const issue = 'territory.freeze_contact_line';
const ua = (id: string, date: string, fields: Partial<PositionRecord> = {}): PositionRecord =>
  positionRecord({ id, date, holder: 'ua', issue, stance: 'reject', ...fields });

test('reports a change confirmed by two documents, with the evidence before and after', () => {
  const records = [
    ua('r1', '2025-01-10'), ua('r2', '2025-02-10'),
    ua('d1', '2025-03-10', { stance: 'demand' }), ua('d2', '2025-04-10', { stance: 'demand' }),
  ];
  const { shifts: found } = shifts(records);
  assert.equal(found.length, 1);
  const [shift] = found;
  assert.deepEqual(
    { date: shift?.date, firstSeen: shift?.firstSeen, change: shift?.change, from: shift?.from, to: shift?.to },
    { date: '2025-04-10', firstSeen: '2025-03-10', change: 'stance', from: { stance: 'reject', strength: 'firm' }, to: { stance: 'demand', strength: 'firm' } },
  );
  assert.deepEqual(shift?.before.map((ref) => ref.recordId), ['r1', 'r2']);
  assert.deepEqual(shift?.after.map((ref) => ref.recordId), ['d1', 'd2']);
});

test('ignores one stray sentence between statements of the old stance', () => {
  const records = [
    ua('r1', '2025-01-10'), ua('r2', '2025-02-10'),
    ua('s1', '2025-03-10', { stance: 'demand', mode: 'characterized' }),
    ua('r3', '2025-04-10'),
    ua('s2', '2025-05-10', { stance: 'demand', mode: 'characterized' }),
  ];
  assert.deepEqual(shifts(records).shifts, [], 'the restatement in April resets the stray March sentence');
});

test('takes one direct statement as confirmation', () => {
  const records = [ua('r1', '2025-01-10'), ua('r2', '2025-02-10'), ua('q1', '2025-03-10', { stance: 'accept', strength: 'soft', mode: 'direct' })];
  const [shift] = shifts(records).shifts;
  assert.deepEqual([shift?.date, shift?.to.stance, shift?.after.map((ref) => ref.recordId)], ['2025-03-10', 'accept', ['q1']]);
});

test('does not let a near-duplicate of the same story confirm a change', () => {
  const records = [
    ua('r1', '2025-01-10'), ua('r2', '2025-02-10'),
    ua('w1', '2025-03-10', { stance: 'demand', doc: 'wire.txt' }),
    ua('w2', '2025-03-11', { stance: 'demand', doc: 'wire-copy.txt', duplicateOf: 'wire.txt' }),
  ];
  assert.deepEqual(shifts(records).shifts, []);
});

test('reports a change of strength alone as a strength shift', () => {
  const records = [ua('r1', '2025-01-10'), ua('r2', '2025-02-10'), ua('red', '2025-03-10', { strength: 'red_line', mode: 'direct' })];
  const [shift] = shifts(records).shifts;
  assert.deepEqual([shift?.change, shift?.from.strength, shift?.to.strength], ['strength', 'firm', 'red_line']);
});

test('reports only shifts confirmed since the given date, starting from the earlier state', () => {
  const records = [
    ua('r1', '2024-01-10'), ua('r2', '2024-02-10'),
    ua('d1', '2024-06-10', { stance: 'demand', mode: 'direct' }),
    ua('x1', '2025-03-10', { stance: 'reject', mode: 'direct' }),
  ];
  assert.equal(shifts(records).shifts.length, 2);
  const recent = shifts(records, { since: '2025-01-01' }).shifts;
  assert.deepEqual(recent.map((shift) => [shift.date, shift.from.stance, shift.to.stance]), [['2025-03-10', 'demand', 'reject']]);
});

test('notes undated records instead of placing them', () => {
  const result = shifts([positionRecord({ id: 'u', holder: 'ua', issue, stance: 'reject' })]);
  assert.deepEqual(result.messages.map((message) => message.ruleId), ['analyse/undated-records']);
});
