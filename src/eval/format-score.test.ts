import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatScore } from './format-score.ts';
import type { GoldPosition } from './gold-position.ts';
import { score } from './score.ts';

const TEXT = 'Moscow demands neutrality. Kyiv rejects neutrality.';
const texts = new Map([['a.txt', TEXT]]);
const gold: GoldPosition[] = [
  { doc: 'a.txt', holder: 'ru', issue: 'alliance.ukraine_neutrality', stance: 'demand', strength: 'red_line', mode: 'direct', speaker: '', conditions: [], evidence: 'Moscow demands neutrality' },
  { doc: 'a.txt', holder: 'ua', issue: 'alliance.ukraine_neutrality', stance: 'reject', strength: 'firm', mode: 'reported', speaker: '', conditions: [], evidence: 'Kyiv rejects neutrality' },
];
const result = score(
  gold,
  [
    { doc: 'a.txt', holder: 'ru', issue: 'alliance.ukraine_neutrality', stance: 'demand', strength: 'firm', mode: 'direct', evidence: { start: 0, end: 25 } },
    { doc: 'a.txt', holder: 'ua', issue: 'alliance.ukraine_neutrality', stance: 'accept', strength: 'soft', mode: 'reported', evidence: { start: 27, end: 50 } },
  ],
  texts,
);

test('prints the headline figures to three decimals and the per-issue table', () => {
  const output = formatScore(result, { texts });
  assert.match(output, /precision 0\.500 {3}recall 0\.500 {3}F1 0\.500/);
  assert.match(output, /TP 1 {3}FP 1 {3}FN 1/);
  assert.match(output, /strength agreement 0\.000 \(0\/1\)/);
  assert.match(output, /mode agreement +1\.000 \(1\/1\)/);
  assert.match(output, /evidence overlap +1\.000 \(1\/1\)/);
  assert.match(output, /alliance\.ukraine_neutrality +2 +2 +1 +0\.500 +0\.500 +0\.500/);
  assert.doesNotMatch(output, /false positives/);
});

test('lists false positives with their evidence, false negatives and disagreements when verbose', () => {
  const output = formatScore(result, { texts, verbose: true });
  assert.match(output, /false positives \(1\)\n {2}a\.txt {2}ua accept alliance\.ukraine_neutrality \(soft, reported\) {2}"Kyiv rejects neutrality"/);
  assert.match(output, /false negatives \(1\)\n {2}a\.txt {2}ua reject/);
  assert.match(output, /disagreements \(1\)\n {2}a\.txt {2}ru demand .*\(red_line, direct\) {2}predicted firm direct/);
});
