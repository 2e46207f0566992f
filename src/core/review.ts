/** Reviews: an analyst's verdict on a position, kept apart per reviewer, with an audit log (see docs/review.md). */
import type { Evidence, IssueId, Mode, PartyId, Span, Stance, Strength } from './types.ts';

/** What a reviewer says of a position: it stands, it is wrong, it is right once corrected, or the extractor missed it. */
export type Verdict = 'confirmed' | 'rejected' | 'corrected' | 'added';
export const VERDICTS: readonly Verdict[] = ['confirmed', 'rejected', 'corrected', 'added'];

/** The fields a correction replaces, or an addition sets beyond its identity. */
export interface ReviewFields {
  readonly holder?: PartyId;
  readonly issue?: IssueId;
  readonly stance?: Stance;
  readonly strength?: Strength;
  readonly mode?: Mode;
  readonly speaker?: string;
  readonly intermediary?: string;
  readonly conditions?: readonly IssueId[];
}

/** The field names a correction may set, in the order they are shown. */
export const REVIEW_FIELD_NAMES = ['holder', 'issue', 'stance', 'strength', 'mode', 'speaker', 'intermediary', 'conditions'] as const;

/**
 * What a review attaches to: a position's identity, not its row. A re-extracted position with the same
 * document, holder, issue and stance whose evidence overlaps this span carries the review on.
 */
export interface ReviewTarget {
  /** The store's id of the document. */
  readonly documentId: string;
  readonly holder: PartyId;
  readonly issue: IssueId;
  readonly stance: Stance;
  readonly evidence: Span;
}

/** One verdict to record. For `added`, the target is the new position itself and `fields` its other fields. */
export interface ReviewInput {
  readonly target: ReviewTarget;
  readonly reviewer: string;
  readonly verdict: Verdict;
  readonly fields?: ReviewFields;
  readonly note?: string;
}

/** A stored review, with what analysis needs of its document. */
export interface Review {
  readonly id: string;
  readonly target: ReviewTarget;
  /** The document's name (as positions carry it in `doc`). */
  readonly doc: string;
  /** The target's evidence with its quote. */
  readonly evidence: Evidence;
  readonly reviewer: string;
  readonly verdict: Verdict;
  readonly fields: ReviewFields;
  readonly note: string;
  /** When the verdict was last given (ISO timestamp). */
  readonly at: string;
  /** The document's metadata, so an added position can stand as a record. */
  readonly document: {
    readonly date?: string;
    readonly url?: string;
    readonly title?: string;
    readonly outlet?: string;
    readonly duplicateOf?: string;
    /** A newer text at the same URL replaced this document: its reviews can no longer apply. */
    readonly replaced: boolean;
  };
}

/** One change in the audit log: who did what when, and the review before and after (absent when there was none). */
export interface ReviewChange {
  readonly id: string;
  readonly reviewer: string;
  readonly action: 'review' | 'undo';
  readonly reviewId: string;
  readonly before?: ReviewSnapshot;
  readonly after?: ReviewSnapshot;
  readonly at: string;
  /** For a `review` change that was undone: when. */
  readonly undoneAt?: string;
}

/** A review as the audit log keeps it: the verdict and its target, without the document's metadata. */
export type ReviewSnapshot = Pick<Review, 'target' | 'reviewer' | 'verdict' | 'fields' | 'note' | 'at'>;

/** How a position stands after reviews: no verdict yet, or the verdict that keeps it in analysis. */
export type ReviewStatus = 'unreviewed' | 'confirmed' | 'corrected' | 'added';

/** The review a record carries once reviews are applied. */
export interface ReviewMark {
  readonly status: ReviewStatus;
  readonly reviewer?: string;
  readonly reviewId?: string;
  readonly at?: string;
}

/** Whether two half-open spans share at least one code unit, and how many. */
export function spanOverlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Why a review cannot be recorded, naming the field, or undefined when it can: a correction must change
 * something, a confirmation or rejection carries no fields, and an addition's evidence is not empty.
 */
export function reviewInputProblem({ target, reviewer, verdict, fields = {} }: ReviewInput): string | undefined {
  if (reviewer.trim() === '') return 'reviewer: must be a name';
  if (!VERDICTS.includes(verdict)) return `verdict: must be one of ${VERDICTS.join(', ')} (got ${JSON.stringify(verdict)})`;
  const named = Object.keys(fields);
  const unknown = named.find((name) => !(REVIEW_FIELD_NAMES as readonly string[]).includes(name));
  if (unknown !== undefined) return `fields.${unknown}: not a position field (${REVIEW_FIELD_NAMES.join(', ')})`;
  if (verdict === 'corrected' && named.length === 0) return `fields: a correction names at least one of ${REVIEW_FIELD_NAMES.join(', ')}`;
  if ((verdict === 'confirmed' || verdict === 'rejected') && named.length > 0) return `fields: a ${verdict} position takes no fields; use a correction`;
  const { start, end } = target.evidence;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return `evidence: ${start}–${end} is not a span of the text`;
  if (verdict === 'added' && end === start) return 'evidence: an added position needs the text that states it';
  return undefined;
}
