import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matrix } from './matrix.ts';
import { positionRecord, russiaRedLines, ukraineRedLines } from './negotiation.fixture.ts';

const nato = 'alliance.ukraine_nato_membership';

test('counts a near-duplicate and a repeat in the same document as one document', () => {
  const records = [
    positionRecord({ id: 'a1', doc: 'reuters.txt', date: '2025-03-01', holder: 'ua', issue: nato, stance: 'demand' }),
    positionRecord({ id: 'a2', doc: 'reuters.txt', date: '2025-03-01', holder: 'ua', issue: nato, stance: 'demand' }),
    positionRecord({ id: 'b1', doc: 'reuters-syndicated.txt', duplicateOf: 'reuters.txt', date: '2025-03-02', holder: 'ua', issue: nato, stance: 'demand' }),
  ];
  const [cell] = matrix(records).cells;
  assert.equal(cell?.documents, 1);
  assert.equal(cell?.wellAttested, false, 'one reported document is not well attested');
  assert.deepEqual(cell?.support.map((ref) => ref.recordId), ['a1', 'a2', 'b1']);
  assert.equal(cell?.latestDate, '2025-03-02');
});

test('keeps a well-attested stance against a later stray sentence and flags the disagreement', () => {
  const records = [
    positionRecord({ id: 'r1', date: '2025-01-10', holder: 'ua', issue: nato, stance: 'demand' }),
    positionRecord({ id: 'r2', date: '2025-01-20', holder: 'ua', issue: nato, stance: 'demand' }),
    positionRecord({ id: 's1', date: '2025-03-01', holder: 'ua', issue: nato, stance: 'reject', strength: 'soft', mode: 'characterized' }),
  ];
  const [cell] = matrix(records).cells;
  assert.equal(cell?.stance, 'demand');
  assert.equal(cell?.documents, 2);
  assert.equal(cell?.wellAttested, true);
  assert.equal(cell?.latestDate, '2025-01-20');
  assert.equal(cell?.disagreement, true);
  assert.deepEqual(cell?.alternatives, [{ stance: 'reject', strength: 'soft', documents: 1, wellAttested: false, latestDate: '2025-03-01' }]);
});

test('lets one direct statement replace an older stance', () => {
  const records = [
    positionRecord({ id: 'r1', date: '2025-01-10', holder: 'ua', issue: nato, stance: 'demand' }),
    positionRecord({ id: 'r2', date: '2025-01-20', holder: 'ua', issue: nato, stance: 'demand' }),
    positionRecord({ id: 'd1', date: '2025-03-15', holder: 'ua', issue: nato, stance: 'reject', strength: 'soft', mode: 'direct' }),
  ];
  const [cell] = matrix(records).cells;
  assert.deepEqual([cell?.stance, cell?.strength, cell?.wellAttested, cell?.documents], ['reject', 'soft', true, 1]);
});

test('dates a state by when two documents last agreed, so an old stance restated once does not return', () => {
  const records = [
    positionRecord({ id: 'o1', date: '2023-01-01', holder: 'ru', issue: nato, stance: 'reject' }),
    positionRecord({ id: 'o2', date: '2023-02-01', holder: 'ru', issue: nato, stance: 'reject' }),
    positionRecord({ id: 'n1', date: '2024-01-01', holder: 'ru', issue: nato, stance: 'accept', strength: 'soft' }),
    positionRecord({ id: 'n2', date: '2024-02-01', holder: 'ru', issue: nato, stance: 'accept', strength: 'soft' }),
    positionRecord({ id: 'o3', date: '2025-01-01', holder: 'ru', issue: nato, stance: 'reject', mode: 'characterized' }),
  ];
  assert.equal(matrix(records).cells[0]?.stance, 'accept');
});

test('reads only the window and the chosen parties, and sorts cells by party then issue', () => {
  const records = [...russiaRedLines, ...ukraineRedLines];
  const result = matrix(records, { since: '2025-01-01', until: '2025-12-31' });
  assert.deepEqual(result.parties, ['ru', 'ua']);
  assert.deepEqual(result.cells.map((cell) => `${cell.party} ${cell.issue}`), [
    'ru alliance.ukraine_neutrality', 'ru military.halt_western_arms', 'ru nuclear.ukraine_non_nuclear',
    'ru territory.recognize_annexation', 'ru territory.ukraine_withdraws',
    'ua alliance.ukraine_nato_membership', 'ua territory.recognize_annexation',
  ]);
  assert.deepEqual(matrix(records, { parties: ['ua'] }).cells.map((cell) => cell.issue), [
    nato, 'territory.recognize_annexation', 'territory.ukraine_withdraws',
  ]);
  const seedCell = result.cells.find((cell) => cell.issue === 'territory.ukraine_withdraws');
  assert.deepEqual(seedCell?.support[0]?.evidence, { start: 1402, end: 1454, quote: 'Complete Ukrainian withdrawal from these territories' });
});

test('leaves undated records out of a bounded window but keeps them in an open one', () => {
  const records = [positionRecord({ id: 'u1', holder: 'ua', issue: nato, stance: 'demand' })];
  assert.equal(matrix(records).cells.length, 1);
  assert.equal(matrix(records).cells[0]?.latestDate, undefined);
  assert.equal(matrix(records, { since: '2020-01-01' }).cells.length, 0);
});
