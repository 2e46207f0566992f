import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPositionsByRules } from '../src/extract/index.ts';
import { loadPack } from '../src/packs/index.ts';
import { readContent } from '../src/read/index.ts';
import { evalArticles, goldRows, NEEDS_EVAL } from './shared-eval.ts';

test('the seed article gives exactly its gold positions, with the gold strength and mode', NEEDS_EVAL, () => {
  const seed = evalArticles().find((article) => article.path.includes('/seed/'));
  assert.ok(seed);
  const [doc] = readContent(seed.name, seed.content).docs;
  assert.ok(doc);
  const key = (p: Record<string, unknown>) => [p.holder, p.issue, p.stance, p.strength, p.mode].join(' ');
  const found = extractPositionsByRules(doc, loadPack('russia-ukraine')).positions.map((p) => key({ ...p }));
  const gold = goldRows('seed').map(key);
  assert.deepEqual(found.sort(), gold.sort());
});

test('the seed’s list items inherit the commentator as intermediary and Putin as speaker', NEEDS_EVAL, () => {
  const seed = evalArticles().find((article) => article.path.includes('/seed/'));
  assert.ok(seed);
  const [doc] = readContent(seed.name, seed.content).docs;
  assert.ok(doc);
  const withdrawal = extractPositionsByRules(doc, loadPack('russia-ukraine')).positions.find((p) => p.issue === 'territory.ukraine_withdraws');
  assert.equal(withdrawal?.evidence.quote, 'Complete Ukrainian withdrawal from these territories');
  assert.equal(withdrawal?.speaker, 'Vladimir Putin');
  assert.match(withdrawal?.intermediary ?? '', /Korotchenko/u);
});
