/** The published package: what the tarball holds, and the compiled CLI running on plain node. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NEEDS_BUILD = { skip: existsSync(join(ROOT, 'dist', 'cli', 'main.js')) ? false : 'no build in dist/; run `npm run build` first (.ci/run does)' } as const;

/** Runs the published bin as an installed package would: plain node, no tsx. */
function installedRedlines(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'redlines.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
}

test('the tarball holds the compiled CLI, the built dashboard, packs, the model, examples and docs, and no sources, tests, bench or CI files', NEEDS_BUILD, () => {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const [{ files }] = JSON.parse(pack.stdout) as [{ files: { path: string }[] }];
  const paths = files.map((file) => file.path);
  for (const needed of ['bin/redlines.js', 'dist/cli/main.js', 'dist/dashboard/index.html', 'packs/russia-ukraine.yaml', 'models/extractor.json', 'examples/2025-06-02-kremlin-conditions.txt', 'docs/positions.md', 'README.md']) {
    assert.ok(paths.includes(needed), `${needed} is missing from the tarball`);
  }
  assert.deepEqual(paths.filter((path) => /^(src|test|bench|\.ci)\/|\.test\.|test-helper|test-database|\.ts$/.test(path)), []);
});

test('the compiled CLI runs on plain node: version, pack check and extract', NEEDS_BUILD, () => {
  const version = installedRedlines('--version');
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout, '0.1.0\n');
  assert.equal(installedRedlines('pack', 'check').status, 0);
  const extract = installedRedlines('extract', '--format', 'jsonl', join(ROOT, 'examples', '2025-06-02-kremlin-conditions.txt'));
  assert.equal(extract.status, 0, extract.stderr);
  const rows = extract.stdout.trim().split('\n').map((line) => JSON.parse(line) as { holder: string; evidence: string });
  assert.ok(rows.some((row) => row.holder === 'ru'), extract.stdout);
});
