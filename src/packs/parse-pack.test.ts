import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from './load-pack.ts';
import { PackError, type PackProblem } from './pack-error.ts';
import { parsePack } from './parse-pack.ts';

const dir = mkdtempSync(join(tmpdir(), 'redlines-packs-'));

const GOOD = `id: tiny
name: Tiny
version: "1"
parties:
  - id: aa
    name: Aland
    officials:
      - name: Ann Ald
        from: "2020-01-01"
        to: "2021-01-01"
  - id: bb
    name: Bland
issues:
  - id: x.one
    proposition: One
    cues: ["one"]
  - id: x.two
    proposition: Two
relations:
  - { type: excludes, from: x.one, to: x.two }
`;

/** Writes `yaml` to a temp file, loads it, and returns the problems of the PackError it must raise. */
function problemsOf(yaml: string, fileName: string): PackProblem[] {
  const path = join(dir, fileName);
  writeFileSync(path, yaml);
  try {
    loadPack(path);
  } catch (error) {
    assert.ok(error instanceof PackError, String(error));
    for (const problem of error.problems) assert.equal(problem.file, path);
    return [...error.problems];
  }
  assert.fail('the pack loaded without error');
}

function brief(problems: readonly PackProblem[]): string[] {
  return problems.map(({ line, field, reason }) => `${line}: ${field}: ${reason}`);
}

test('parses a good pack, filling in empty arrays and mapping snake_case fields', () => {
  const pack = parsePack(GOOD, 'tiny.yaml');
  assert.equal(pack.id, 'tiny');
  assert.deepEqual(pack.parties[1], { id: 'bb', name: 'Bland', names: [], adjectives: [], metonyms: [], officials: [], stateMedia: [] });
  assert.deepEqual(pack.parties[0]?.officials[0], { name: 'Ann Ald', aliases: [], from: '2020-01-01', to: '2021-01-01' });
  assert.deepEqual(pack.issues[1], { id: 'x.two', proposition: 'Two', cues: [], opposites: [] });
  assert.deepEqual(pack.relations, [{ type: 'excludes', from: 'x.one', to: 'x.two' }]);
});

test('a party marked as an organisation of states keeps its kind; any other kind is an error naming the field', () => {
  const pack = parsePack(GOOD.replace('    name: Bland\n', '    name: Bland\n    kind: organisation\n'), 'kind.yaml');
  assert.equal(pack.parties[1]?.kind, 'organisation');
  assert.equal(pack.parties[0]?.kind, undefined);
  const [problem] = problemsOf(GOOD.replace('    name: Bland\n', '    name: Bland\n    kind: alliance\n'), 'bad-kind.yaml');
  assert.equal(problem?.field, 'parties[1].kind');
  assert.match(problem?.reason ?? '', /organisation/u);
});

test('freezes the pack all the way down', () => {
  const pack = parsePack(GOOD, 'tiny.yaml');
  assert.ok(Object.isFrozen(pack));
  assert.ok(Object.isFrozen(pack.parties[0]?.officials[0]?.aliases));
  assert.throws(() => (pack.issues as unknown as unknown[]).push({}), TypeError);
});

test('rejects a field of the wrong type, naming its line and path', () => {
  const yaml = GOOD.replace('    cues: ["one"]', '    cues: one');
  assert.deepEqual(brief(problemsOf(yaml, 'wrong-type.yaml')), ['16: issues[0].cues: must be array']);
});

test('the error message lists each problem as file:line: field: reason', () => {
  const yaml = GOOD.replace('    cues: ["one"]', '    cues: one');
  const path = join(dir, 'message.yaml');
  writeFileSync(path, yaml);
  assert.throws(() => loadPack(path), { name: 'PackError', message: `${path}:16: issues[0].cues: must be array` });
});

test('collects every schema problem, not only the first', () => {
  const yaml = GOOD.replace('    name: Bland\n', '    nmae: Bland\n').replace('type: excludes', 'type: contradicts');
  assert.deepEqual(brief(problemsOf(yaml, 'many.yaml')), [
    '11: parties[1].name: is required',
    '12: parties[1].nmae: unknown field',
    '20: relations[0].type: must be one of: excludes, implies',
  ]);
});

test('rejects a duplicate party id', () => {
  const yaml = GOOD.replace('  - id: bb', '  - id: aa');
  assert.deepEqual(brief(problemsOf(yaml, 'dup-party.yaml')), ['11: parties[1].id: duplicate party id "aa"']);
});

test('rejects a duplicate issue id', () => {
  const yaml = GOOD.replace('  - id: x.two', '  - id: x.one');
  const problems = problemsOf(yaml, 'dup-issue.yaml');
  assert.deepEqual(brief(problems)[0], '17: issues[1].id: duplicate issue id "x.one"');
  assert.equal(problems[0]?.ruleId, 'packs/duplicate-issue-id');
});

test('rejects a relation naming an unknown issue', () => {
  const yaml = GOOD.replace('to: x.two }', 'to: x.three }');
  assert.deepEqual(brief(problemsOf(yaml, 'unknown-issue.yaml')), ['20: relations[0].to: unknown issue "x.three"']);
});

test("rejects an official whose office starts after it ends", () => {
  const yaml = GOOD.replace('from: "2020-01-01"', 'from: "2022-01-01"');
  assert.deepEqual(brief(problemsOf(yaml, 'date-order.yaml')), ['9: parties[0].officials[0].from: 2022-01-01 is after to (2021-01-01)']);
});

test('rejects a date that is not a real ISO date', () => {
  const yaml = GOOD.replace('to: "2021-01-01"', 'to: "2021-02-30"').replace('from: "2020-01-01"', 'from: March 2020');
  assert.deepEqual(brief(problemsOf(yaml, 'bad-date.yaml')), [
    '9: parties[0].officials[0].from: must be a date written YYYY-MM-DD',
    '10: parties[0].officials[0].to: must be a date written YYYY-MM-DD',
  ]);
});

test('rejects an empty cue and a cue that does not compile', () => {
  const yaml = GOOD.replace('cues: ["one"]', 'cues: ["one", "", "(one|two"]');
  assert.deepEqual(brief(problemsOf(yaml, 'bad-cue.yaml')), [
    '16: issues[0].cues[1]: bad cue "": empty cue',
    '16: issues[0].cues[2]: bad cue "(one|two": unclosed "(" (column 9)',
  ]);
});

test('rejects a bad party term as a bad cue', () => {
  const yaml = GOOD.replace('    name: Aland\n', '    name: Aland\n    metonyms:\n      - "*Aland"\n');
  assert.deepEqual(brief(problemsOf(yaml, 'bad-term.yaml')), ['8: parties[0].metonyms[0]: bad cue "*Aland": "*" must end a word (column 1)']);
});

test('reports YAML syntax errors with their line', () => {
  const yaml = GOOD.replace('  - id: x.two', '  - id: [x.two');
  const problems = problemsOf(yaml, 'syntax.yaml');
  assert.ok(problems.length > 0);
  assert.equal(problems[0]?.ruleId, 'packs/yaml-syntax');
  assert.ok((problems[0]?.line ?? 0) >= 17, `line ${problems[0]?.line}`);
});

test('rejects a document that is not a mapping', () => {
  assert.deepEqual(brief(problemsOf('- just\n- a list\n', 'list.yaml')), ['1: : must be object']);
});
