import assert from 'node:assert/strict';
import { test } from 'node:test';
import { positionRecord } from './negotiation.fixture.ts';
import { timeline } from './timeline.ts';

const nato = 'alliance.ukraine_nato_membership';
const neutrality = 'alliance.ukraine_neutrality';

test('shows each statement with the confirmed stance after it', () => {
  const records = [
    positionRecord({ id: 'a', date: '2022-02-01', holder: 'ua', issue: nato, stance: 'demand' }),
    positionRecord({ id: 'b', date: '2022-03-15', holder: 'ua', issue: nato, stance: 'demand' }),
    positionRecord({ id: 'c', date: '2022-03-20', holder: 'ua', issue: nato, stance: 'reject', strength: 'soft', mode: 'characterized' }),
    positionRecord({ id: 'd', date: '2022-03-29', holder: 'ua', issue: nato, stance: 'reject', strength: 'soft' }),
    positionRecord({ id: 'e', date: '2022-03-29', holder: 'ua', issue: neutrality, stance: 'accept', strength: 'soft' }),
    positionRecord({ id: 'f', date: '2022-03-29', holder: 'ru', issue: nato, stance: 'reject' }),
  ];
  const result = timeline(records, { party: 'ua', issue: nato });
  assert.deepEqual(result.issues.map((entry) => entry.issue), [nato]);
  const [natoLine] = result.issues;
  assert.deepEqual(
    natoLine?.entries.map((entry) => [entry.date, entry.stance, entry.confirmedState?.stance ?? null, entry.confirms]),
    [
      ['2022-02-01', 'demand', null, false],
      ['2022-03-15', 'demand', 'demand', true],
      ['2022-03-20', 'reject', 'demand', false],
      ['2022-03-29', 'reject', 'reject', true],
    ],
  );
  assert.deepEqual(natoLine?.periods, [
    { stance: 'demand', strength: 'firm', confirmedOn: '2022-03-15', firstSeen: '2022-02-01', lastSeen: '2022-03-15', documents: 2 },
    { stance: 'reject', strength: 'soft', confirmedOn: '2022-03-29', firstSeen: '2022-03-20', lastSeen: '2022-03-29', documents: 2 },
  ]);
  assert.deepEqual(natoLine?.entries[2]?.support.map((ref) => ref.recordId), ['c']);
  assert.deepEqual(timeline(records, { party: 'ua' }).issues.map((entry) => entry.issue), [nato, neutrality]);
});
