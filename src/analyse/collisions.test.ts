import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Pack } from '../core/index.ts';
import { collisions } from './collisions.ts';
import { positionRecord, russiaRedLines, russiaUkrainePack, ukraineRedLines } from './negotiation.fixture.ts';

test("finds the seed's red lines colliding with Ukraine's refusals on territory and alliance", () => {
  const found = collisions([...russiaRedLines, ...ukraineRedLines], russiaUkrainePack).collisions;
  assert.deepEqual(
    found.map((collision) => [collision.issues, collision.parties, collision.level, collision.relations.map((relation) => relation.type)]),
    [
      [['alliance.ukraine_nato_membership', 'alliance.ukraine_neutrality'], ['ru', 'ua'], 'red_line', ['excludes']],
      [['territory.recognize_annexation'], ['ru', 'ua'], 'red_line', []],
      [['territory.ukraine_withdraws'], ['ru', 'ua'], 'red_line', []],
    ],
  );
  const alliance = found[0];
  assert.deepEqual(alliance?.sides.map((side) => [side.party, side.issue, side.stance, side.support.map((ref) => ref.recordId)]), [
    ['ru', 'alliance.ukraine_neutrality', 'demand', ['seed-4']],
    ['ua', 'alliance.ukraine_nato_membership', 'demand', ['ua-2']],
  ]);
  assert.equal(found[2]?.sides[1]?.support[0]?.evidence.quote.includes('calling it a red line'), true);
});

test('ignores soft positions and acceptances', () => {
  const issue = 'ceasefire.immediate';
  const records = [
    positionRecord({ id: 'a', holder: 'ua', issue, stance: 'demand' }),
    positionRecord({ id: 'b', holder: 'ru', issue, stance: 'reject', strength: 'soft' }),
    positionRecord({ id: 'c', holder: 'us', issue, stance: 'accept' }),
  ];
  assert.deepEqual(collisions(records, { ...russiaUkrainePack, relations: [] }).collisions, []);
});

test('follows a chain of relations to a rejection', () => {
  const pack: Pack = {
    ...russiaUkrainePack,
    relations: [
      { type: 'implies', from: 'territory.recognize_annexation', to: 'territory.recognize_crimea' },
      { type: 'excludes', from: 'territory.russia_withdraws', to: 'territory.recognize_crimea' },
    ],
  };
  const records = [
    positionRecord({ id: 'r', holder: 'ru', issue: 'territory.recognize_annexation', stance: 'demand' }),
    positionRecord({ id: 'u', holder: 'ua', issue: 'territory.russia_withdraws', stance: 'demand', strength: 'red_line' }),
  ];
  const [collision, ...rest] = collisions(records, pack).collisions;
  assert.equal(rest.length, 0);
  assert.equal(collision?.level, 'firm');
  assert.deepEqual(collision?.relations, pack.relations);
});
