import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { NEEDS_EVAL } from '../../../test/shared-eval.ts';
import { buildAnalysisStore, KYIV_TURN, type AnalysisStore } from './analysis-store.test-helper.ts';

let store: AnalysisStore;

interface ShiftJson {
  party: string; issue: string; date: string; change: string;
  from: { stance: string; strength: string }; to: { stance: string; strength: string };
  before: { doc: string }[]; after: { doc: string }[];
}

describe('shifts on the evaluation corpus', NEEDS_EVAL, () => {
  before(async () => { store = await buildAnalysisStore({ 'kyiv-turn.txt': KYIV_TURN }); });
  after(() => store.remove());

  test('one direct statement confirms Ukraine\'s turn from refusing withdrawal to accepting it, with the refusals as evidence before', () => {
    const result = store.run('shifts', '--party', 'ua', '--format', 'json');
    assert.equal(result.status, 0, result.stderr);
    const shifts = (JSON.parse(result.stdout) as { shifts: ShiftJson[] }).shifts;
    const turn = shifts.at(-1)!;
    assert.deepEqual([turn.date, turn.issue, turn.change, turn.from.stance, turn.to], [
      '2026-03-05', 'territory.ukraine_withdraws', 'stance', 'reject', { stance: 'accept', strength: 'firm' },
    ]);
    assert.deepEqual(turn.after.map((ref) => ref.doc), ['kyiv-turn.txt']);
    // "Ukraine has rejected the demand" (in two articles) confirmed the refusal the turn starts from.
    assert.deepEqual(turn.before.map((ref) => ref.doc).slice(-2), ['035.txt', '036.txt']);
  });

  test('--since keeps only later shifts and the table quotes the evidence before and after', () => {
    const result = store.run('shifts', '--since', '2026-03-01');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^2026-03-05  ua · territory\.ukraine_withdraws: reject\/\w+ → accept\/firm \(stance change; first seen 2026-03-05\)$/m);
    assert.match(result.stdout, /^ {10}2026-02-26  036\.txt  (?:reported|characterized)(, [^“]+)?  “But Ukraine has rejected the demand”$/m);
    assert.match(result.stdout, /^  after   2026-03-05  kyiv-turn\.txt  direct, Volodymyr Zelensky  “Ukraine is ready to withdraw its troops from Donbas”$/m);
    assert.match(result.stdout, /^1 shift\(s\)$/m);
  });
});
