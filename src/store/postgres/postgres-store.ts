/** The team engine: PostgreSQL, with tsvector full-text search and the scale-out job queue. */
import { Kysely, PostgresDialect, sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import pg from 'pg';
import type { StoreDatabase } from '../database.ts';
import type { JobQueue } from '../job-queue.ts';
import { KyselyStore } from '../kysely-store.ts';
import { migrate } from '../migrate.ts';
import { PostgresJobQueue, type PostgresJobQueueOptions } from './postgres-job-queue.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';

/** A `Store` in a PostgreSQL database. Open it with `PostgresStore.open(url)`. */
export class PostgresStore extends KyselyStore {
  override readonly queue: JobQueue;

  private constructor(db: Kysely<StoreDatabase>, queueOptions: PostgresJobQueueOptions) {
    super(db);
    this.queue = new PostgresJobQueue(db, queueOptions);
  }

  /** Connects to `url` (`postgres://user:password@host:port/database`) and brings the schema up to date. */
  static async open(url: string, { queue = {} }: { queue?: PostgresJobQueueOptions } = {}): Promise<PostgresStore> {
    const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) }) });
    await migrate(db, POSTGRES_MIGRATIONS);
    return new PostgresStore(db, queue);
  }

  protected override matchesSearch(_eb: ExpressionBuilder<StoreDatabase, 'documents'>, search: string): Expression<SqlBool> {
    return sql<SqlBool>`documents.search @@ websearch_to_tsquery('english', ${search})`;
  }
}
