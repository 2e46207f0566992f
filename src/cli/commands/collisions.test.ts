import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { NEEDS_EVAL } from '../../../test/shared-eval.ts';
import { buildAnalysisStore, KREMLIN_RESTATEMENT, type AnalysisStore } from './analysis-store.test-helper.ts';

let store: AnalysisStore;

interface CollisionJson {
  issues: string[]; parties: string[]; level: string;
  sides: { party: string; stance: string; support: { doc: string }[] }[];
  relations: { from: string; type: string; to: string }[];
}

describe('collisions on the evaluation corpus', NEEDS_EVAL, () => {
  before(async () => { store = await buildAnalysisStore({ 'kremlin-red-lines.txt': KREMLIN_RESTATEMENT }); });
  after(() => store.remove());

  test('Russia\'s seed red lines collide with Ukraine\'s refusals on territory and alliance issues', () => {
    const result = store.run('collisions', '--format', 'json');
    assert.equal(result.status, 0, result.stderr);
    const found = (JSON.parse(result.stdout) as { collisions: CollisionJson[] }).collisions;
    const ruUa = found.filter((collision) => collision.parties.join() === 'ru,ua');
    const listed = ruUa.map((collision) => `${collision.issues.join(' × ')} ${collision.level}`);
    for (const expected of [
      'alliance.ukraine_nato_membership × alliance.ukraine_neutrality firm',
      'alliance.ukraine_neutrality red_line',
      'territory.recognize_annexation red_line',
      'territory.ukraine_withdraws firm',
    ]) assert.ok(listed.includes(expected), `${expected} in ${listed.join('; ')}`);
    assert.equal(found.filter((collision) => collision.level === 'red_line').length, 2);
    const annexation = ruUa.find((collision) => collision.issues.join() === 'territory.recognize_annexation')!;
    assert.deepEqual(annexation.sides.map((side) => [side.party, side.stance, side.support[0]!.doc]), [
      ['ru', 'demand', 'sputnik-2025-05-19-red-lines.txt'],
      ['ua', 'reject', 'kyiv-red-lines.txt'],
    ]);
    const viaNeutrality = ruUa.find((collision) => collision.issues.length === 2 && collision.issues.includes('alliance.ukraine_neutrality'))!;
    assert.deepEqual(viaNeutrality.relations.map((relation) => relation.type), ['excludes']);
  });

  test('the table shows both sides with evidence and the relation a clash goes through', () => {
    const result = store.run('collisions');
    assert.match(result.stdout, /^territory\.recognize_annexation  \[red_line\]\n  ru demand\/red_line territory\.recognize_annexation\n      2025-05-19  sputnik-2025-05-19-red-lines\.txt  characterized, Vladimir Putin  “Recognition of new territorial realities \(4 new regions = Russia\)”\n      2025-05-19  kremlin-red-lines\.txt  direct, Dmitry Peskov  “Recognition of the four new regions as Russian is non-negotiable for Moscow”\n  ua reject\/red_line territory\.recognize_annexation\n      2025-05-22  kyiv-red-lines\.txt  direct, Volodymyr Zelensky  “Ukraine will never recognize the occupied territories as Russian”$/m);
    assert.match(result.stdout, /^  via alliance\.ukraine_neutrality excludes alliance\.ukraine_nato_membership$/m);
    assert.match(result.stdout, /collision\(s\), 2 between red lines on both sides\n$/);
  });
});
