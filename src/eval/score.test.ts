import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldPosition, PredictedPosition } from './gold-position.ts';
import { score } from './score.ts';

const TEXT = 'Moscow demands neutrality. Kyiv rejects neutrality. Moscow demands neutrality.';

function gold(doc: string, holder: string, issue: string, stance: GoldPosition['stance'], more: Partial<GoldPosition> = {}): GoldPosition {
  return { doc, holder, issue, stance, strength: 'firm', mode: 'reported', speaker: '', conditions: [], evidence: 'Moscow demands neutrality', ...more };
}

function predicted(doc: string, holder: string, issue: string, stance: PredictedPosition['stance'], more: Partial<PredictedPosition> = {}): PredictedPosition {
  return { doc, holder, issue, stance, strength: 'firm', mode: 'reported', evidence: { start: 0, end: 25 }, ...more };
}

const texts = (...docs: string[]) => new Map(docs.map((doc) => [doc, TEXT]));

test('counts a tuple predicted twice once', () => {
  const result = score(
    [gold('a', 'ru', 'neutrality', 'demand'), gold('a', 'ua', 'neutrality', 'reject')],
    [predicted('a', 'ru', 'neutrality', 'demand'), predicted('a', 'ru', 'neutrality', 'demand'), predicted('a', 'us', 'tribunal', 'demand')],
    texts('a'),
  );
  assert.deepEqual(
    { ...result.overall },
    { gold: 2, predicted: 2, truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 },
  );
  assert.deepEqual(result.falsePositives.map((row) => row.issue), ['tribunal']);
  assert.deepEqual(result.falseNegatives.map((row) => row.holder), ['ua']);
});

test('counts a gold tuple repeated on two lines once', () => {
  const result = score(
    [gold('a', 'ru', 'neutrality', 'demand'), gold('a', 'ru', 'neutrality', 'demand', { evidence: 'Kyiv' })],
    [predicted('a', 'ru', 'neutrality', 'demand')],
    texts('a'),
  );
  assert.equal(result.overall.gold, 1);
  assert.equal(result.overall.f1, 1);
});

test('pools counts over documents: gold without predictions are misses, predictions without gold are false positives', () => {
  const result = score(
    [gold('a', 'ru', 'neutrality', 'demand'), gold('a', 'ua', 'neutrality', 'reject'), gold('b', 'ru', 'crimea', 'demand'), gold('elsewhere', 'ru', 'crimea', 'demand')],
    [predicted('a', 'ru', 'neutrality', 'demand'), predicted('c', 'ua', 'crimea', 'reject'), predicted('elsewhere', 'ua', 'crimea', 'reject')],
    texts('a', 'b', 'c'),
  );
  assert.equal(result.overall.truePositives, 1);
  assert.equal(result.overall.falsePositives, 1);
  assert.equal(result.overall.falseNegatives, 2);
  assert.equal(result.overall.precision, 0.5);
  assert.equal(result.overall.recall, 1 / 3);
  assert.ok(Math.abs(result.overall.f1 - 0.4) < 1e-12);
  assert.deepEqual(result.ignored, { gold: 1, predicted: 1 });
  assert.deepEqual(
    result.byDocument.map(({ doc, gold, predicted, truePositives, falsePositives, falseNegatives }) => [doc, gold, predicted, truePositives, falsePositives, falseNegatives]),
    [['a', 2, 1, 1, 0, 1], ['b', 1, 0, 0, 0, 1], ['c', 0, 1, 0, 1, 0]],
  );
});

test('breaks figures down by issue', () => {
  const result = score(
    [gold('a', 'ru', 'neutrality', 'demand'), gold('a', 'ua', 'neutrality', 'reject'), gold('a', 'ru', 'crimea', 'demand')],
    [predicted('a', 'ru', 'neutrality', 'demand'), predicted('a', 'ru', 'crimea', 'demand'), predicted('a', 'ru', 'crimea', 'reject')],
    texts('a'),
  );
  assert.deepEqual(
    result.byIssue.map(({ issue, gold, predicted, truePositives, precision, recall }) => [issue, gold, predicted, truePositives, precision, recall]),
    [['crimea', 1, 2, 1, 0.5, 1], ['neutrality', 2, 1, 1, 1, 0.5]],
  );
});

test('compares strength and mode on the predicted row that agrees most with gold', () => {
  const result = score(
    [
      gold('a', 'ru', 'neutrality', 'demand', { strength: 'red_line', mode: 'direct' }),
      gold('a', 'ua', 'neutrality', 'reject', { strength: 'firm', mode: 'reported', evidence: 'Kyiv rejects neutrality' }),
    ],
    [
      predicted('a', 'ru', 'neutrality', 'demand', { strength: 'firm', mode: 'direct', evidence: { start: 27, end: 50 } }),
      predicted('a', 'ru', 'neutrality', 'demand', { strength: 'red_line', mode: 'characterized', evidence: { start: 0, end: 6 } }),
      predicted('a', 'ua', 'neutrality', 'reject', { strength: 'soft', mode: 'reported', evidence: { start: 27, end: 50 } }),
    ],
    texts('a'),
  );
  const ru = result.matches.find((match) => match.gold.holder === 'ru')!;
  assert.equal(ru.predicted.strength, 'red_line');
  assert.deepEqual([ru.strengthAgrees, ru.modeAgrees, ru.evidenceOverlaps], [true, false, true]);
  assert.deepEqual(result.strength, { agreed: 1, of: 2, rate: 0.5 });
  assert.deepEqual(result.mode, { agreed: 1, of: 2, rate: 0.5 });
  assert.deepEqual(result.evidence, { agreed: 2, of: 2, rate: 1 });
});

test('finds overlap with any occurrence of the gold evidence, with half-open spans', () => {
  const second = TEXT.lastIndexOf('Moscow demands neutrality');
  const overlapsAt = (start: number, end: number) =>
    score([gold('a', 'ru', 'neutrality', 'demand')], [predicted('a', 'ru', 'neutrality', 'demand', { evidence: { start, end } })], texts('a'))
      .evidence.agreed;
  assert.equal(overlapsAt(second + 7, second + 14), 1);
  assert.equal(overlapsAt(second - 5, second), 0);
  assert.equal(overlapsAt(25, 27), 0);
  assert.equal(overlapsAt(24, 27), 1);
});

test('reports gold evidence that is not in its document', () => {
  const result = score([gold('a', 'ru', 'neutrality', 'demand', { evidence: 'Moscow accepts' })], [predicted('a', 'ru', 'neutrality', 'demand')], texts('a'));
  assert.equal(result.goldEvidenceNotFound.length, 1);
  assert.equal(result.evidence.agreed, 0);
});

test('reports zero rather than NaN when nothing is predicted', () => {
  const result = score([gold('a', 'ru', 'neutrality', 'demand')], [], texts('a'));
  assert.deepEqual([result.overall.precision, result.overall.recall, result.overall.f1, result.strength.rate], [0, 0, 0, 0]);
});
