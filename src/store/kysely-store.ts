/** The engine-neutral `Store` over Kysely; each engine supplies its full-text search and extras. */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Doc, Pack, Position, PositionRecord, Review, ReviewChange, ReviewInput, StatedOn } from '../core/index.ts';
import type { PositionsTable, StoreDatabase } from './database.ts';
import { optional } from './optional-fields.ts';
import * as reviewTables from './review-tables.ts';
import type {
  DocumentQuery, DocumentSummary, IngestCounts, IngestFailure, IngestRun, PositionFilter, PutDocumentMeta,
  PutResult, ReviewQuery, Store, StoredDocument,
} from './store.ts';
import type { JobQueue } from './job-queue.ts';
import { KyselyWatchState } from './kysely-watch-state.ts';
import type { WatchState } from './watch-state.ts';

// Stays well under SQLite's bound-parameter limit (22 columns per position).
const POSITION_INSERT_CHUNK = 400;
// A wire story is republished a handful of times; more candidates than this only slow the check.
const MAX_NEAR_DUPLICATE_CANDIDATES = 50;

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;
type DocumentsBuilder = ExpressionBuilder<StoreDatabase, 'documents'>;

/** The shared implementation; engines override `matchesSearch` (and may add a queue). */
export abstract class KyselyStore implements Store {
  readonly queue?: JobQueue;
  readonly watch: WatchState;

  constructor(protected readonly db: Kysely<StoreDatabase>) {
    this.watch = new KyselyWatchState(db);
  }

  /** A condition on `documents` that holds when its title or text matches `search`. */
  protected abstract matchesSearch(eb: DocumentsBuilder, search: string): Expression<SqlBool>;

  async putDocument(doc: Doc, positions: readonly Position[], meta: PutDocumentMeta): Promise<PutResult> {
    return this.db.transaction().execute(async (trx) => {
      const known = await this.findByHash(trx, meta.fingerprint.contentHash);
      if (known) return known;
      // A page republished under the same address on another date is another article, not a new version.
      const date = doc.date;
      const previous = doc.url === undefined ? undefined : await trx.selectFrom('documents')
        .select(['id', 'version']).where('url', '=', doc.url).where('replaced_by', 'is', null)
        .$if(date !== undefined, (query) => query.where((eb) => eb.or([eb('date', '=', date ?? null), eb('date', 'is', null)])))
        .executeTakeFirst();
      const original = previous ? undefined : await this.findOriginal(trx, meta);
      const inserted = await trx.insertInto('documents').values({
        name: doc.id,
        url: doc.url ?? null,
        content_hash: meta.fingerprint.contentHash,
        date: doc.date ?? null,
        date_source: doc.dateSource ?? null,
        outlet: doc.outlet ?? null,
        title: doc.title ?? null,
        text: doc.text,
        layout: JSON.stringify({ body: doc.body, titleSpan: doc.titleSpan, paragraphs: doc.paragraphs, messages: doc.messages }),
        version: previous ? previous.version + 1 : 1,
        replaced_by: null,
        duplicate_of: original ? Number(original.id) : null,
        similarity: original?.similarity ?? null,
        signature: meta.fingerprint.signature,
        extractor: meta.extractor,
        pack: meta.pack,
        ingested_at: new Date().toISOString(),
      }).onConflict((oc) => oc.column('content_hash').doNothing()).returning('id').executeTakeFirst();
      // Another writer stored the same text between our check and our insert.
      if (!inserted) return (await this.findByHash(trx, meta.fingerprint.contentHash))!;
      const id = inserted.id;
      if (previous) await trx.updateTable('documents').set({ replaced_by: id }).where('id', '=', previous.id).execute();
      const bands = [...new Set(meta.fingerprint.bands)];
      if (bands.length > 0) {
        await trx.insertInto('document_bands').values(bands.map((band) => ({ band, document_id: id }))).execute();
      }
      await insertPositions(trx, id, doc.date ?? null, positions);
      await this.markChanged(trx);
      if (previous) return { status: 'new-version', id: String(id) };
      if (original) return { status: 'near-duplicate', id: String(id), duplicateOf: original.id, similarity: original.similarity };
      return { status: 'new', id: String(id) };
    });
  }

