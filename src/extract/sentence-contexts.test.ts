import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePack, loadPack } from '../packs/index.ts';
import { readContent } from '../read/index.ts';
import { buildContexts } from './sentence-contexts.ts';

test('each sentence holds the quotations that overlap it, a quotation across sentences in each of them', () => {
  const body = 'Peskov spoke. "We will not. They said ‘never’ twice," he said. Then silence. "Again," said Lavrov.';
  const [doc] = readContent('quotes.txt', ` date 2025-09-01 https://example.org/quotes\nHeadline\n${body}\n`).docs;
  assert.ok(doc);
  const quoted = buildContexts(doc, compilePack(loadPack('russia-ukraine'))).contexts.map((context) => context.quotes.map((quote) => doc.text.slice(quote.span.start, quote.span.end)));
  assert.deepEqual(quoted.slice(1), [[], ['"We will not. They said ‘never’ twice,"'], ['"We will not. They said ‘never’ twice,"', '‘never’'], [], ['"Again,"']]);
});
