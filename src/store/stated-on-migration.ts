/** Statement dates: the day the text dates a position's statement, and where each document's date came from. */
import type { Kysely, Migration } from 'kysely';

/** Adds `stated_on` (with its phrase and offsets) to positions and `date_source` to documents; same for every engine. */
export const statedOnMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('positions').addColumn('stated_on', 'text').execute();
    await db.schema.alterTable('positions').addColumn('stated_on_phrase', 'text').execute();
    await db.schema.alterTable('positions').addColumn('stated_on_start', 'integer').execute();
    await db.schema.alterTable('positions').addColumn('stated_on_end', 'integer').execute();
    await db.schema.alterTable('documents').addColumn('date_source', 'text').execute();
  },
};
