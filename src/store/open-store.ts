/** The one place that picks an engine from a database address. */
import { PostgresStore } from './postgres/postgres-store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

/** The database used when neither `--db` nor `REDLINES_DB` names one. */
export const DEFAULT_DATABASE = './redlines.db';

/** Opens `postgres://…` (or `postgresql://…`) as PostgreSQL and anything else as a SQLite file; defaults to `REDLINES_DB`. */
export async function openStore(url: string = process.env.REDLINES_DB || DEFAULT_DATABASE): Promise<Store> {
  return /^postgres(ql)?:\/\//.test(url) ? PostgresStore.open(url) : SqliteStore.open(url);
}
