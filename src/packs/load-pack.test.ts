import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PACK_NAME, listPacks, loadPack } from './load-pack.ts';
import { PackError } from './pack-error.ts';
import { EVAL_DIR, NEEDS_EVAL } from '../../test/shared-eval.ts';

const GUIDE = join(EVAL_DIR, 'GUIDE.md');
const EXAMPLE = fileURLToPath(new URL('../../packs/examples/armenia-azerbaijan.yaml', import.meta.url));

/** The party ids and issue ids the evaluation guide defines, read from its text. */
function guideIds(): { parties: string[]; issues: string[] } {
  const guide = readFileSync(GUIDE, 'utf8');
  const partiesSection = guide.slice(guide.indexOf('## Parties'), guide.indexOf('Other conflicts'));
  const issuesSection = guide.slice(guide.indexOf('## Issues'), guide.indexOf('## Files'));
  return {
    parties: [...partiesSection.matchAll(/`([a-z0-9]+)` [A-Z]/g)].map((match) => match[1]!),
    issues: [...issuesSection.matchAll(/^\| `([a-z_.]+)` \|/gm)].map((match) => match[1]!),
  };
}

test('loads the default pack by its bare name, from any working directory', () => {
  const cwd = process.cwd();
  process.chdir('/');
  try {
    assert.equal(loadPack(DEFAULT_PACK_NAME).id, 'russia-ukraine');
  } finally {
    process.chdir(cwd);
  }
});

test('the shipped pack has every party and issue of the evaluation guide', NEEDS_EVAL, () => {
  const pack = loadPack(DEFAULT_PACK_NAME);
  const { parties, issues } = guideIds();
  assert.ok(parties.length >= 16, `parsed ${parties.length} party ids from the guide`);
  assert.equal(issues.length, 26);
  const partyIds = new Set(pack.parties.map((party) => party.id));
  const issueIds = new Set(pack.issues.map((issue) => issue.id));
  assert.deepEqual(parties.filter((id) => !partyIds.has(id)), []);
  assert.deepEqual(issues.filter((id) => !issueIds.has(id)), []);
  for (const issue of pack.issues) assert.ok(issue.cues.length > 0, `${issue.id} has cues`);
});

test('the shipped pack is frozen', () => {
  const pack = loadPack(DEFAULT_PACK_NAME);
  assert.ok(Object.isFrozen(pack));
  assert.ok(Object.isFrozen(pack.parties));
  assert.ok(Object.isFrozen(pack.parties[0]?.officials));
  assert.throws(() => {
    (pack.issues[0] as unknown as { cues: string[] }).cues = [];
  }, TypeError);
});

test('the shipped pack dates the officials who changed office', () => {
  const pack = loadPack(DEFAULT_PACK_NAME);
  const official = (name: string) => pack.parties.flatMap((party) => party.officials).find((person) => person.name === name);
  assert.equal(official('Dmytro Kuleba')?.to, '2024-09-05');
  assert.equal(official('Andrii Sybiha')?.from, '2024-09-05');
  assert.equal(official('Olaf Scholz')?.to, '2025-05-06');
  assert.equal(official('Friedrich Merz')?.from, '2025-05-06');
  assert.equal(official('Donald Trump')?.from, '2025-01-20');
  assert.equal(official('Jens Stoltenberg')?.to, '2024-10-01');
});

test('lists the shipped packs by name', () => {
  assert.ok(listPacks().includes(DEFAULT_PACK_NAME));
});

test('loads the worked example pack by path', () => {
  const pack = loadPack(EXAMPLE);
  assert.equal(pack.id, 'armenia-azerbaijan');
  assert.deepEqual(pack.parties.map((party) => party.id).slice(0, 2), ['am', 'az']);
});

test('an unknown pack name is a PackError that lists the shipped packs', () => {
  assert.throws(() => loadPack('no-such-pack'), (error: unknown) => {
    assert.ok(error instanceof PackError);
    assert.match(error.message, /no-such-pack\.yaml: cannot read pack: ENOENT; shipped packs: .*russia-ukraine/);
    return true;
  });
});
