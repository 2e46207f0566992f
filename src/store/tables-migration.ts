/** The first migration, shared by every engine: documents, positions, packs and ingest runs. */
import type { ColumnDataType, ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

/** How an engine spells an auto-incrementing integer primary key. */
export interface AutoIdColumn {
  readonly type: ColumnDataType;
  readonly define: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
}

/** Builds the shared tables, with the engine's spelling of auto-incrementing ids. */
export function tablesMigration(autoId: AutoIdColumn): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createTable('documents')
        .addColumn('id', autoId.type, autoId.define)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('date', 'text')
        .addColumn('outlet', 'text')
        .addColumn('title', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('layout', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('replaced_by', 'integer')
        .addColumn('duplicate_of', 'integer')
        .addColumn('similarity', 'real')
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('extractor', 'text', (c) => c.notNull())
        .addColumn('pack', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_url_date_version').unique().on('documents').columns(['url', 'date', 'version']).execute();

      await db.schema.createTable('document_bands')
        .addColumn('band', 'integer', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .execute();
      await db.schema.createIndex('document_bands_band').on('document_bands').column('band').execute();

      await db.schema.createTable('positions')
        .addColumn('id', autoId.type, autoId.define)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('issue', 'text', (c) => c.notNull())
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('strength', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text', (c) => c.notNull())
        .addColumn('intermediary', 'text', (c) => c.notNull())
        .addColumn('outlet', 'text', (c) => c.notNull())
        .addColumn('conditions', 'text', (c) => c.notNull())
        .addColumn('evidence_start', 'integer', (c) => c.notNull())
        .addColumn('evidence_end', 'integer', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('extractor', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .execute();
      // Each filter the CLI offers leads with its column; `id` last keeps results in paging order.
      await db.schema.createIndex('positions_holder').on('positions').columns(['holder', 'id']).execute();
      await db.schema.createIndex('positions_issue').on('positions').columns(['issue', 'id']).execute();
      await db.schema.createIndex('positions_date').on('positions').columns(['date', 'id']).execute();
      await db.schema.createIndex('positions_document').on('positions').column('document_id').execute();

      await db.schema.createTable('packs')
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('stored_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('packs_pk', ['id', 'version'])
        .execute();
      for (const [table, detail] of [['parties', 'name'], ['issues', 'proposition']] as const) {
        await db.schema.createTable(table)
          .addColumn('pack_id', 'text', (c) => c.notNull())
          .addColumn('pack_version', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn(detail, 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ['pack_id', 'pack_version', 'id'])
          .execute();
      }

      await db.schema.createTable('ingest_runs')
        .addColumn('id', autoId.type, autoId.define)
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('sources', 'text', (c) => c.notNull())
        .addColumn('pack', 'text', (c) => c.notNull())
        .addColumn('extractor', 'text', (c) => c.notNull())
        .addColumn('counts', 'text')
        .addColumn('failures', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
