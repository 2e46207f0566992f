/** The scale-out queue in PostgreSQL: workers claim jobs with `FOR UPDATE SKIP LOCKED`, so none is taken twice. */
import { sql, type Kysely } from 'kysely';
import type { Doc } from '../../core/index.ts';
import type { StoreDatabase } from '../database.ts';
import type { DeadJob, Job, JobQueue, JobState, QueueCounts, RunningJob } from '../job-queue.ts';

// Seven parameters per job; PostgreSQL allows 65,535 per statement.
const ENQUEUE_CHUNK = 1000;
const DEFAULT_MAX_ATTEMPTS = 3;

/** Options of the queue; defaults are visible here. */
export interface PostgresJobQueueOptions {
  /** A running job whose worker has been silent this long is taken to be lost and handed out again. */
  readonly leaseSeconds?: number;
  /** Seconds before the first retry; doubles with every further attempt. */
  readonly retryDelaySeconds?: number;
}

/** A `JobQueue` in the `ingest_jobs` table. */
export class PostgresJobQueue implements JobQueue {
  readonly leaseSeconds: number;
  private readonly retryDelaySeconds: number;

  constructor(private readonly db: Kysely<StoreDatabase>, { leaseSeconds = 300, retryDelaySeconds = 1 }: PostgresJobQueueOptions = {}) {
    this.leaseSeconds = leaseSeconds;
    this.retryDelaySeconds = retryDelaySeconds;
  }

  async enqueue(docs: readonly Doc[], pack: string, { maxAttempts = DEFAULT_MAX_ATTEMPTS }: { maxAttempts?: number } = {}): Promise<number> {
    if (!(maxAttempts >= 1)) throw new Error(`enqueue: maxAttempts must be at least 1, got ${maxAttempts}.`);
    for (let start = 0; start < docs.length; start += ENQUEUE_CHUNK) {
      await this.db.insertInto('ingest_jobs').values(docs.slice(start, start + ENQUEUE_CHUNK).map((doc) => {
        // The HTML original is only needed to map offsets back to it; the stored text is what positions index.
        const { source: _source, ...stored } = doc;
        return { name: doc.id, payload: JSON.stringify(stored), pack, state: 'queued', attempts: 0, max_attempts: maxAttempts };
      })).execute();
    }
    return docs.length;
  }

  async claim(worker: string): Promise<Job | undefined> {
    for (;;) {
      const row = await this.db.transaction().execute(async (trx) => {
        const next = await trx.selectFrom('ingest_jobs').select('id')
          .where((eb) => eb.or([
            eb.and([eb('state', '=', 'queued'), eb('available_at', '<=', sql<Date>`now()`)]),
            eb.and([eb('state', '=', 'running'), eb('locked_at', '<', sql<Date>`now() - make_interval(secs => ${this.leaseSeconds})`)]),
          ]))
          .orderBy('id').limit(1).forUpdate().skipLocked().executeTakeFirst();
        if (!next) return undefined;
        return trx.updateTable('ingest_jobs')
          .set((eb) => ({ state: 'running', attempts: eb('attempts', '+', 1), locked_by: worker, locked_at: sql<Date>`now()` }))
          .where('id', '=', next.id).returningAll().executeTakeFirstOrThrow();
      });
      if (!row) return undefined;
      if (row.attempts <= row.max_attempts) {
        return { id: String(row.id), doc: JSON.parse(row.payload) as Doc, pack: row.pack, attempts: row.attempts, maxAttempts: row.max_attempts };
      }
      // Its last worker vanished on the final attempt: give up on it rather than loop forever.
      await this.fail(String(row.id), row.last_error ?? 'worker lost while processing the job');
    }
  }

  async complete(jobId: string, documentId: string): Promise<void> {
    await this.db.updateTable('ingest_jobs')
      .set({ state: 'done', document_id: Number(documentId), last_error: null })
      .where('id', '=', Number(jobId)).execute();
  }

  async fail(jobId: string, reason: string): Promise<JobState> {
    const row = await this.db.updateTable('ingest_jobs')
      .set((eb) => ({
        state: eb.case().when('attempts', '>=', eb.ref('max_attempts')).then('dead').else('queued').end(),
        last_error: reason,
        available_at: sql<Date>`now() + make_interval(secs => ${this.retryDelaySeconds} * power(2, greatest(attempts - 1, 0)))`,
      }))
      .where('id', '=', Number(jobId)).returning('state').executeTakeFirst();
    if (!row) throw new Error(`fail: no job with id ${jobId}; pass the id of a claimed job.`);
    return row.state as JobState;
  }

  async counts(): Promise<QueueCounts> {
    const rows = await this.db.selectFrom('ingest_jobs').select(['state', (eb) => eb.fn.countAll().as('n')]).groupBy('state').execute();
    const counts: Record<JobState, number> = { queued: 0, running: 0, done: 0, dead: 0 };
    for (const row of rows) counts[row.state as JobState] = Number(row.n);
    return counts;
  }

  async deadJobs(limit = 100): Promise<DeadJob[]> {
    const rows = await this.db.selectFrom('ingest_jobs').select(['id', 'name', 'attempts', 'last_error'])
      .where('state', '=', 'dead').orderBy('id').limit(limit).execute();
    return rows.map((row) => ({ id: String(row.id), name: row.name, attempts: row.attempts, lastError: row.last_error ?? '' }));
  }

  async runningJobs(limit = 100): Promise<RunningJob[]> {
    const rows = await this.db.selectFrom('ingest_jobs')
      .select(['id', 'name', 'locked_by', 'attempts', sql<number>`extract(epoch from now() - locked_at)`.as('age')])
      .where('state', '=', 'running').orderBy('locked_at').orderBy('id').limit(limit).execute();
    return rows.map((row) => ({ id: String(row.id), name: row.name, worker: row.locked_by ?? '', attempts: row.attempts, leaseAgeSeconds: Number(row.age) }));
  }

  async retryDead(): Promise<number> {
    const rows = await this.db.updateTable('ingest_jobs')
      .set({ state: 'queued', attempts: 0, available_at: sql<Date>`now()`, locked_by: null, locked_at: null })
      .where('state', '=', 'dead').returning('id').execute();
    return rows.length;
  }
}