  async findContent(contentHash: string): Promise<string | undefined> {
    return (await this.findByHash(this.db, contentHash))?.id;
  }

  async replacePositions(documentId: string, positions: readonly Position[], extractor: string, pack: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const id = Number(documentId);
      const row = await trx.selectFrom('documents').select('date').where('id', '=', id).executeTakeFirst();
      if (!row) throw new Error(`replacePositions: no document with id ${documentId}; take ids from listDocuments().`);
      await trx.deleteFrom('positions').where('document_id', '=', id).execute();
      await insertPositions(trx, id, row.date, positions);
      await trx.updateTable('documents').set({ extractor, pack }).where('id', '=', id).execute();
      await this.markChanged(trx);
    });
  }

  async queryPositions(filter: PositionFilter = {}): Promise<PositionRecord[]> {
    const { party, issue, stance, strength, mode, since, until, outlet, documentId, excludeDuplicates = false, limit, afterId, documentIds } = filter;
    let query = this.db.selectFrom('positions as p')
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .selectAll('p')
      .select(['d.url', 'd.title', 'd.duplicate_of'])
      .where('d.replaced_by', 'is', null);
    if (party !== undefined) query = query.where('p.holder', '=', party);
    if (issue !== undefined) query = query.where('p.issue', '=', issue);
    if (stance !== undefined) query = query.where('p.stance', '=', stance);
    if (strength !== undefined) query = query.where('p.strength', '=', strength);
    if (mode !== undefined) query = query.where('p.mode', '=', mode);
    if (since !== undefined) query = query.where('p.date', '>=', since);
    if (until !== undefined) query = query.where('p.date', '<=', until);
    if (outlet !== undefined) query = query.where('p.outlet', '=', outlet);
    if (documentId !== undefined) query = query.where('p.document_id', '=', Number(documentId));
    if (excludeDuplicates) query = query.where('d.duplicate_of', 'is', null);
    if (afterId !== undefined) query = query.where('p.id', '>', Number(afterId));
    if (documentIds !== undefined) query = documentIds.length === 0 ? query.where(sql<boolean>`false`) : query.where('p.document_id', 'in', documentIds.map(Number));
    query = query.orderBy('p.id');
    if (limit !== undefined) query = query.limit(limit);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: String(row.id),
      documentId: String(row.document_id),
      doc: row.doc,
      holder: row.holder,
      issue: row.issue,
      stance: row.stance as PositionRecord['stance'],
      strength: row.strength as PositionRecord['strength'],
      mode: row.mode as PositionRecord['mode'],
      speaker: row.speaker,
      intermediary: row.intermediary,
      outlet: row.outlet,
      conditions: JSON.parse(row.conditions) as string[],
      evidence: { start: row.evidence_start, end: row.evidence_end, quote: row.quote },
      confidence: row.confidence,
      extractor: row.extractor,
      ...statedOnOf(row),
      ...optional({ date: row.date, url: row.url, title: row.title, duplicateOf: idOrNull(row.duplicate_of) }),
    }));
  }

  async listDocuments(query: DocumentQuery = {}): Promise<DocumentSummary[]> {
    const { search, limit, afterId, includeReplaced = false } = query;
    let select = this.db.selectFrom('documents')
      .select(['id', 'name', 'url', 'date', 'outlet', 'title', 'version', 'duplicate_of'])
      .select((eb) => eb.selectFrom('positions').select(eb.fn.countAll().as('n'))
        .whereRef('positions.document_id', '=', 'documents.id').as('position_count'));
    if (!includeReplaced) select = select.where('replaced_by', 'is', null);
    if (search !== undefined && search.trim() !== '') select = select.where((eb) => this.matchesSearch(eb, search));
    if (afterId !== undefined) select = select.where('id', '>', Number(afterId));
    select = select.orderBy('id');
    if (limit !== undefined) select = select.limit(limit);
    const rows = await select.execute();
    return rows.map((row) => ({
      id: String(row.id),
      name: row.name,
      version: row.version,
      positionCount: Number(row.position_count),
      ...optional({ url: row.url, date: row.date, outlet: row.outlet, title: row.title, duplicateOf: idOrNull(row.duplicate_of) }),
    }));
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    const row = await this.db.selectFrom('documents').selectAll()
      .select((eb) => eb.selectFrom('positions').select(eb.fn.countAll().as('n'))
        .whereRef('positions.document_id', '=', 'documents.id').as('position_count'))
      .where('id', '=', Number(id)).executeTakeFirst();
    if (!row) return undefined;
    const layout = JSON.parse(row.layout) as Pick<Doc, 'body' | 'titleSpan' | 'paragraphs' | 'messages'>;
    const doc: Doc = {
      id: row.name,
      text: row.text,
      ...optional({ url: row.url, date: row.date, dateSource: row.date_source as Doc['dateSource'] | null, title: row.title, outlet: row.outlet }),
      ...layout,
    };
    return {
      id: String(row.id),
      doc,
      contentHash: row.content_hash,
      version: row.version,
      extractor: row.extractor,
      pack: row.pack,
      ingestedAt: row.ingested_at,
      positionCount: Number(row.position_count),
      ...optional({ replacedBy: idOrNull(row.replaced_by), duplicateOf: idOrNull(row.duplicate_of), similarity: row.similarity }),
    };
  }

  async putPack(pack: Pack): Promise<void> {
    // Upserts, not delete-then-insert: workers that start together store the same pack at once.
    await this.db.transaction().execute(async (trx) => {
      const key = { pack_id: pack.id, pack_version: pack.version };
      await trx.insertInto('packs')
        .values({ id: pack.id, version: pack.version, name: pack.name, stored_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(['id', 'version']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), stored_at: eb.ref('excluded.stored_at') })))
        .execute();
      const partiesKept = pack.parties.map((party) => party.id);
      await trx.deleteFrom('parties').where('pack_id', '=', pack.id).where('pack_version', '=', pack.version)
        .$if(partiesKept.length > 0, (query) => query.where('id', 'not in', partiesKept)).execute();
      const issuesKept = pack.issues.map((issue) => issue.id);
      await trx.deleteFrom('issues').where('pack_id', '=', pack.id).where('pack_version', '=', pack.version)
        .$if(issuesKept.length > 0, (query) => query.where('id', 'not in', issuesKept)).execute();
      if (pack.parties.length > 0) {
        await trx.insertInto('parties').values(pack.parties.map((party) => ({ ...key, id: party.id, name: party.name })))
          .onConflict((oc) => oc.columns(['pack_id', 'pack_version', 'id']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
          .execute();
      }
      if (pack.issues.length > 0) {
        await trx.insertInto('issues').values(pack.issues.map((issue) => ({ ...key, id: issue.id, proposition: issue.proposition })))
          .onConflict((oc) => oc.columns(['pack_id', 'pack_version', 'id']).doUpdateSet((eb) => ({ proposition: eb.ref('excluded.proposition') })))
          .execute();
      }
    });
  }

  async startRun(run: { sources: readonly string[]; pack: string; extractor: string }): Promise<string> {
    const row = await this.db.insertInto('ingest_runs').values({
      started_at: new Date().toISOString(),
      finished_at: null,
      sources: JSON.stringify(run.sources),
      pack: run.pack,
      extractor: run.extractor,
      counts: null,
      failures: '[]',
    }).returning('id').executeTakeFirstOrThrow();
    return String(row.id);
  }

  async finishRun(id: string, counts: IngestCounts, failures: readonly IngestFailure[]): Promise<void> {
    await this.db.updateTable('ingest_runs')
      .set({ finished_at: new Date().toISOString(), counts: JSON.stringify(counts), failures: JSON.stringify(failures) })
      .where('id', '=', Number(id)).execute();
  }

  async listRuns(limit = 20): Promise<IngestRun[]> {
    const rows = await this.db.selectFrom('ingest_runs').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map((row) => ({
      id: String(row.id),
      startedAt: row.started_at,
      sources: JSON.parse(row.sources) as string[],
      pack: row.pack,
      extractor: row.extractor,
      failures: JSON.parse(row.failures) as IngestFailure[],
      ...optional({ finishedAt: row.finished_at, counts: row.counts === null ? null : JSON.parse(row.counts) as IngestCounts }),
    }));
  }

  async putReview(input: ReviewInput): Promise<Review> {
    return reviewTables.putReview(this.db, input, (trx) => this.markChanged(trx));
  }

  async listReviews(query?: ReviewQuery): Promise<Review[]> {
    return reviewTables.listReviews(this.db, query);
  }

  async undoReview(reviewer: string): Promise<ReviewChange | undefined> {
    return reviewTables.undoReview(this.db, reviewer, (trx) => this.markChanged(trx));
  }

  async reviewLog(query?: { reviewer?: string; limit?: number }): Promise<ReviewChange[]> {
    return reviewTables.reviewLog(this.db, query);
  }

  async changeVersion(): Promise<number> {
    const row = await this.db.selectFrom('store_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
    return Number(row.version);
  }

  /**
   * The one invalidation hook: every write path that changes what analyses read (documents, positions, and
   * anything added later that they consult) calls it inside its transaction, so the new version commits with the data.
   */
  protected async markChanged(trx: Transaction<StoreDatabase>): Promise<void> {
    await trx.updateTable('store_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  private async findByHash(db: Db, contentHash: string): Promise<PutResult | undefined> {
    const row = await db.selectFrom('documents').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
    return row ? { status: 'unchanged', id: String(row.id) } : undefined;
  }

  private async findOriginal(trx: Db, meta: PutDocumentMeta): Promise<{ id: string; similarity: number } | undefined> {
    const bands = [...new Set(meta.fingerprint.bands)];
    if (bands.length === 0) return undefined;
    const candidates = await trx.selectFrom('document_bands as b')
      .innerJoin('documents as d', 'd.id', 'b.document_id')
      .select(['d.id', 'd.signature', 'd.duplicate_of'])
      .distinct()
      .where('b.band', 'in', bands)
      .where('d.replaced_by', 'is', null)
      .orderBy('d.id')
      .limit(MAX_NEAR_DUPLICATE_CANDIDATES)
      .execute();
    const match = meta.findOriginal(candidates.map((c) => ({ id: String(c.id), signature: c.signature })));
    if (!match) return undefined;
    // Link to the first publication, not to another copy of it.
    const matched = candidates.find((c) => String(c.id) === match.id);
    const originalId = matched?.duplicate_of ?? Number(match.id);
    return { id: String(originalId), similarity: match.similarity };
  }
}

async function insertPositions(db: Db, documentId: number, date: string | null, positions: readonly Position[]): Promise<void> {
  for (let start = 0; start < positions.length; start += POSITION_INSERT_CHUNK) {
    await db.insertInto('positions').values(positions.slice(start, start + POSITION_INSERT_CHUNK).map((p) => ({
      document_id: documentId,
      doc: p.doc,
      holder: p.holder,
      issue: p.issue,
      stance: p.stance,
      strength: p.strength,
      mode: p.mode,
      speaker: p.speaker,
      intermediary: p.intermediary,
      outlet: p.outlet,
      conditions: JSON.stringify(p.conditions),
      evidence_start: p.evidence.start,
      evidence_end: p.evidence.end,
      quote: p.evidence.quote,
      confidence: p.confidence,
      extractor: p.extractor,
      date,
      stated_on: p.statedOn?.date ?? null,
      stated_on_phrase: p.statedOn?.quote ?? null,
      stated_on_start: p.statedOn?.start ?? null,
      stated_on_end: p.statedOn?.end ?? null,
    }))).execute();
  }
}

/** The `statedOn` field of a stored position, when the text dated it. */
function statedOnOf(row: Pick<PositionsTable, 'stated_on' | 'stated_on_phrase' | 'stated_on_start' | 'stated_on_end'>): { statedOn?: StatedOn } {
  const { stated_on: date, stated_on_phrase: quote, stated_on_start: start, stated_on_end: end } = row;
  return date === null || quote === null || start === null || end === null ? {} : { statedOn: { date, quote, start, end } };
}

function idOrNull(id: number | null): string | null {
  return id === null ? null : String(id);
}
