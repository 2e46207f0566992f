import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Position } from '../core/index.ts';
import { loadPack } from '../packs/index.ts';
import { readPlainText } from '../read/read-plain-text.ts';
import { featuredCandidates, positionsFromCandidates } from './extract-positions.ts';
import { loadExtractorModel } from './extractor-model.ts';
import { extractPositionsByRules } from './rule-positions.ts';

// Invented sentences the rules read in several ways: a reported speaker, two propositions under
// one verb, a list of conditions introduced by a party.
const TEXT = [
  'Talks in Geneva',
  'Moscow demands that Ukraine renounce its bid to join NATO, the Kremlin spokesman said on Monday.',
  'Kyiv rejected any freeze of the front line and said it would never recognise occupied territory as Russian.',
  "Ukraine's foreign minister set out three conditions: security guarantees, the return of deported children and a full ceasefire.",
].join('\n');

const tuples = (positions: readonly { holder: string; stance: string; issue: string }[]) => positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort();

test("the trained extractor keeps every rule position with its strength and mode, and at threshold 1 adds none: each is a candidate carrying the rules' verdict", () => {
  const pack = loadPack('russia-ukraine');
  const doc = readPlainText('geneva.txt', TEXT);
  const model = loadExtractorModel();
  const rules = tuples(extractPositionsByRules(doc, pack).positions);
  assert.equal(rules.length, 6, rules.join(', '));
  const featured = featuredCandidates(doc, pack, model.limits);
  const positions = positionsFromCandidates(doc, featured, model, { threshold: 1 });
  assert.deepEqual(tuples(positions), rules);
  const graded = (list: readonly Position[]) => list.map((p) => `${p.holder} ${p.stance} ${p.issue} ${p.strength} ${p.mode}`).sort();
  assert.deepEqual(graded(positions), graded(extractPositionsByRules(doc, pack).positions), "a rule position keeps the rules' strength and mode");
  for (const position of positions) assert.equal(TEXT.slice(position.evidence.start, position.evidence.end), position.evidence.quote);
  const found = new Set(tuples(positionsFromCandidates(doc, featured, model)));
  for (const tuple of rules) assert.ok(found.has(tuple), tuple);
});
