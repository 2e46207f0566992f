import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Pack } from '../core/index.ts';
import { loadPack } from '../packs/index.ts';
import { readContent } from '../read/index.ts';
import { extractPositionsByRules } from './index.ts';

function tuples(pack: Pack, text: string): string[] {
  const [doc] = readContent('paraphrase.txt', ` date 2025-09-01 https://example.org/paraphrase\nHeadline\n${text}\n`).docs;
  assert.ok(doc);
  return extractPositionsByRules(doc, pack).positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort();
}

test('a proposition put in other words than the pack’s cues is recognised from its proposition text', () => {
  const pack = loadPack('russia-ukraine');
  assert.deepEqual(tuples(pack, 'The Kremlin agreed to a pause in drone and missile raids against the power grid.'), ['ru accept ceasefire.partial']);
});

test('a phrase whose head word belongs to no issue is no paraphrase, however many words it shares', () => {
  const pack = loadPack('russia-ukraine');
  assert.deepEqual(tuples(pack, 'Kyiv welcomed the possibility of creating humanitarian corridors for civilians.'), []);
});

test('a sentence that names an issue by a cue phrase gets no guessed second issue', () => {
  const pack = loadPack('russia-ukraine');
  assert.deepEqual(tuples(pack, 'Moscow demands the lifting of sanctions and a pause in drone and missile raids against the power grid.'), ['ru demand sanctions.lift_on_russia']);
});

test('the recognition works from any pack’s text: a US–Iran paraphrase of IAEA access', () => {
  const pack = loadPack('packs/examples/us-iran.yaml');
  assert.deepEqual(tuples(pack, 'Tehran refused to give inspectors full access to its nuclear sites.'), ['ir reject inspections.iaea_access']);
});
