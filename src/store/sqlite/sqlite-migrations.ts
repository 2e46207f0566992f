/** SQLite's migrations: the shared tables, an FTS5 index over document titles and texts, reviews, statement dates, watch state, the change counter. */
import { sql, type Kysely, type Migration } from 'kysely';
import { changeVersionMigration } from '../change-version-migration.ts';
import { reviewsMigration } from '../reviews-migration.ts';
import { statedOnMigration } from '../stated-on-migration.ts';
import { tablesMigration, type AutoIdColumn } from '../tables-migration.ts';
import { watchMigration } from '../watch-migration.ts';

const fullTextSearch: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    // External-content FTS5 keeps one copy of the text; triggers keep the index in step.
    await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id')`.execute(db);
    await sql`CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END`.execute(db);
    await sql`CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END`.execute(db);
    await sql`CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
      INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END`.execute(db);
  },
};

const AUTO_ID: AutoIdColumn = { type: 'integer', define: (column) => column.primaryKey().autoIncrement() };

/** Every SQLite migration, by name; names sort in the order they apply. */
export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-tables': tablesMigration(AUTO_ID),
  '0002-full-text-search': fullTextSearch,
  '0004-reviews': reviewsMigration(AUTO_ID),
  '0005-stated-on': statedOnMigration,
  '0005b-watch': watchMigration(AUTO_ID),
  '0006-change-version': changeVersionMigration,
};
