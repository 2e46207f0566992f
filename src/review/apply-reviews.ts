/**
 * How reviews change the positions analysis reads (docs/review.md): a position takes the latest verdict
 * given on its identity — same document, holder, issue and stance, evidence overlapping — by any reviewer
 * (or by the one reviewer asked for). Rejected positions leave, corrected ones take the corrected fields,
 * added ones join, and the rest are marked unreviewed.
 */
import { spanOverlap, type PositionRecord, type Review, type ReviewMark, type ReviewStatus } from '../core/index.ts';

/** Whose verdicts count, and whether unreviewed positions stay. */
export interface ReviewOptions {
  /** Only this reviewer's verdicts; by default the latest verdict of any reviewer. */
  readonly reviewer?: string;
  /** Leave out positions no reviewer has judged. */
  readonly reviewedOnly?: boolean;
}

/** The records with reviews applied, and the reviews that found no position to apply to. */
export interface AppliedReviews {
  readonly records: readonly PositionRecord[];
  /** Reviews whose position is no longer extracted (or whose document a newer version replaced). */
  readonly orphaned: readonly Review[];
}

const UNREVIEWED: ReviewMark = { status: 'unreviewed' };

/** Applies `reviews` to `records`; see the module comment for the policy. */
export function applyReviews(records: readonly PositionRecord[], reviews: readonly Review[], { reviewer, reviewedOnly = false }: ReviewOptions = {}): AppliedReviews {
  const counted = reviews.filter((review) => reviewer === undefined || review.reviewer === reviewer);
  const orphaned: Review[] = counted.filter((review) => review.document.replaced);
  const byIdentity = new Map<string, Review[]>();
  for (const review of counted) {
    if (review.document.replaced) continue;
    const key = identityKey(review.target.documentId, review.target.holder, review.target.issue, review.target.stance);
    byIdentity.set(key, [...(byIdentity.get(key) ?? []), review]);
  }
  const used = new Set<Review>();
  const result: PositionRecord[] = [];
  for (const record of records) {
    const candidates = byIdentity.get(identityKey(record.documentId, record.holder, record.issue, record.stance));
    const matching = candidates?.filter((review) => spanOverlap(review.target.evidence, record.evidence) > 0) ?? [];
    for (const review of matching) used.add(review);
    const verdict = latest(matching);
    if (verdict === undefined) {
      if (!reviewedOnly) result.push({ ...record, review: UNREVIEWED });
    } else if (verdict.verdict !== 'rejected') {
      // An addition the extractor now finds too keeps the fields the analyst chose.
      result.push({ ...record, ...(verdict.verdict === 'confirmed' ? {} : verdict.fields), review: markOf(verdict, verdict.verdict) });
    }
  }
  for (const cluster of clusters(counted.filter((review) => !review.document.replaced && !used.has(review)))) {
    const added = latest(cluster.filter((review) => review.verdict === 'added'));
    if (added === undefined) {
      orphaned.push(...cluster);
      continue;
    }
    const verdict = latest(cluster)!;
    if (verdict.verdict !== 'rejected') result.push(addedRecord(added, verdict));
  }
  return { records: result, orphaned };
}

function identityKey(documentId: string, holder: string, issue: string, stance: string): string {
  return `${documentId}\u0000${holder}\u0000${issue}\u0000${stance}`;
}

/** The verdict given last; on the same instant, the one recorded last. */
function latest(reviews: readonly Review[]): Review | undefined {
  let best: Review | undefined;
  for (const review of reviews) {
    if (best === undefined || review.at > best.at || (review.at === best.at && Number(review.id) > Number(best.id))) best = review;
  }
  return best;
}

function markOf(review: Review, status: ReviewStatus): ReviewMark {
  return { status, reviewer: review.reviewer, reviewId: review.id, at: review.at };
}

/** Groups reviews that name one identity with overlapping evidence: several reviewers' verdicts on one added position. */
function clusters(reviews: readonly Review[]): Review[][] {
  const groups: Review[][] = [];
  for (const review of reviews) {
    const { documentId, holder, issue, stance, evidence } = review.target;
    const group = groups.find((members) => members.some(({ target }) => target.documentId === documentId && target.holder === holder
      && target.issue === issue && target.stance === stance && spanOverlap(target.evidence, evidence) > 0));
    if (group) group.push(review);
    else groups.push([review]);
  }
  return groups;
}

/** The position an analyst added, as a record; a later correction of it by another reviewer applies on top. */
function addedRecord(added: Review, verdict: Review): PositionRecord {
  const { fields, document } = added;
  const corrected = verdict.verdict === 'corrected' ? verdict.fields : {};
  return {
    id: `added-${added.id}`,
    documentId: added.target.documentId,
    doc: added.doc,
    holder: added.target.holder,
    issue: added.target.issue,
    stance: added.target.stance,
    strength: fields.strength ?? 'firm',
    mode: fields.mode ?? 'characterized',
    speaker: fields.speaker ?? '',
    intermediary: fields.intermediary ?? '',
    outlet: document.outlet ?? '',
    conditions: fields.conditions ?? [],
    evidence: added.evidence,
    confidence: 1,
    extractor: `review:${added.reviewer}`,
    ...(document.date === undefined ? {} : { date: document.date }),
    ...(document.url === undefined ? {} : { url: document.url }),
    ...(document.title === undefined ? {} : { title: document.title }),
    ...(document.duplicateOf === undefined ? {} : { duplicateOf: document.duplicateOf }),
    ...corrected,
    review: markOf(verdict, 'added'),
  };
}
