/** The watcher's tables, shared by every engine: feed state, items seen, alerts and their deliveries. */
import type { Kysely, Migration } from 'kysely';
import type { AutoIdColumn } from './tables-migration.ts';

/** Builds the watch tables, with the engine's spelling of auto-incrementing ids. */
export function watchMigration(autoId: AutoIdColumn): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createTable('watch_feeds')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('retry_at', 'text')
        .addColumn('polled_at', 'text')
        .addColumn('last_error', 'text')
        .execute();
      await db.schema.createTable('watch_items')
        .addColumn('feed', 'text', (c) => c.notNull())
        .addColumn('item', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('document_id', 'integer')
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addColumn('checked_at', 'text')
        .addPrimaryKeyConstraint('watch_items_pk', ['feed', 'item', 'content_hash'])
        .execute();
      await db.schema.createTable('alerts')
        .addColumn('id', autoId.type, autoId.define)
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('fired_at', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createTable('alert_deliveries')
        .addColumn('alert_id', 'integer', (c) => c.notNull().references('alerts.id'))
        .addColumn('destination', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('alert_deliveries_pk', ['alert_id', 'destination'])
        .execute();
    },
  };
}
