/** The one place that picks an engine from a database address. */
import type { PostgresJobQueueOptions } from './postgres/postgres-job-queue.ts';
import { PostgresStore } from './postgres/postgres-store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

/** The database used when neither `--db` nor `REDLINES_DB` names one. */
export const DEFAULT_DATABASE = './redlines.db';

/** How to open a store. */
export interface OpenStoreOptions {
  /** Whether a SQLite file that does not exist yet is created (the default) or refused, so that reading never leaves an empty file behind. */
  readonly create?: boolean;
  /** The job queue's lease and retry delay (PostgreSQL). */
  readonly queue?: PostgresJobQueueOptions;
}

/** Opens `postgres://…` (or `postgresql://…`) as PostgreSQL and anything else as a SQLite file; defaults to `REDLINES_DB`. */
export async function openStore(url: string = process.env.REDLINES_DB || DEFAULT_DATABASE, { create = true, queue = {} }: OpenStoreOptions = {}): Promise<Store> {
  return /^postgres(ql)?:\/\//.test(url) ? PostgresStore.open(url, { queue }) : SqliteStore.open(url, { create });
}
