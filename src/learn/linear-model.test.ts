import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explain, linearModelFromJson, linearModelToJson, predict, trainLinearModel, type Example } from './index.ts';

// Invented data: 'glorb' means yes, 'zib' means no, 'noise' means nothing.
const EXAMPLES: Example[] = Array.from({ length: 40 }, (_, index) => ({
  features: [index % 2 === 0 ? 'glorb' : 'zib', index % 3 === 0 ? 'noise' : 'other'],
  label: index % 2 === 0 ? 'yes' : 'no',
}));
const OPTIONS = { epochs: 8, learningRate: 0.1, l2: 1e-4, minCount: 2, seed: 7 };

test('training is deterministic: the same examples and seed give byte-identical weights', () => {
  const first = JSON.stringify(linearModelToJson(trainLinearModel(EXAMPLES, ['no', 'yes'], OPTIONS)));
  const second = JSON.stringify(linearModelToJson(trainLinearModel(EXAMPLES, ['no', 'yes'], OPTIONS)));
  assert.equal(first, second);
});

test('a model learns an invented cue and explains its prediction by it', () => {
  const model = trainLinearModel(EXAMPLES, ['no', 'yes'], OPTIONS);
  assert.ok(predict(model, ['glorb', 'noise'])[1]! > 0.9);
  assert.ok(predict(model, ['zib', 'noise'])[0]! > 0.9);
  assert.equal(explain(model, ['glorb', 'noise'], 'yes', 1)[0]?.feature, 'glorb');
});

test('features seen fewer than minCount times are dropped', () => {
  const model = trainLinearModel([...EXAMPLES, { features: ['once'], label: 'yes' }], ['no', 'yes'], OPTIONS);
  assert.equal(model.weights.has('once'), false);
  assert.equal(model.weights.has('glorb'), true);
});

test('a model survives its JSON form, and a bad one names the field', () => {
  const model = trainLinearModel(EXAMPLES, ['no', 'yes'], OPTIONS);
  const back = linearModelFromJson(JSON.parse(JSON.stringify(linearModelToJson(model))), 'm.json');
  assert.ok(Math.abs(predict(back, ['glorb'])[1]! - predict(model, ['glorb'])[1]!) < 1e-3);
  assert.throws(() => linearModelFromJson({ classes: ['a'], bias: [0, 1], weights: {} }, 'm.json'), /m\.json: 'bias' must hold 1 numbers/u);
  assert.throws(() => linearModelFromJson({ classes: ['a'], bias: [0], weights: { f: ['x'] } }, 'm.json'), /weights of feature 'f'/u);
});

test('an example whose label is not a class is refused', () => {
  assert.throws(() => trainLinearModel([{ features: ['a'], label: 'maybe' }], ['no', 'yes'], OPTIONS), /'maybe' is not one of the classes/u);
});
