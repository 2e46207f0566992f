import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'redlines-pack-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function redlines(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'pack', ...args], { cwd: ROOT, encoding: 'utf8' });
}

test('pack list names the shipped packs with their sizes and marks the default', () => {
  const result = redlines('list');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^pack +parties +issues\nrussia-ukraine +\d+ +26 +default\n$/);
});

test('pack show lists the party and issue ids --party and --issue accept, for a shipped pack or a file', () => {
  const table = redlines('show');
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /^ru +Russia$/m);
  assert.match(table.stdout, /^territory\.recognize_crimea +Recognition of Crimea/m);
  const json = JSON.parse(redlines('show', 'packs/examples/armenia-azerbaijan.yaml', '--format', 'json').stdout) as { id: string; parties: { id: string }[]; issues: unknown[] };
  assert.equal(json.id, 'armenia-azerbaijan');
  assert.ok(json.parties.some((party) => party.id === 'am'));
  assert.ok(json.issues.length > 0);
});

test('pack check validates a pack without any input text: exit 0 with its counts, or exit 1 naming file, line and field', () => {
  const good = redlines('check', 'packs/examples/armenia-azerbaijan.yaml');
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /^packs\/examples\/armenia-azerbaijan\.yaml: pack armenia-azerbaijan \S+ is valid: \d+ parties, \d+ issues, /);
  const file = join(scratch, 'bad.yaml');
  writeFileSync(file, 'id: bad\nname: Bad\nversion: "1"\nissues:\n  - id: x.one\n    proposition: One\n    cues: oops\n');
  const bad = redlines('check', file);
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /bad\.yaml:7: issues\[0\]\.cues/);
});
