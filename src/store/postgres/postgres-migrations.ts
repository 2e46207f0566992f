/** PostgreSQL's migrations: the shared tables, a tsvector search index, the ingest job queue, reviews, statement dates, watch state, the change counter. */
import { sql, type Kysely, type Migration } from 'kysely';
import { changeVersionMigration } from '../change-version-migration.ts';
import { reviewsMigration } from '../reviews-migration.ts';
import { statedOnMigration } from '../stated-on-migration.ts';
import { tablesMigration, type AutoIdColumn } from '../tables-migration.ts';
import { watchMigration } from '../watch-migration.ts';

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

const AUTO_ID: AutoIdColumn = { type: 'serial', define: (column) => column.primaryKey() };

/** Every PostgreSQL migration, by name; names sort in the order they apply. */
export const POSTGRES_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-tables': tablesMigration(AUTO_ID),
  '0002-full-text-search': fullTextSearch,
  '0003-job-queue': jobQueue,
  '0004-reviews': reviewsMigration(AUTO_ID),
  '0005-stated-on': statedOnMigration,
  '0005b-watch': watchMigration(AUTO_ID),
  '0006-change-version': changeVersionMigration,
};
