/** The `0004-reviews` migration, shared by every engine: analysts' reviews and their audit log. */
import type { Kysely, Migration } from 'kysely';
import type { AutoIdColumn } from './tables-migration.ts';

/** Builds the review tables, with the engine's spelling of auto-incrementing ids. */
export function reviewsMigration(autoId: AutoIdColumn): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createTable('reviews')
        .addColumn('id', autoId.type, autoId.define)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('issue', 'text', (c) => c.notNull())
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('evidence_start', 'integer', (c) => c.notNull())
        .addColumn('evidence_end', 'integer', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('reviewer', 'text', (c) => c.notNull())
        .addColumn('verdict', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('reviewed_at', 'text', (c) => c.notNull())
        .execute();
      // A reviewer's earlier verdict on the same identity is looked up before every write.
      await db.schema.createIndex('reviews_identity').on('reviews').columns(['document_id', 'holder', 'issue', 'stance', 'reviewer']).execute();

      await db.schema.createTable('review_log')
        .addColumn('id', autoId.type, autoId.define)
        .addColumn('review_id', 'integer', (c) => c.notNull())
        .addColumn('reviewer', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .addColumn('undone_at', 'text')
        .execute();
      await db.schema.createIndex('review_log_reviewer').on('review_log').columns(['reviewer', 'id']).execute();
    },
  };
}
