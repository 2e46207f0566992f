/** A one-row counter that every committed write to what analyses read increases, shared by every engine. */
import type { Kysely, Migration } from 'kysely';

/** Creates `store_version` with its single row at 0. */
export const changeVersionMigration: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.createTable('store_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'bigint', (c) => c.notNull())
      .execute();
    await db.insertInto('store_version').values({ id: 1, version: 0 }).execute();
  },
};
