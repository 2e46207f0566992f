import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'redlines-cli-'));
after(() => rmSync(directory, { recursive: true, force: true }));
const db = join(directory, 'cli.db');

function redlines(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REDLINES_DB: db } });
}

test('ingest names each bad input on one line, stores the rest, prints a summary and exits 1', () => {
  const result = redlines('ingest', 'examples', join(directory, 'missing.txt'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^.*missing\.txt: cannot read.*$/m);
  assert.match(result.stdout, /^4 documents: 3 new, 0 unchanged, 0 new versions, 0 near-duplicates, 1 failed \(/);
  const again = redlines('ingest', 'examples');
  assert.equal(again.status, 0);
  assert.match(again.stdout, /3 documents: 0 new, 3 unchanged/);
});

test('positions, documents and export read what ingest stored', () => {
  redlines('ingest', 'examples');
  const csv = redlines('positions', '--party', 'ru', '--format', 'csv');
  assert.equal(csv.status, 0);
  const [header, ...rows] = csv.stdout.trim().split('\n');
  assert.match(header!, /^id,doc,date,outlet,url,title,holder,issue,stance/);
  assert.ok(rows.length > 0 && rows.every((row) => csvFields(row)[6] === 'ru'));
  const jsonl = redlines('export', '--format', 'jsonl').stdout.trim().split('\n').map((line) => JSON.parse(line) as { holder: string; url?: string });
  assert.ok(jsonl.length >= rows.length && jsonl.every((row) => row.url?.startsWith('https://')));
  assert.match(redlines('documents', '--search', 'Kremlin').stdout, /1 document\n$/);
});

test('usage errors exit 2', () => {
  assert.equal(redlines('positions', '--stance', 'maybe').status, 2);
  assert.equal(redlines('positions', '--since', 'yesterday').status, 2);
  assert.equal(redlines('worker', '--once').status, 2);
});

/** The fields of one CSV row, honouring quoted fields that hold commas. */
function csvFields(row: string): string[] {
  return [...row.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/gu)].map((match) => (match[1] ?? '').replace(/^"|"$/gu, '').replace(/""/gu, '"'));
}

test('ingest --time-budget fails each input that takes longer, naming it, and checks the number', () => {
  const budgetDb = join(directory, 'budget.db');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', '--db', budgetDb, 'examples'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, REDLINES_TIME_BUDGET: '0.001' },
  });
  assert.equal(result.status, 1);
  assert.equal(result.stderr.match(/^https:\/\/example\.org\/\S+: extraction took more than 0\.001 s, the time budget for one input/gm)?.length, 3);
  assert.match(result.stdout, /^3 documents: 0 new, .* 3 failed/);
  const bad = redlines('ingest', '--time-budget', 'soon', 'examples');
  assert.equal(bad.status, 2, 'a usage error');
  assert.match(bad.stderr, /--time-budget.*give a number of seconds above 0/);
});
