/** Reviews and their audit log on Kysely, shared by every engine; `KyselyStore` delegates here. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import {
  reviewInputProblem, spanOverlap, type Review, type ReviewChange, type ReviewFields, type ReviewInput, type ReviewSnapshot, type Stance, type Verdict,
} from '../core/index.ts';
import type { ReviewLogTable, ReviewsTable, StoreDatabase } from './database.ts';
import { optional } from './optional-fields.ts';
import type { ReviewQuery } from './store.ts';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** Called inside a review write's transaction: reviews change what analyses read, so cached results must go. */
export type MarkChanged = (trx: Transaction<StoreDatabase>) => Promise<void>;

/**
 * Records `input`: the reviewer's earlier verdict on the same identity (same document, holder, issue and
 * stance, overlapping evidence) is replaced, so each reviewer holds one verdict per position. Logged.
 */
export async function putReview(db: Kysely<StoreDatabase>, input: ReviewInput, markChanged: MarkChanged): Promise<Review> {
  const problem = reviewInputProblem(input);
  if (problem !== undefined) throw new Error(`review: ${problem}`);
  const id = await db.transaction().execute(async (trx) => {
    const { target } = input;
    const document = await trx.selectFrom('documents').select('text').where('id', '=', Number(target.documentId)).executeTakeFirst();
    if (!document) throw new Error(`review: no document with id ${target.documentId}`);
    if (target.evidence.end > document.text.length) {
      throw new Error(`review: evidence ${target.evidence.start}–${target.evidence.end} runs past the end of document ${target.documentId} (${document.text.length} characters)`);
    }
    const now = new Date().toISOString();
    const values = {
      document_id: Number(target.documentId), holder: target.holder, issue: target.issue, stance: target.stance,
      evidence_start: target.evidence.start, evidence_end: target.evidence.end,
      quote: document.text.slice(target.evidence.start, target.evidence.end),
      reviewer: input.reviewer, verdict: input.verdict, fields: JSON.stringify(input.fields ?? {}), note: input.note ?? '', reviewed_at: now,
    };
    const earlier = await sameIdentity(trx, input);
    let reviewId: number;
    if (earlier) {
      await trx.updateTable('reviews').set(values).where('id', '=', earlier.id).execute();
      reviewId = earlier.id;
    } else {
      reviewId = (await trx.insertInto('reviews').values(values).returning('id').executeTakeFirstOrThrow()).id;
    }
    await log(trx, { reviewId, reviewer: input.reviewer, action: 'review', before: earlier && snapshot(earlier), after: snapshot({ ...values, id: reviewId }), at: now });
    await markChanged(trx);
    return reviewId;
  });
  return (await selectReviews(db, { id: String(id) }))[0]!;
}

/** Reviews in id order, narrowed by the query. */
export async function listReviews(db: Db, query: ReviewQuery = {}): Promise<Review[]> {
  return selectReviews(db, query);
}

/** Reverts the reviewer's latest change that is not undone yet, logging the undo; undefined when there is none. */
export async function undoReview(db: Kysely<StoreDatabase>, reviewer: string, markChanged: MarkChanged): Promise<ReviewChange | undefined> {
  return db.transaction().execute(async (trx) => {
    const change = await trx.selectFrom('review_log').selectAll().where('reviewer', '=', reviewer).where('action', '=', 'review')
      .where('undone_at', 'is', null).orderBy('id', 'desc').executeTakeFirst();
    if (!change) return undefined;
    const now = new Date().toISOString();
    const current = await trx.selectFrom('reviews').selectAll().where('id', '=', change.review_id).executeTakeFirst();
    const before = change.before === null ? undefined : JSON.parse(change.before) as ReviewSnapshot;
    if (before === undefined) {
      await trx.deleteFrom('reviews').where('id', '=', change.review_id).execute();
    } else {
      await trx.updateTable('reviews').set({
        holder: before.target.holder, issue: before.target.issue, stance: before.target.stance,
        evidence_start: before.target.evidence.start, evidence_end: before.target.evidence.end,
        verdict: before.verdict, fields: JSON.stringify(before.fields), note: before.note, reviewed_at: before.at,
      }).where('id', '=', change.review_id).execute();
    }
    await trx.updateTable('review_log').set({ undone_at: now }).where('id', '=', change.id).execute();
    await markChanged(trx);
    const undoId = await log(trx, { reviewId: change.review_id, reviewer, action: 'undo', before: current && snapshot(current), after: before, at: now });
    return (await selectChanges(trx, { id: undoId }))[0];
  });
}

