import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPositions } from '../src/extract/index.ts';
import { readdirSync } from 'node:fs';
import { listPacks, loadPack } from '../src/packs/index.ts';
import { readPlainText } from '../src/read/read-plain-text.ts';

// Invented sentences about the US–Iran talks: the shipped model was trained on Russia–Ukraine
// articles only, and must still tie each party to the proposition its sentence names.
const TEXT = [
  'Nuclear talks resume',
  'Iran will never accept zero enrichment, Araghchi said on Sunday.',
  'Washington demanded snap inspections of every site.',
  'Tehran wants sanctions relief before any deal, officials said.',
].join('\n');

test('the shipped model works with a pack written for another negotiation', () => {
  const pack = loadPack('packs/examples/us-iran.yaml');
  const doc = readPlainText('iran.txt', TEXT);
  const { positions } = extractPositions(doc, pack);
  const pairs = new Set(positions.map((p) => `${p.holder} ${p.issue}`));
  for (const expected of ['ir enrichment.zero', 'us inspections.iaea_access', 'ir sanctions.lift_on_iran']) assert.ok(pairs.has(expected), `${expected} in ${[...pairs].join(', ')}`);
  for (const position of positions) {
    assert.ok(pack.parties.some((party) => party.id === position.holder), position.holder);
    assert.ok(pack.issues.some((issue) => issue.id === position.issue), position.issue);
    assert.equal(TEXT.slice(position.evidence.start, position.evidence.end), position.evidence.quote);
  }
});

test('the shipped model runs with every shipped and example pack and quotes its evidence exactly', () => {
  const examples = readdirSync('packs/examples').filter((file) => file.endsWith('.yaml')).map((file) => `packs/examples/${file}`);
  for (const name of [...listPacks(), ...examples]) {
    const pack = loadPack(name);
    const doc = readPlainText('any.txt', TEXT);
    for (const position of extractPositions(doc, pack).positions) assert.equal(TEXT.slice(position.evidence.start, position.evidence.end), position.evidence.quote, name);
  }
});
