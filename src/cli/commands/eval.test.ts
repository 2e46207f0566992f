import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EVAL_DIR, NEEDS_EVAL } from '../../../test/shared-eval.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const SEED = join(EVAL_DIR, 'seed');
const SEED_ARTICLE = 'sputnik-2025-05-19-red-lines.txt';
const SEED_GOLD = join(SEED, 'gold.jsonl');

function redlines(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function figure(output: string, label: string): number {
  const found = new RegExp(`${label} +(\\d+(?:\\.\\d+)?)`).exec(output);
  assert.ok(found, `no "${label}" figure in:\n${output}`);
  return Number(found[1]);
}

const scratch = mkdtempSync(join(tmpdir(), 'redlines-eval-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('scores the seed against its gold file and prints parseable figures', NEEDS_EVAL, () => {
  const { code, stdout, stderr } = redlines('eval', '--gold', SEED_GOLD, SEED);
  assert.equal(code, 0, stderr);
  for (const label of ['precision', 'recall', 'F1', 'strength agreement', 'mode agreement', 'evidence overlap']) {
    const value = figure(stdout, label);
    assert.ok(value >= 0 && value <= 1, `${label} ${value}`);
  }
  assert.equal(figure(stdout, 'documents'), 1);
  assert.equal(figure(stdout, 'gold'), 6);
  assert.equal(figure(stdout, 'TP') + figure(stdout, 'FN'), 6);
  assert.match(stdout, /^issue +gold +pred +TP +P +R +F1$/m);
});

test('prints the score as JSON with --format json', NEEDS_EVAL, () => {
  const { code, stdout } = redlines('eval', '--gold', SEED_GOLD, '--format', 'json', SEED);
  assert.equal(code, 0);
  const result = JSON.parse(stdout);
  assert.deepEqual(result.documents, [SEED_ARTICLE]);
  assert.equal(result.overall.gold, 6);
  assert.equal(result.byIssue.reduce((sum: number, row: { gold: number }) => sum + row.gold, 0), 6);
});

test('skips the gold file and .tsv files inside an input directory, and reports a bad article with exit code 1', NEEDS_EVAL, () => {
  copyFileSync(join(SEED, SEED_ARTICLE), join(scratch, SEED_ARTICLE));
  copyFileSync(SEED_GOLD, join(scratch, 'gold.jsonl'));
  writeFileSync(join(scratch, 'SOURCES.tsv'), 'file\turl\n');
  writeFileSync(join(scratch, 'empty.txt'), '');
  const { code, stdout, stderr } = redlines('eval', '--gold', join(scratch, 'gold.jsonl'), '--format', 'json', scratch);
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(stdout).documents, [SEED_ARTICLE]);
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /empty\.txt/);
});

test('exits 2 on a usage error', () => {
  assert.equal(redlines('eval', SEED).code, 2);
  assert.equal(redlines('eval', '--gold', SEED_GOLD, '--format', 'xml', SEED).code, 2);
});
