import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NEEDS_EVAL, SEED_ARTICLE as SEED } from './shared-eval.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'redlines-extract-'));
/** A short article of the repository's own, for the tests that do not compare against gold. */
const ARTICLE = join(scratch, 'kremlin-truce.txt');
writeFileSync(ARTICLE, ' date 2025-03-12 https://example.org/truce\nKremlin rejects truce\nThe Kremlin rejected an immediate ceasefire, Dmitry Peskov said.\n');
after(() => rmSync(scratch, { recursive: true, force: true }));

function redlines(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

test('jsonl output is one position a line with the guide fields, offsets and provenance', NEEDS_EVAL, () => {
  const result = redlines('extract', '--format', 'jsonl', SEED);
  assert.equal(result.status, 0, result.stderr);
  const rows = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(rows.length, 6);
  for (const row of rows) {
    assert.equal(row.doc, 'sputnik-2025-05-19-red-lines.txt');
    assert.equal(row.outlet, 'sputnikglobe.com');
    for (const field of ['holder', 'issue', 'stance', 'strength', 'mode', 'speaker', 'intermediary', 'conditions', 'evidence', 'evidence_start', 'evidence_end', 'confidence', 'extractor']) {
      assert.ok(field in row, `missing ${field}`);
    }
  }
});

test('bad inputs get one line each naming the file, the good ones are still extracted, and the exit code is 1', NEEDS_EVAL, () => {
  const empty = join(scratch, 'empty.txt');
  const binary = join(scratch, 'binary.txt');
  const invalid = join(scratch, 'invalid.txt');
  writeFileSync(empty, '');
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  writeFileSync(invalid, Buffer.from([0x52, 0x75, 0x73, 0x73, 0x69, 0x61, 0xc3, 0x28]));
  const result = redlines('extract', '--format', 'jsonl', empty, binary, invalid, join(scratch, 'missing.txt'), SEED);
  assert.equal(result.status, 1);
  const errors = result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'));
  assert.equal(errors.length, 4, result.stderr);
  for (const name of ['empty.txt', 'binary.txt', 'invalid.txt', 'missing.txt']) assert.ok(errors.some((line) => line.includes(name)), `${name} not named`);
  assert.equal(result.stdout.trim().split('\n').length, 6);
});

test('a file over the size limit is refused by name', () => {
  const result = redlines('extract', '--max-bytes', '100', ARTICLE);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /kremlin-truce\.txt/);
});

test('a bad pack is named with its file, line and field, and usage errors exit 2', () => {
  const pack = join(scratch, 'bad.yaml');
  writeFileSync(pack, 'id: bad\nname: Bad\nversion: "1"\nissues:\n  - id: x.one\n    proposition: One\n    cues: oops\n');
  const bad = redlines('extract', '--pack', pack, ARTICLE);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /bad\.yaml:7: issues\[0\]\.cues/);
  assert.equal(redlines('extract', '--format', 'yaml', ARTICLE).status, 2);
  assert.equal(redlines('extract').status, 2);
});
