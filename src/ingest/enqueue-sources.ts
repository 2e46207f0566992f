/** The producer side of scale-out ingest: read sources here, queue the documents for workers anywhere. */
import type { ReadOptions } from '../read/index.ts';
import type { JobQueue } from '../store/index.ts';
import type { IngestItemResult } from './ingest-document.ts';
import { readAll } from './ingest-sources.ts';

/** Reads `sources` and enqueues every document for extraction with `pack` (a name or path workers can load). */
export async function enqueueSources(
  queue: JobQueue,
  sources: readonly string[],
  { pack, read = {}, maxAttempts }: { pack: string; read?: ReadOptions; maxAttempts?: number },
): Promise<{ enqueued: number; unreadable: readonly IngestItemResult[] }> {
  const { docs, unreadable } = await readAll(sources, read);
  const enqueued = await queue.enqueue(docs, pack, maxAttempts === undefined ? {} : { maxAttempts });
  return { enqueued, unreadable };
}
