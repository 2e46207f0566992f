/** SQLite's migrations: the shared tables, an FTS5 index over document titles and texts, the change counter. */
import { sql, type Kysely, type Migration } from 'kysely';
import { changeVersionMigration } from '../change-version-migration.ts';
import { tablesMigration } from '../tables-migration.ts';

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

/** Every SQLite migration, by name; names sort in the order they apply. */
export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-tables': tablesMigration({ type: 'integer', define: (column) => column.primaryKey().autoIncrement() }),
  '0002-full-text-search': fullTextSearch,
  '0003-change-version': changeVersionMigration,
};
