/** Batch ingest: read every source, then ingest each document, reporting a result per item and never stopping early. */
import type { Doc, Message, Pack } from '../core/index.ts';
import { readSource, type ReadOptions } from '../read/index.ts';
import type { IngestCounts, IngestFailure, Store } from '../store/index.ts';
import { RULES_EXTRACTOR } from '../extract/index.ts';
import { packLabel } from './pack-label.ts';
import { ingestDocument, type IngestExtractor, type IngestItemResult } from './ingest-document.ts';

/** Progress after each item: how many are done out of how many known so far. */
export type ProgressListener = (done: number, total: number, item: IngestItemResult) => void;

/** The outcome of a batch: every item's result and the counts, recorded as an ingest run. */
export interface IngestReport {
  readonly runId: string;
  readonly items: readonly IngestItemResult[];
  readonly counts: IngestCounts;
  readonly failures: readonly IngestFailure[];
  readonly seconds: number;
}

/** Ingests every document of `sources` (files, directories, JSONL, URLs, feeds) into `store` with `pack`. */
export async function ingestSources(
  store: Store,
  sources: readonly string[],
  { pack, extractor = RULES_EXTRACTOR, read = {}, onProgress }: {
    pack: Pack; extractor?: IngestExtractor; read?: ReadOptions; onProgress?: ProgressListener;
  },
): Promise<IngestReport> {
  const started = performance.now();
  await store.putPack(pack);
  const runId = await store.startRun({ sources, pack: packLabel(pack), extractor: extractor.id });
  const { docs, unreadable } = await readAll(sources, read);
  const items: IngestItemResult[] = [...unreadable];
  const total = docs.length + unreadable.length;
  for (const doc of docs) {
    const item = await ingestDocument(store, doc, { pack, extractor });
    items.push(item);
    onProgress?.(items.length, total, item);
  }
  const counts = countItems(items);
  const failures = items.filter((item) => item.status === 'failed').map((item) => ({ source: item.source, reason: item.reason ?? '' }));
  await store.finishRun(runId, counts, failures);
  return { runId, items, counts, failures, seconds: (performance.now() - started) / 1000 };
}

/** Reads every source; read errors not attached to any document become failed items. */
export async function readAll(sources: readonly string[], options: ReadOptions): Promise<{ docs: Doc[]; unreadable: IngestItemResult[] }> {
  const docs: Doc[] = [];
  const unreadable: IngestItemResult[] = [];
  for (const source of sources) {
    const result = await readSource(source, options);
    const attached = new Set<Message>(result.docs.flatMap((doc) => doc.messages));
    docs.push(...result.docs);
    for (const message of result.messages) {
      if (message.severity !== 'error' || attached.has(message)) continue;
      unreadable.push({ source: message.source ?? source, status: 'failed', positions: 0, reason: message.reason });
    }
  }
  return { docs, unreadable };
}

/** Tallies items by status. */
export function countItems(items: readonly IngestItemResult[]): IngestCounts {
  const count = (status: IngestItemResult['status']) => items.filter((item) => item.status === status).length;
  return {
    new: count('new'),
    unchanged: count('unchanged'),
    newVersion: count('new-version'),
    nearDuplicate: count('near-duplicate'),
    failed: count('failed'),
  };
}
