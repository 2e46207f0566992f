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

test('a statement the text dates is placed on that day, not on its article\'s date', () => {
  const recalled = { start: 0, end: 13, date: '2023-02-01', quote: 'February 2023' };
  const records = [
    positionRecord({ id: 'a', date: '2024-05-01', holder: 'cn', issue: nato, stance: 'reject' }),
    positionRecord({ id: 'b', date: '2026-03-12', holder: 'cn', issue: nato, stance: 'demand', statedOn: recalled }),
  ];
  const result = timeline(records, { party: 'cn', issue: nato });
  assert.deepEqual(result.issues[0]?.entries.map((entry) => [entry.date, entry.stance]), [['2023-02-01', 'demand'], ['2024-05-01', 'reject']]);
  assert.deepEqual(result.issues[0]?.entries[0]?.support[0]?.statedOn, recalled);
  // The window applies to the day the statement was made.
  assert.deepEqual(timeline(records, { party: 'cn', until: '2023-12-31' }).issues[0]?.entries.map((entry) => entry.date), ['2023-02-01']);
});
