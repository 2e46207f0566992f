import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPositions, extractPositionsByRules } from '../src/extract/index.ts';
import { loadPack } from '../src/packs/index.ts';
import { readContent } from '../src/read/index.ts';
import { evalArticles, NEEDS_EVAL } from './shared-eval.ts';

test('every position of the rules and of the shipped model on every shared article quotes its evidence exactly at its offsets', NEEDS_EVAL, () => {
  const pack = loadPack('russia-ukraine');
  let positions = 0;
  for (const article of evalArticles()) {
    const { docs } = readContent(article.name, article.content);
    for (const doc of docs) {
      for (const position of [...extractPositionsByRules(doc, pack).positions, ...extractPositions(doc, pack).positions]) {
        positions += 1;
        const { start, end, quote } = position.evidence;
        assert.ok(0 <= start && start < end && end <= doc.text.length, `${doc.id}: span ${start}-${end}`);
        assert.equal(doc.text.slice(start, end), quote, `${doc.id}: evidence at ${start}-${end}`);
        assert.equal(doc.text, article.content, `${doc.id}: the document text is the file's text`);
      }
    }
  }
  assert.ok(positions > 100, `only ${positions} positions extracted`);
});
