import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { NEEDS_EVAL } from '../../../test/shared-eval.ts';
import { buildAnalysisStore, type AnalysisStore } from './analysis-store.test-helper.ts';

let store: AnalysisStore;

interface IssueJson { issue: string; score: number | null; statements: number; stanceChanges: number; strengthChanges: number }
interface ConsistencyJson { parties: { party: string; overall: number | null; issues: IssueJson[] }[] }

function withdrawal(...args: string[]): IssueJson {
  const result = store.run('consistency', '--party', 'ua', '--format', 'json', ...args);
  assert.equal(result.status, 0, result.stderr);
  const [ua] = (JSON.parse(result.stdout) as ConsistencyJson).parties;
  return ua!.issues.find((issue) => issue.issue === 'territory.ukraine_withdraws')!;
}

describe('consistency on the evaluation corpus', NEEDS_EVAL, () => {
  before(async () => { store = await buildAnalysisStore(); });
  after(() => store.remove());

  test('Ukraine repeating its refusal in the last week scores 1; over the whole store its turns pull the score down', () => {
    // 035 and 036: "Ukraine has rejected the demand", twice, reported.
    assert.deepEqual(withdrawal('--since', '2026-02-24'), { ...withdrawal('--since', '2026-02-24'), score: 1, statements: 2, stanceChanges: 0 });
    const whole = withdrawal();
    assert.ok(whole.stanceChanges >= 2, 'refusal, land-for-peace proposals, refusal again');
    assert.ok(whole.score !== null && whole.score < 0.75, `score ${whole.score}`);
  });

  test('the table prints an overall score per party, n/a where nothing can be compared, and the definition', () => {
    const result = store.run('consistency', '--party', 'ua', '--since', '2026-02-24');
    assert.match(result.stdout, /^ua: overall \d\.\d\d over \d+ comparison\(s\)$/m);
    assert.match(result.stdout, /^territory\.ukraine_withdraws\s+1\.00\s+2\s+0\s+0$/m);
    assert.match(result.stdout, /same stance at another strength ½/);
    assert.match(store.run('consistency', '--party', 'ua').stdout, /^alliance\.ukraine_neutrality\s+n\/a\s+1\s+0\s+0$/m);
  });
});
