/**
 * Agreement between reviewers, scored like the extractor (docs/positions.md#scoring): one reviewer's positions
 * as gold, the other's as predicted, over (doc, holder, issue, stance) tuples — F1 is symmetric — with strength
 * and mode agreement on matched tuples, over the documents both reviewed.
 */
import type { PositionRecord, Review } from '../core/index.ts';
import { score, type Agreement, type GoldPosition } from '../eval/index.ts';
import { applyReviews } from './apply-reviews.ts';

/** One difference between two reviewers, for adjudication. */
export interface Disagreement {
  readonly doc: string;
  readonly holder: string;
  readonly issue: string;
  /** `stance`-level: one reviewer holds the tuple and the other not; otherwise the attribute they differ on. */
  readonly kind: 'only-first' | 'only-second' | 'strength' | 'mode';
  readonly stance: string;
  readonly first?: string;
  readonly second?: string;
  readonly evidence: string;
}

/** How far two reviewers agree. */
export interface ReviewerAgreement {
  readonly reviewers: readonly [string, string];
  /** The documents both reviewed, by name. */
  readonly documents: readonly string[];
  readonly tuples: { readonly first: number; readonly second: number; readonly both: number };
  readonly f1: number;
  readonly strength: Agreement;
  readonly mode: Agreement;
  readonly disagreements: readonly Disagreement[];
}

/** Agreement of `first` and `second` over the documents both reviewed; `texts` gives each document's text by name. */
export function reviewerAgreement(
  records: readonly PositionRecord[], reviews: readonly Review[], [first, second]: readonly [string, string], texts: ReadonlyMap<string, string>,
): ReviewerAgreement {
  const reviewedDocs = (reviewer: string) => new Set(reviews.filter((review) => review.reviewer === reviewer).map((review) => review.doc));
  const secondDocs = reviewedDocs(second);
  const documents = [...reviewedDocs(first)].filter((doc) => secondDocs.has(doc) && texts.has(doc)).sort();
  const shared = new Map(documents.map((doc) => [doc, texts.get(doc)!]));
  const positionsOf = (reviewer: string) => applyReviews(records, reviews, { reviewer, reviewedOnly: true }).records.filter((record) => shared.has(record.doc));
  const gold: GoldPosition[] = positionsOf(first).map((record) => ({ ...record, evidence: record.evidence.quote }));
  const result = score(gold, positionsOf(second), shared);
  const quoteOf = (doc: string, span: { start: number; end: number }) => shared.get(doc)!.slice(span.start, span.end);
  const disagreements: Disagreement[] = [
    ...result.falseNegatives.map((row) => ({ doc: row.doc, holder: row.holder, issue: row.issue, stance: row.stance, kind: 'only-first' as const, evidence: row.evidence })),
    ...result.falsePositives.map((row) => ({ doc: row.doc, holder: row.holder, issue: row.issue, stance: row.stance, kind: 'only-second' as const, evidence: quoteOf(row.doc, row.evidence) })),
    ...result.matches.flatMap(({ gold: a, predicted: b, strengthAgrees, modeAgrees }) => [
      ...(strengthAgrees ? [] : [{ doc: a.doc, holder: a.holder, issue: a.issue, stance: a.stance, kind: 'strength' as const, first: a.strength, second: b.strength, evidence: a.evidence }]),
      ...(modeAgrees ? [] : [{ doc: a.doc, holder: a.holder, issue: a.issue, stance: a.stance, kind: 'mode' as const, first: a.mode, second: b.mode, evidence: a.evidence }]),
    ]),
  ].sort((a, b) => a.doc.localeCompare(b.doc) || a.holder.localeCompare(b.holder) || a.issue.localeCompare(b.issue) || a.kind.localeCompare(b.kind));
  return {
    reviewers: [first, second],
    documents,
    tuples: { first: result.overall.gold, second: result.overall.predicted, both: result.overall.truePositives },
    f1: result.overall.f1,
    strength: result.strength,
    mode: result.mode,
    disagreements,
  };
}

/** Every pair of reviewers, in name order. */
export function reviewerPairs(reviews: readonly Review[]): [string, string][] {
  const names = [...new Set(reviews.map((review) => review.reviewer))].sort();
  return names.flatMap((first, index) => names.slice(index + 1).map((second): [string, string] => [first, second]));
}
