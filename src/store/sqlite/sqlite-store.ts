/** The embedded engine: one SQLite file in WAL mode, with FTS5 full-text search over documents. */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { StoreDatabase } from '../database.ts';
import { KyselyStore } from '../kysely-store.ts';
import { migrate } from '../migrate.ts';
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect.ts';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.ts';

// How long a writer waits for another process's write to finish before it fails with "database is locked".
const BUSY_TIMEOUT_MS = 5_000;

/** A `Store` in one SQLite file. Open it with `SqliteStore.open(file)`. */
export class SqliteStore extends KyselyStore {
  /** Opens the database file (creating it if needed, unless `create` is false) and brings its schema up to date. */
  static async open(file: string, { create = true }: { create?: boolean } = {}): Promise<SqliteStore> {
    if (!create && file !== ':memory:' && !existsSync(file)) throw new Error('no such database file');
    // The busy timeout comes first: switching a new file to WAL takes a lock that a second opener waits for.
    const database = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    database.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes (kill -9) in WAL mode; only a power cut can lose the last commits.
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    const db = new Kysely<StoreDatabase>({ dialect: new ImmediateSqliteDialect({ database }) });
    await migrate(db, SQLITE_MIGRATIONS);
    return new SqliteStore(db);
  }

  protected override matchesSearch(eb: ExpressionBuilder<StoreDatabase, 'documents'>, search: string): Expression<SqlBool> {
    return eb('documents.id', 'in', sql<number>`(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${toFtsQuery(search)})`);
  }
}

/** Quotes each word so user text never reaches FTS5's query syntax; words are ANDed. */
function toFtsQuery(search: string): string {
  return search.trim().split(/\s+/).map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
}
