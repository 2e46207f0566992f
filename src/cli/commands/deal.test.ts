import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { NEEDS_EVAL } from '../../../test/shared-eval.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../../packs/index.ts';
import { buildAnalysisStore, KREMLIN_RESTATEMENT, type AnalysisStore } from './analysis-store.test-helper.ts';
import { parseDeal } from './deal.ts';

let store: AnalysisStore;

/** Russia's red lines from the seed, granted, with Ukraine's withdrawal. */
const RUSSIAN_DEAL = `assignments:
  territory.recognize_annexation: true
  territory.ukraine_withdraws: true
  military.halt_western_arms: true
  alliance.ukraine_neutrality: true
  nuclear.ukraine_non_nuclear: true
`;

function dealFile(name: string, text: string): string {
  const path = join(store.directory, name);
  writeFileSync(path, text);
  return path;
}

interface OutcomeJson { party: string; issue: string; stance: string; support: { doc: string }[] }
interface VerdictJson { party: string; redLinesKept: boolean; byStrength: Record<string, { violated: OutcomeJson[]; satisfied: OutcomeJson[] }> }

describe('deal on the evaluation corpus', NEEDS_EVAL, () => {
  before(async () => { store = await buildAnalysisStore({ 'kremlin-red-lines.txt': KREMLIN_RESTATEMENT }); });
  after(() => store.remove());

  test('granting Russia\'s red lines keeps them and violates every Ukrainian refusal the store holds, by strength', () => {
    const result = store.run('deal', 'check', dealFile('russia.yaml', RUSSIAN_DEAL), '--format', 'json');
    assert.equal(result.status, 0, result.stderr);
    const { values, parties } = JSON.parse(result.stdout) as { values: { issue: string; value: boolean; source: string }[]; parties: VerdictJson[] };
    // Neutrality excludes NATO membership, so the deal denies membership too.
    assert.deepEqual(values.find((value) => value.issue === 'alliance.ukraine_nato_membership'), {
      issue: 'alliance.ukraine_nato_membership', value: false, source: 'relation',
      relations: [{ type: 'excludes', from: 'alliance.ukraine_neutrality', to: 'alliance.ukraine_nato_membership', note: 'A NATO member is not neutral.' }],
    });
    const ru = parties.find((verdict) => verdict.party === 'ru')!;
    assert.equal(ru.redLinesKept, true);
    assert.deepEqual(ru.byStrength.red_line!.satisfied.map((outcome) => outcome.issue), [
      'alliance.ukraine_neutrality', 'military.halt_western_arms', 'nuclear.ukraine_non_nuclear', 'territory.recognize_annexation',
    ]);
    const ua = parties.find((verdict) => verdict.party === 'ua')!;
    assert.equal(ua.redLinesKept, false);
    const redLinesViolated = ua.byStrength.red_line!.violated.map((outcome) => `${outcome.stance} ${outcome.issue} ${outcome.support[0]!.doc}`);
    for (const expected of ['reject alliance.ukraine_neutrality kyiv-red-lines.txt', 'reject territory.recognize_annexation kyiv-red-lines.txt']) {
      assert.ok(redLinesViolated.includes(expected), `${expected} in ${redLinesViolated.join('; ')}`);
    }
    // Ukraine's refusal to withdraw (firm, or a red line where the extractor reads one) is violated too.
    const withdrawal = [...ua.byStrength.red_line!.violated, ...ua.byStrength.firm!.violated].filter((outcome) => outcome.issue === 'territory.ukraine_withdraws');
    assert.deepEqual(withdrawal.map((outcome) => outcome.stance), ['reject']);
  });

  test('the table names the forcing relation and each party\'s verdict with evidence', () => {
    const result = store.run('deal', 'check', dealFile('russia.json', JSON.stringify({ 'territory.recognize_annexation': true, 'alliance.ukraine_neutrality': true })));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^alliance\.ukraine_nato_membership\s+false\s+alliance\.ukraine_neutrality excludes alliance\.ukraine_nato_membership$/m);
    assert.match(result.stdout, /^ua: red lines VIOLATED$/m);
    assert.match(result.stdout, /^ {4}violated  ua reject\/red_line territory\.recognize_annexation\n {8}2025-05-22  kyiv-red-lines\.txt  direct, Volodymyr Zelensky  “Ukraine will never recognize the occupied territories as Russian”$/m);
  });

  test('deal search finds no deal for Russia and Ukraine and lists the four minimal pairs of red lines to relax', () => {
    const result = store.run('deal', 'search', '--parties', 'ru,ua', '--format', 'json');
    assert.equal(result.status, 0, result.stderr);
    const search = JSON.parse(result.stdout) as { feasible: boolean; complete: boolean; correctionSets: { parties: string[]; redLines: { party: string; issue: string }[] }[] };
    assert.equal(search.feasible, false);
    assert.equal(search.complete, true);
    // Two clashes (annexation, neutrality), each resolved by relaxing either side: 2 × 2 sets of two.
    const sets = search.correctionSets.map((set) => set.redLines.map((line) => `${line.party}:${line.issue}`).sort().join(' + ')).sort();
    assert.deepEqual(sets, [
      'ru:alliance.ukraine_neutrality + ru:territory.recognize_annexation',
      'ru:alliance.ukraine_neutrality + ua:territory.recognize_annexation',
      'ru:territory.recognize_annexation + ua:alliance.ukraine_neutrality',
      'ua:alliance.ukraine_neutrality + ua:territory.recognize_annexation',
    ]);
    const table = store.run('deal', 'search', '--parties', 'ru,ua').stdout;
    assert.match(table, /^no deal keeps all \d+ red line\(s\) of ru, ua; minimal sets of red lines to relax, smallest first \(all of them\):$/m);
    assert.match(table, /^1\. relax 2 red line\(s\) of /m);
  });

  test('deal search for Russia alone grants its red lines', () => {
    const result = store.run('deal', 'search', '--parties', 'ru');
    assert.match(result.stdout, /^a deal keeps all 4 red line\(s\) of ru:\n {2}alliance\.ukraine_neutrality: true\n {2}military\.halt_western_arms: true\n {2}nuclear\.ukraine_non_nuclear: true\n {2}territory\.recognize_annexation: true\n$/);
  });

  test('a bad deal file is one line naming the file and the field, exit 1', () => {
    const unknown = store.run('deal', 'check', dealFile('unknown.yaml', 'assignments:\n  territory.moon: true\n'));
    assert.equal(unknown.status, 1);
    assert.equal(unknown.stderr, `${join(store.directory, 'unknown.yaml')}: assignments.territory.moon: unknown issue id (not in pack russia-ukraine)\n`);
    const missing = store.run('deal', 'check', join(store.directory, 'nowhere.yaml'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /nowhere\.yaml: cannot read: ENOENT/);
  });
});

