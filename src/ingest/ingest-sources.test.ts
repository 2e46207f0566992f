import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Doc } from '../core/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../packs/index.ts';
import { readContent } from '../read/index.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { RULES_EXTRACTOR, type Extractor } from '../extract/index.ts';
import { ingestDocument } from './ingest-document.ts';
import { ingestSources } from './ingest-sources.ts';
import { reextractDocuments } from './reextract-documents.ts';
import { REWRITTEN, UNRELATED, WIRE } from './wire-stories.test-helper.ts';

const directory = mkdtempSync(join(tmpdir(), 'redlines-ingest-'));
after(() => rmSync(directory, { recursive: true, force: true }));
const pack = loadPack(DEFAULT_PACK_NAME);
let databases = 0;
const openStore = () => SqliteStore.open(join(directory, `ingest-${++databases}.db`));

function corpus(files: Record<string, string>): string {
  const folder = mkdtempSync(join(directory, 'corpus-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

test('ingests a batch once: copies are unchanged, a rewritten copy is a near-duplicate, failures are listed and the rest go on', async () => {
  const store = await openStore();
  const folder = corpus({ 'a-wire.txt': WIRE, 'b-same.txt': `${WIRE.replaceAll('\n', '  \n')}\n`, 'c-copy.txt': REWRITTEN, 'd-other.txt': UNRELATED, 'e-fails.txt': 'Explodes.' });
  const failing: Extractor = {
    id: RULES_EXTRACTOR.id,
    extract: (doc, p) => {
      if (doc.id.includes('e-fails')) throw new Error('extractor crashed');
      return RULES_EXTRACTOR.extract(doc, p);
    },
  };
  const progress: number[] = [];
  const report = await ingestSources(store, [folder, join(directory, 'missing.txt')], { pack, extractor: failing, onProgress: (done) => progress.push(done) });
  assert.deepEqual(report.counts, { new: 2, unchanged: 1, newVersion: 0, nearDuplicate: 1, failed: 2 });
  assert.deepEqual(report.failures.map((f) => [f.source.replace(/.*[\\/]/, ''), f.reason.includes('cannot read') || f.reason]), [
    ['missing.txt', true],
    ['e-fails.txt', 'extractor crashed'],
  ]);
  assert.deepEqual(progress, [2, 3, 4, 5, 6]);
  const copy = report.items.find((item) => item.source.endsWith('c-copy.txt'));
  assert.equal(copy?.duplicateOf, report.items.find((item) => item.source.endsWith('a-wire.txt'))?.documentId);
  assert.ok(copy!.similarity! >= 0.5);
  assert.ok((await store.queryPositions()).length > 0, 'the wire story yields positions');

  const again = await ingestSources(store, [folder], { pack });
  assert.deepEqual(again.counts, { new: 1, unchanged: 4, newVersion: 0, nearDuplicate: 0, failed: 0 });
  const [run] = await store.listRuns();
  assert.deepEqual(run?.counts, again.counts);
  await store.close();
});

test('stores a changed text at a known URL as a new version', async () => {
  const store = await openStore();
  const read = (text: string): Doc => readContent('live.txt', text, { url: 'https://news.test/live' }).docs[0]!;
  const first = await ingestDocument(store, read(WIRE), { pack, extractor: RULES_EXTRACTOR });
  const second = await ingestDocument(store, read(`${WIRE}\nUpdate: talks resume on Friday.`), { pack, extractor: RULES_EXTRACTOR });
  assert.equal(first.status, 'new');
  assert.equal(second.status, 'new-version');
  assert.equal((await store.getDocument(second.documentId!))?.version, 2);
  await store.close();
});

test('re-extraction replaces each document\'s positions and records the extractor', async () => {
  const store = await openStore();
  await ingestSources(store, [corpus({ 'wire.txt': WIRE })], { pack });
  const before = await store.queryPositions();
  const newer: Extractor = { id: 'rules@9.9.9', extract: (doc, p) => ({ positions: RULES_EXTRACTOR.extract(doc, p).positions.slice(0, 1), messages: [] }) };
  const report = await reextractDocuments(store, { pack, extractor: newer });
  assert.deepEqual([report.documents, report.positions, report.failures], [1, 1, []]);
  const afterwards = await store.queryPositions();
  assert.equal(afterwards.length, 1);
  assert.ok(before.length >= 1);
  const [document] = await store.listDocuments();
  assert.equal((await store.getDocument(document!.id))?.extractor, 'rules@9.9.9');
  await store.close();
});
