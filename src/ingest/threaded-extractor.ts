/**
 * Extraction in a worker thread, one document at a time: the caller's event loop stays free (a server keeps
 * answering reads), and a document that takes longer than the time budget fails alone: its thread is ended and the
 * next document gets a fresh one.
 */
import { Worker } from 'node:worker_threads';
import type { Doc, Pack } from '../core/index.ts';
import { chooseExtractor, type ExtractorChoice } from '../extract/index.ts';
import type { IngestExtractor, Extraction } from './ingest-document.ts';

/**
 * The thread's module, beside this one: JavaScript once compiled; from the sources, a first module registers tsx in
 * the thread (Node 20 does not carry `--import` loaders into worker threads), then loads the TypeScript one.
 */
const THREAD_MODULE = import.meta.url.endsWith('.ts')
  ? new URL(`data:text/javascript,${encodeURIComponent(
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register();\n`
    + `await import(${JSON.stringify(new URL('./extraction-thread.ts', import.meta.url).href)});`,
  )}`)
  : new URL('./extraction-thread.js', import.meta.url);

interface Pending {
  /** The thread doing the work: when it ends, only its own documents fail. */
  readonly worker: Worker;
  readonly resolve: (extraction: Extraction) => void;
  readonly reject: (error: Error) => void;
}

/** An extractor whose work runs in one worker thread; `close` ends the thread. */
export class ThreadedExtractor implements IngestExtractor {
  readonly id: string;
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  /** Documents wait their turn here, so the time budget counts one document's work only. */
  private queue: Promise<unknown> = Promise.resolve();

  /** `timeBudgetMs`: how long one document's extraction may take before it fails (unbounded when absent). */
  constructor(private readonly pack: Pack, private readonly choice: ExtractorChoice = {}, private readonly timeBudgetMs?: number) {
    this.id = chooseExtractor(choice).id;
  }

  extract(doc: Doc, _pack: Pack): Promise<Extraction> {
    const turn = this.queue.then(() => this.run(doc));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private run(doc: Doc): Promise<Extraction> {
    const worker = this.thread();
    const id = this.nextId++;
    return new Promise<Extraction>((resolve, reject) => {
      const timer = this.timeBudgetMs === undefined ? undefined : setTimeout(() => {
        this.pending.delete(id);
        // The work cannot be interrupted inside the thread; ending the thread is what stops it.
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
        reject(new Error(`extraction took more than ${this.timeBudgetMs! / 1000} s, the time budget for one input; stopped and skipped`));
      }, this.timeBudgetMs);
      this.pending.set(id, {
        worker,
        resolve: (extraction) => {
          clearTimeout(timer);
          resolve(extraction);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      // A thread with work keeps the process alive; an idle one does not.
      worker.ref();
      worker.postMessage({ id, doc });
    });
  }

  private thread(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = new Worker(THREAD_MODULE, { workerData: { pack: this.pack, choice: this.choice } });
    worker.on('message', ({ id, extraction, error }: { id: number; extraction?: Extraction; error?: string }) => {
      const pending = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      if (error !== undefined) pending?.reject(new Error(error));
      else pending?.resolve(extraction!);
    });
    worker.on('error', (error) => this.failAll(worker, error));
    worker.on('exit', () => this.failAll(worker, new Error('the extraction thread stopped')));
    this.worker = worker;
    return worker;
  }

  private failAll(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = undefined;
    for (const [id, pending] of this.pending) {
      if (pending.worker !== worker) continue;
      this.pending.delete(id);
      pending.reject(error);
    }
  }
}
