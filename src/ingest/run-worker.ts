/** A queue worker: claims jobs one at a time, ingests them, and reports each outcome back to the queue. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pack } from '../core/index.ts';
import type { JobQueue, RunningJob, Store } from '../store/index.ts';
import { RULES_EXTRACTOR, type Extractor } from '../extract/index.ts';
import { ingestDocument, type IngestItemResult } from './ingest-document.ts';

/** What one worker did. */
export interface WorkerReport {
  readonly processed: number;
  /** Attempts that failed and were put back for a retry. */
  readonly retried: number;
  /** Jobs given up on after their last attempt. */
  readonly dead: number;
  /** Jobs other workers held when this one stopped (none when it stopped with the queue finished). */
  readonly leftRunning: readonly RunningJob[];
}

/** How a worker runs; defaults are visible here. */
export interface WorkerOptions {
  /** This worker's name, recorded on the jobs it claims. */
  readonly worker: string;
  /** Loads a pack by the name or path stored with a job (`loadPack` from packs). */
  readonly loadPack: (nameOrPath: string) => Pack;
  readonly extractor?: Extractor;
  /**
   * Stop once the queue is finished instead of waiting for more. Jobs other workers are still running count as
   * unfinished: their worker may be gone, and once their lease ends this worker takes them over.
   */
  readonly once?: boolean;
  readonly pollMs?: number;
  /** Stops the worker between jobs. */
  readonly signal?: AbortSignal;
  readonly onJob?: (item: IngestItemResult) => void;
  /** Called when `once` finds no ready job but jobs running in other workers, each time that set changes. */
  readonly onWait?: (running: readonly RunningJob[]) => void;
}

/** Works through `queue`, storing into `store`, until the queue is empty (`once`) or `signal` aborts. */
export async function runWorker(
  queue: JobQueue,
  store: Store,
  { worker, loadPack, extractor = RULES_EXTRACTOR, once = false, pollMs = 1000, signal, onJob, onWait }: WorkerOptions,
): Promise<WorkerReport> {
  const packs = new Map<string, Pack>();
  let processed = 0;
  let retried = 0;
  let dead = 0;
  let waitingFor = '';
  while (!signal?.aborted) {
    const job = await queue.claim(worker);
    if (!job) {
      if (once) {
        const running = await queue.runningJobs();
        if (running.length === 0) break;
        const ids = running.map((other) => other.id).join(',');
        if (ids !== waitingFor) onWait?.(running);
        waitingFor = ids;
      }
      await sleep(pollMs, undefined, { signal }).catch(() => undefined);
      continue;
    }
    let item: IngestItemResult;
    try {
      let pack = packs.get(job.pack);
      if (!pack) {
        pack = loadPack(job.pack);
        await store.putPack(pack);
        packs.set(job.pack, pack);
      }
      item = await ingestDocument(store, job.doc, { pack, extractor });
    } catch (error) {
      item = { source: job.doc.url ?? job.doc.id, status: 'failed', positions: 0, reason: error instanceof Error ? error.message : String(error) };
    }
    if (item.status === 'failed') {
      if ((await queue.fail(job.id, item.reason ?? 'unknown error')) === 'dead') dead++;
      else retried++;
    } else {
      await queue.complete(job.id, item.documentId!);
      processed++;
    }
    onJob?.(item);
  }
  return { processed, retried, dead, leftRunning: signal?.aborted ? await queue.runningJobs() : [] };
}