test('parseDeal accepts both shapes and names each bad field', () => {
  const pack = loadPack(DEFAULT_PACK_NAME);
  assert.deepEqual(parseDeal('ceasefire.immediate: true\n', 'flat.yaml', pack), { deal: { assignments: { 'ceasefire.immediate': true } } });
  assert.deepEqual(parseDeal('{"assignments": {"ceasefire.immediate": false}}', 'deal.json', pack), { deal: { assignments: { 'ceasefire.immediate': false } } });
  const reasons = (text: string) => {
    const parsed = parseDeal(text, 'deal.yaml', pack);
    return 'problems' in parsed ? parsed.problems.map((problem) => problem.reason) : [];
  };
  assert.deepEqual(reasons('ceasefire.immediate: yes\n'), ['ceasefire.immediate: expected true or false, got "yes"']);
  assert.deepEqual(reasons('assignments: {}\nnote: x\n'), ['note: unknown field (a deal file holds only "assignments")']);
  assert.deepEqual(reasons('assignments: [1]\n'), ['assignments: expected a mapping of issue ids to true or false']);
  assert.deepEqual(reasons('- ceasefire.immediate\n'), ['expected a mapping of issue ids to true or false, or { assignments: … }']);
  assert.match(reasons('a: [\n')[0]!, /^not valid YAML or JSON: /);
});
