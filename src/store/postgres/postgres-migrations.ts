/** PostgreSQL's migrations: the shared tables, a tsvector search index, the ingest job queue, the change counter. */
import { sql, type Kysely, type Migration } from 'kysely';
import { changeVersionMigration } from '../change-version-migration.ts';
import { tablesMigration } from '../tables-migration.ts';

const fullTextSearch: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`ALTER TABLE documents ADD COLUMN search tsvector
      GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`.execute(db);
    await sql`CREATE INDEX documents_search ON documents USING gin (search)`.execute(db);
  },
};

const jobQueue: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createTable('ingest_jobs')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('pack', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('available_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('locked_by', 'text')
      .addColumn('locked_at', 'timestamptz')
      .addColumn('last_error', 'text')
      .addColumn('document_id', 'integer')
      .execute();
    // Workers only ever look for claimable jobs; a partial index keeps that lookup small as done jobs pile up.
    await sql`CREATE INDEX ingest_jobs_claimable ON ingest_jobs (id) WHERE state IN ('queued', 'running')`.execute(db);
  },
};

/** Every PostgreSQL migration, by name; names sort in the order they apply. */
export const POSTGRES_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-tables': tablesMigration({ type: 'serial', define: (column) => column.primaryKey() }),
  '0002-full-text-search': fullTextSearch,
  '0003-job-queue': jobQueue,
  '0004-change-version': changeVersionMigration,
};
