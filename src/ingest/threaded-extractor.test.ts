import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { EXAMPLES_DIR } from '../api/example-store.test-helper.ts';
import { RULES_EXTRACTOR } from '../extract/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../packs/index.ts';
import { readContent } from '../read/index.ts';
import { openStore } from '../store/index.ts';
import { ingestSources } from './ingest-sources.ts';
import { ThreadedExtractor } from './threaded-extractor.ts';

const pack = loadPack(DEFAULT_PACK_NAME);
const EXAMPLES = ['2025-06-02-kremlin-conditions.txt', '2025-06-03-kyiv-responds.txt'].map((name) => join(EXAMPLES_DIR, name));

describe('ThreadedExtractor', () => {
  const opened: ThreadedExtractor[] = [];
  const threaded = (budgetMs?: number) => {
    const extractor = new ThreadedExtractor(pack, { extractor: 'rules' }, budgetMs);
    opened.push(extractor);
    return extractor;
  };
  after(async () => {
    await Promise.all(opened.map((extractor) => extractor.close()));
  });

  test('gives the positions the rules give in this thread, for documents sent at once', async () => {
    const extractor = threaded();
    assert.equal(extractor.id, RULES_EXTRACTOR.id);
    const docs = EXAMPLES.map((file) => readContent(file, readFileSync(file, 'utf8')).docs[0]!);
    const extractions = await Promise.all(docs.map((doc) => extractor.extract(doc, pack)));
    assert.deepEqual(extractions.map((extraction) => extraction.positions), docs.map((doc) => RULES_EXTRACTOR.extract(doc, pack).positions));
    assert.ok(extractions.some((extraction) => extraction.positions.length > 0));
  });

  test('fails each input over the time budget with a reason naming it, and the run goes on to the end', async () => {
    const store = await openStore(':memory:');
    try {
      const report = await ingestSources(store, EXAMPLES, { pack, extractor: threaded(1) });
      // Each item names its input (these examples by the URL in their front matter).
      assert.deepEqual(report.items.map((item) => [item.source, item.status]), [
        ['https://example.org/news/2025/06/02/kremlin-restates-conditions', 'failed'],
        ['https://example.org/news/2025/06/03/kyiv-rejects-memorandum', 'failed'],
      ]);
      for (const item of report.items) assert.match(item.reason ?? '', /extraction took more than 0\.001 s, the time budget for one input/);
      assert.equal(report.counts.failed, 2);
      assert.equal((await store.listRuns(1))[0]?.failures.length, 2);
    } finally {
      await store.close();
    }
  });
});
