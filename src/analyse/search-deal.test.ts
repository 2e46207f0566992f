import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Pack, PositionRecord, Relation } from '../core/index.ts';
import { positionRecord, russiaRedLines, russiaUkrainePack, ukraineRedLines } from './negotiation.fixture.ts';
import { searchDeal } from './search-deal.ts';
import type { PartyPosition } from './types.ts';

const label = (redLine: PartyPosition) => `${redLine.party}:${redLine.stance === 'demand' ? '+' : '-'}${redLine.issue}`;

test("names the eight minimal concession sets between Russia's and Ukraine's red lines", () => {
  const result = searchDeal([...russiaRedLines, ...ukraineRedLines], russiaUkrainePack, { parties: ['ru', 'ua'] });
  assert.equal(result.feasible, false);
  assert.equal(result.deal, null);
  assert.equal(result.redLines.length, 8);
  assert.equal(result.complete, true);
  // Three independent clashes, each settled by one side giving way: 2 × 2 × 2 sets of three.
  const expected = [];
  for (const alliance of ['ru:+alliance.ukraine_neutrality', 'ua:+alliance.ukraine_nato_membership']) {
    for (const annexation of ['ru:+territory.recognize_annexation', 'ua:-territory.recognize_annexation']) {
      for (const withdrawal of ['ru:+territory.ukraine_withdraws', 'ua:-territory.ukraine_withdraws']) {
        expected.push([alliance, annexation, withdrawal].sort().join(' '));
      }
    }
  }
  const found = result.correctionSets.map((set) => set.redLines.map(label).sort().join(' '));
  assert.deepEqual([...found].sort(), expected.sort());
  assert.ok(result.correctionSets.every((set) => set.size === 3));
  const uaOnly = result.correctionSets.find((set) => set.parties.length === 1 && set.parties[0] === 'ua');
  assert.deepEqual(uaOnly?.deal.assignments, {
    'alliance.ukraine_nato_membership': false, 'alliance.ukraine_neutrality': true, 'military.halt_western_arms': true,
    'nuclear.ukraine_non_nuclear': true, 'territory.recognize_annexation': true, 'territory.ukraine_withdraws': true,
  });
  assert.equal(uaOnly?.redLines[0]?.support[0]?.recordId.startsWith('ua-'), true);
});

test('keeps fixed propositions as given: the concessions are those the fixed choices leave', () => {
  const fixed = { 'territory.recognize_annexation': false, 'territory.ukraine_withdraws': false, 'alliance.ukraine_nato_membership': false };
  const result = searchDeal([...russiaRedLines, ...ukraineRedLines], russiaUkrainePack, { parties: ['ru', 'ua'], fixed });
  assert.equal(result.feasible, false);
  assert.equal(result.complete, true);
  // Denying annexation, withdrawal and membership leaves one minimal set: Russia's two territorial red lines and Ukraine's membership.
  assert.deepEqual(result.correctionSets.map((set) => set.redLines.map(label).sort().join(' ')),
    ['ru:+territory.recognize_annexation ru:+territory.ukraine_withdraws ua:+alliance.ukraine_nato_membership']);
  for (const set of result.correctionSets) for (const [issue, value] of Object.entries(fixed)) assert.equal(set.deal.assignments[issue], value);
});

test('returns a deal when the red lines are compatible', () => {
  const result = searchDeal(russiaRedLines, russiaUkrainePack);
  assert.equal(result.feasible, true);
  assert.deepEqual(result.deal?.assignments, {
    'alliance.ukraine_neutrality': true, 'military.halt_western_arms': true, 'nuclear.ukraine_non_nuclear': true,
    'territory.recognize_annexation': true, 'territory.ukraine_withdraws': true,
  });
  assert.deepEqual(result.correctionSets, []);
});

test('stops at the limit and says the list is incomplete', () => {
  const result = searchDeal([...russiaRedLines, ...ukraineRedLines], russiaUkrainePack, { limit: 3 });
  assert.deepEqual([result.correctionSets.length, result.complete], [3, false]);
  assert.throws(() => searchDeal([], russiaUkrainePack, { limit: 0 }), /limit must be a positive integer/);
});

test('lets a condition that the deal can deny release a red line', () => {
  const records = [
    positionRecord({ id: 'a', holder: 'ru', issue: 'ceasefire.immediate', stance: 'reject', strength: 'red_line', conditions: ['military.halt_western_arms'] }),
    positionRecord({ id: 'b', holder: 'ua', issue: 'ceasefire.immediate', stance: 'demand', strength: 'red_line' }),
  ];
  const result = searchDeal(records, russiaUkrainePack);
  assert.equal(result.feasible, true);
  assert.deepEqual(result.deal?.assignments, { 'ceasefire.immediate': true, 'military.halt_western_arms': false });
});

/** Every minimal correction set, by trying every subset and every assignment: the oracle for small cases. */
function bruteForceCorrectionSets(redLines: readonly PartyPosition[], relations: readonly Relation[]): string[] {
  const issues = [...new Set([...redLines.flatMap((line) => [line.issue, ...line.conditions]), ...relations.flatMap((r) => [r.from, r.to])])];
  const feasible = (kept: readonly PartyPosition[]) => {
    for (let bits = 0; bits < 1 << issues.length; bits += 1) {
      const value = (issue: string) => ((bits >> issues.indexOf(issue)) & 1) === 1;
      const relationsHold = relations.every((r) => (r.type === 'implies' ? !value(r.from) || value(r.to) : !(value(r.from) && value(r.to))));
      const linesHold = kept.every((line) => line.conditions.some((c) => !value(c)) || value(line.issue) === (line.stance === 'demand'));
      if (relationsHold && linesHold) return true;
    }
    return false;
  };
  const correctionSets: number[] = [];
  for (let mask = 0; mask < 1 << redLines.length; mask += 1) {
    if (feasible(redLines.filter((_, index) => ((mask >> index) & 1) === 0))) correctionSets.push(mask);
  }
  const minimal = correctionSets.filter((mask) => !correctionSets.some((other) => other !== mask && (other & mask) === other));
  return minimal.map((mask) => redLines.filter((_, index) => ((mask >> index) & 1) === 1).map(label).sort().join(' ')).sort();
}

test('finds exactly the minimal correction sets on random small negotiations', () => {
  const issueIds = ['p', 'q', 'r', 's'];
  const redLine = fc.record({
    holder: fc.constantFrom('a', 'b', 'c'),
    issue: fc.constantFrom(...issueIds),
    stance: fc.constantFrom('demand' as const, 'reject' as const),
    conditions: fc.subarray(issueIds, { maxLength: 1 }),
  });
  const relation = fc.record({ type: fc.constantFrom('implies' as const, 'excludes' as const), from: fc.constantFrom(...issueIds), to: fc.constantFrom(...issueIds) });
  fc.assert(
    fc.property(fc.array(redLine, { maxLength: 7 }), fc.array(relation, { maxLength: 3 }), (lines, relations) => {
      const records: PositionRecord[] = lines
        .filter((line) => !line.conditions.includes(line.issue))
        .map((line, index) => positionRecord({ id: `r${index}`, strength: 'red_line', ...line }));
      const pack: Pack = { ...russiaUkrainePack, relations };
      const result = searchDeal(records, pack, { limit: 200 });
      const expected = bruteForceCorrectionSets(result.redLines, relations);
      if (result.feasible) assert.deepEqual(expected, ['']);
      else assert.deepEqual(result.correctionSets.map((set) => set.redLines.map(label).sort().join(' ')).sort(), expected);
    }),
    { numRuns: 200, seed: 20250519 },
  );
});