/** The audit log, newest first. */
export async function reviewLog(db: Db, { reviewer, limit }: { reviewer?: string; limit?: number } = {}): Promise<ReviewChange[]> {
  return selectChanges(db, { ...(reviewer === undefined ? {} : { reviewer }), ...(limit === undefined ? {} : { limit }) });
}

async function sameIdentity(trx: Db, { target, reviewer }: ReviewInput): Promise<Selectable<ReviewsTable> | undefined> {
  const candidates = await trx.selectFrom('reviews').selectAll()
    .where('document_id', '=', Number(target.documentId)).where('holder', '=', target.holder).where('issue', '=', target.issue)
    .where('stance', '=', target.stance).where('reviewer', '=', reviewer).orderBy('id').execute();
  const span = (row: Selectable<ReviewsTable>) => ({ start: row.evidence_start, end: row.evidence_end });
  const same = (row: Selectable<ReviewsTable>) => spanOverlap(span(row), target.evidence) > 0
    || (row.evidence_start === target.evidence.start && row.evidence_end === target.evidence.end);
  return candidates.filter(same).sort((a, b) => spanOverlap(span(b), target.evidence) - spanOverlap(span(a), target.evidence))[0];
}

async function log(trx: Db, entry: { reviewId: number; reviewer: string; action: ReviewChange['action']; before: ReviewSnapshot | undefined; after: ReviewSnapshot | undefined; at: string }): Promise<number> {
  const row = await trx.insertInto('review_log').values({
    review_id: entry.reviewId, reviewer: entry.reviewer, action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    changed_at: entry.at, undone_at: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

function snapshot(row: Omit<Selectable<ReviewsTable>, 'quote'> & { quote?: string }): ReviewSnapshot {
  return {
    target: {
      documentId: String(row.document_id), holder: row.holder, issue: row.issue, stance: row.stance as Stance,
      evidence: { start: row.evidence_start, end: row.evidence_end },
    },
    reviewer: row.reviewer,
    verdict: row.verdict as Verdict,
    fields: JSON.parse(row.fields) as ReviewFields,
    note: row.note,
    at: row.reviewed_at,
  };
}

async function selectReviews(db: Db, { id, reviewer, documentId }: ReviewQuery & { id?: string }): Promise<Review[]> {
  let query = db.selectFrom('reviews as r').innerJoin('documents as d', 'd.id', 'r.document_id')
    .selectAll('r').select(['d.name', 'd.date', 'd.url', 'd.title', 'd.outlet', 'd.duplicate_of', 'd.replaced_by']);
  if (id !== undefined) query = query.where('r.id', '=', Number(id));
  if (reviewer !== undefined) query = query.where('r.reviewer', '=', reviewer);
  if (documentId !== undefined) query = query.where('r.document_id', '=', Number(documentId));
  const rows = await query.orderBy('r.id').execute();
  return rows.map((row) => {
    const { target, ...rest } = snapshot(row);
    return {
      id: String(row.id),
      target,
      doc: row.name,
      evidence: { ...target.evidence, quote: row.quote },
      ...rest,
      document: {
        replaced: row.replaced_by !== null,
        ...optional({ date: row.date, url: row.url, title: row.title, outlet: row.outlet, duplicateOf: row.duplicate_of === null ? null : String(row.duplicate_of) }),
      },
    };
  });
}

async function selectChanges(db: Db, { id, reviewer, limit }: { id?: number; reviewer?: string; limit?: number }): Promise<ReviewChange[]> {
  let query = db.selectFrom('review_log').selectAll();
  if (id !== undefined) query = query.where('id', '=', id);
  if (reviewer !== undefined) query = query.where('reviewer', '=', reviewer);
  query = query.orderBy('id', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  return (await query.execute()).map((row: Selectable<ReviewLogTable>) => ({
    id: String(row.id),
    reviewer: row.reviewer,
    action: row.action as ReviewChange['action'],
    reviewId: String(row.review_id),
    at: row.changed_at,
    ...optional({
      before: row.before === null ? null : JSON.parse(row.before) as ReviewSnapshot,
      after: row.after === null ? null : JSON.parse(row.after) as ReviewSnapshot,
      undoneAt: row.undone_at,
    }),
  }));
}

