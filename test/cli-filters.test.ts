/** positions, matrix, shifts, collisions and export: the same filters, checked the same way, and the same formats. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { csvField } from '../src/core/index.ts';
import { formatOutput, type Output } from '../src/cli/position-filters.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'redlines-filters-'));
const db = join(scratch, 'examples.db');
after(() => rmSync(scratch, { recursive: true, force: true }));

const COMMANDS = ['positions', 'matrix', 'shifts', 'collisions', 'export'] as const;

function redlines(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

before(() => {
  const ingest = redlines('ingest', 'examples', '--db', db);
  assert.equal(ingest.status, 0, ingest.stderr);
});

test('every command takes the eight filters and prints JSON lines of what they let through', () => {
  const filters = ['--party', 'ua', '--issue', 'territory.ukraine_withdraws', '--stance', 'reject', '--strength', 'firm',
    '--mode', 'reported', '--outlet', 'example.org', '--since', '2025-06-01', '--until', '2025-06-30'];
  for (const command of ['positions', 'export'] as const) {
    const result = redlines(command, ...filters, '--format', 'jsonl', '--db', db);
    assert.equal(result.status, 0, result.stderr);
    const rows = jsonLines(result.stdout);
    assert.ok(rows.length > 0, command);
    for (const row of rows) {
      assert.deepEqual([row.holder, row.issue, row.stance, row.strength, row.mode, row.outlet], ['ua', 'territory.ukraine_withdraws', 'reject', 'firm', 'reported', 'example.org'], command);
    }
  }
  const matrix = redlines('matrix', ...filters, '--format', 'jsonl', '--db', db);
  assert.equal(matrix.status, 0, matrix.stderr);
  assert.deepEqual(jsonLines(matrix.stdout).map(({ party, issue, stance }) => [party, issue, stance]), [['ua', 'territory.ukraine_withdraws', 'reject']]);
  // One party's positions alone collide with nothing; both parties' ceasefire positions do.
  for (const command of ['shifts', 'collisions'] as const) {
    const result = redlines(command, ...filters, '--format', 'jsonl', '--db', db);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '', command);
  }
  const ceasefire = redlines('collisions', '--issue', 'ceasefire.immediate', '--format', 'jsonl', '--db', db);
  const collisions = jsonLines(ceasefire.stdout);
  assert.deepEqual(collisions.map(({ issues, parties }) => [issues, parties]), [[['ceasefire.immediate'], ['ru', 'ua']]]);
});

test('every command prints a table, JSON and CSV, and CSV with a byte-order mark on request', () => {
  for (const command of COMMANDS) {
    const table = redlines(command, '--format', 'table', '--db', db);
    assert.equal(table.status, 0, `${command}: ${table.stderr}`);
    assert.notEqual(table.stdout, '', command);
    const json = redlines(command, '--format', 'json', '--db', db);
    assert.equal(json.status, 0, `${command}: ${json.stderr}`);
    assert.doesNotThrow(() => JSON.parse(json.stdout), command);
    const csv = redlines(command, '--format', 'csv', '--bom', '--db', db);
    assert.equal(csv.status, 0, `${command}: ${csv.stderr}`);
    assert.ok(csv.stdout.startsWith('\uFEFF'), command);
    assert.match(csv.stdout.slice(1).split('\n')[0]!, /^[a-z_]+(,[a-z_]+)+$/, command);
  }
});

test('a bad filter is a usage error naming the valid values, the same in every command', () => {
  for (const command of COMMANDS) {
    const party = redlines(command, '--party', 'zz', '--db', db);
    assert.equal(party.status, 2, command);
    assert.match(party.stderr, /unknown party "zz" \(pack russia-ukraine has ru, ua, us, /, command);
    const issue = redlines(command, '--issue', 'territory.nope', '--db', db);
    assert.equal(issue.status, 2, command);
    assert.match(issue.stderr, /unknown issue "territory\.nope" \(pack russia-ukraine has .*territory\.recognize_crimea/, command);
    const mode = redlines(command, '--mode', 'shouted', '--db', db);
    assert.equal(mode.status, 2, command);
    assert.match(mode.stderr, /Allowed choices are direct, reported, characterized/, command);
    const window = redlines(command, '--since', '2026-01-01', '--until', '2025-01-01', '--db', db);
    assert.equal(window.status, 2, command);
  }
  const bom = redlines('positions', '--format', 'json', '--bom', '--db', db);
  assert.equal(bom.status, 2);
  assert.match(bom.stderr, /--bom only applies to --format csv/);
});

test('one output in each format: CSV quoted per RFC 4180, JSON lines of the items, JSON of the whole', () => {
  const output: Output<{ name: string; note: string }> = {
    table: () => 'the table\n',
    json: { all: 1 },
    items: [{ name: 'a', note: 'says "no", firmly' }],
    csvColumns: ['name', 'note'],
    csvRow: ({ name, note }) => [name, note],
  };
  assert.equal(formatOutput({ format: 'csv', bom: false }, output), 'name,note\na,"says ""no"", firmly"\n');
  assert.equal(formatOutput({ format: 'csv', bom: true }, output), '\uFEFFname,note\na,"says ""no"", firmly"\n');
  assert.equal(formatOutput({ format: 'jsonl', bom: false }, output), '{"name":"a","note":"says \\"no\\", firmly"}\n');
  assert.equal(formatOutput({ format: 'json', bom: false }, output), '{\n  "all": 1\n}\n');
  assert.equal(formatOutput({ format: 'table', bom: false }, output), 'the table\n');
  assert.equal(csvField('line\nbreak'), '"line\nbreak"');
});
