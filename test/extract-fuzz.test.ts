import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Doc } from '../src/core/index.ts';
import { extractPositionsByRules } from '../src/extract/index.ts';
import { loadPack } from '../src/packs/index.ts';
import { readContent } from '../src/read/index.ts';
import { evalArticles, NEEDS_EVAL } from './shared-eval.ts';

const pack = loadPack('russia-ukraine');

const noise = fc.constantFrom('', '\u0000', '\u0007', '\u200b', '\ufeff', '\ud800', '“', '"', '«', '’', ':', '\n', '\n- ', '\n1) ', '\r\n', '\t', 'These are:\n');

/** A document made of real sentences, cut, glued and sprinkled with control characters and stray quotes. */
function mutatedArticle(): fc.Arbitrary<string> {
  // Fragments of real news language, so that generated text reaches the rules, not only the tokenizer.
  const sentences = evalArticles()
    .flatMap((article) => article.content.split(/(?<=[.!?])\s+/u))
    .filter((sentence) => sentence.length > 20 && sentence.length < 400)
    .slice(0, 400);
  return fc
    .array(fc.tuple(fc.constantFrom(...sentences), noise, fc.nat(400), fc.nat(400)), { minLength: 0, maxLength: 6 })
    .map((parts) => parts.map(([sentence, mark, cutA, cutB]) => sentence.slice(Math.min(cutA, cutB) % 50, 50 + Math.max(cutA, cutB)) + mark).join(''));
}

function checkExtraction(doc: Doc): void {
  const { positions } = extractPositionsByRules(doc, pack);
  for (const position of positions) {
    const { start, end, quote } = position.evidence;
    assert.ok(0 <= start && start <= end && end <= doc.text.length, `${doc.id}: span ${start}-${end}`);
    assert.equal(doc.text.slice(start, end), quote);
    assert.ok(position.confidence >= 0 && position.confidence <= 1);
  }
}

test('the extractor survives 9,000 mutated articles and every span quotes its evidence', NEEDS_EVAL, () => {
  fc.assert(
    fc.property(mutatedArticle(), fc.boolean(), (body, withHeader) => {
      const content = withHeader ? ` date 2025-05-19 https://example.org/a\nHeadline\n${body}` : body;
      for (const doc of readContent('fuzz.txt', content).docs) checkExtraction(doc);
    }),
    { numRuns: 9000 },
  );
});

test('the extractor survives 1,000 random strings and every span quotes its evidence', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (content) => {
      for (const doc of readContent('random.txt', content, { format: 'text' }).docs) checkExtraction(doc);
    }),
    { numRuns: 1000 },
  );
});

test('the extractor handles a giant line and a list introduction without items', { timeout: 120_000 }, () => {
  const giant = `${'Russia demands neutrality and rejects NATO membership, Peskov said, '.repeat(12000)}\nThese are:\n\n`;
  const [doc] = readContent('giant.txt', giant, { format: 'text' }).docs;
  assert.ok(doc);
  checkExtraction(doc);
  assert.ok(extractPositionsByRules(doc, pack).positions.some((p) => p.issue === 'alliance.ukraine_nato_membership' && p.stance === 'reject'));
});
