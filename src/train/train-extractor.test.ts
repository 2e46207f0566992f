import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldPosition } from '../eval/index.ts';
import { DEFAULT_CANDIDATE_LIMITS, extractPositions, serializeExtractorModel, parseExtractorModel } from '../extract/index.ts';
import { loadPack } from '../packs/index.ts';
import { readPlainText } from '../read/read-plain-text.ts';
import { candidateRecall, prepareDocuments, trainExtractor } from './index.ts';

// A tiny invented corpus on the US–Iran example pack. "glorbs" is a verb no lexicon knows: it
// states a demand; "mentioned" states none. The model must learn the difference from gold alone.
const pack = loadPack('packs/examples/us-iran.yaml');
const SENTENCES = [
  ['Tehran glorbs sanctions relief.', { holder: 'ir', issue: 'sanctions.lift_on_iran' }],
  ['Washington mentioned snap inspections.', undefined],
  ['Washington glorbs snap inspections.', { holder: 'us', issue: 'inspections.iaea_access' }],
  ['Tehran mentioned zero enrichment.', undefined],
  ['Washington glorbs zero enrichment.', { holder: 'us', issue: 'enrichment.zero' }],
  ['Tehran mentioned sanctions relief.', undefined],
] as const;

function corpus(): { docs: ReturnType<typeof readPlainText>[]; gold: GoldPosition[] } {
  const docs = [];
  const gold: GoldPosition[] = [];
  for (let index = 0; index < 8; index++) {
    const chosen = SENTENCES.filter((_, at) => (at + index) % 3 !== 0);
    const id = `invented-${index}.txt`;
    docs.push(readPlainText(id, `Headline ${index}\n${chosen.map(([sentence]) => sentence).join(' ')}`));
    for (const [sentence, position] of chosen) {
      if (position) gold.push({ doc: id, ...position, stance: 'demand', strength: 'firm', mode: 'characterized', speaker: '', conditions: [], evidence: sentence });
    }
  }
  return { docs, gold };
}

function train(seed = 3) {
  const { docs, gold } = corpus();
  const documents = prepareDocuments(docs, gold, pack, DEFAULT_CANDIDATE_LIMITS);
  return { documents, ...trainExtractor(documents, { version: 'test', seed, folds: 4, limits: DEFAULT_CANDIDATE_LIMITS }) };
}

test('training is deterministic: the same documents, gold and seed give a byte-identical model file', () => {
  assert.equal(serializeExtractorModel(train().model), serializeExtractorModel(train().model));
});

test('a model trained on an invented corpus learns an invented cue, and says so when asked why', () => {
  const { model, documents } = train();
  assert.equal(candidateRecall(documents).inEvidence, candidateRecall(documents).gold);
  const text = 'New round\nWashington glorbs sanctions relief. Tehran mentioned snap inspections.';
  const doc = readPlainText('unseen.txt', text);
  const { positions } = extractPositions(doc, pack, { model, explain: 5 });
  assert.deepEqual(positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`), ['us demand sanctions.lift_on_iran']);
  const position = positions[0]!;
  assert.equal(text.slice(position.evidence.start, position.evidence.end), position.evidence.quote);
  assert.equal(position.extractor, 'model@test');
  assert.ok(position.explanation?.some((reason) => reason.feature === 'before-issue:glorbs' && reason.weight > 0), JSON.stringify(position.explanation));
});

test('a model file survives writing and reading; a broken one names the file and the field', () => {
  const { model } = train();
  const text = serializeExtractorModel(model);
  assert.equal(serializeExtractorModel(parseExtractorModel(text, 'm.json')), text);
  assert.throws(() => parseExtractorModel('{"format":"redlines-extractor-model/1","version":"x","threshold":2}', 'm.json'), /m\.json: 'threshold' must be a number in \[0, 1\]/u);
  assert.throws(() => parseExtractorModel('not json', 'm.json'), /m\.json: not a model file/u);
});
