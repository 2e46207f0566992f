/** The positions analysis reads: the store's, with reviews applied (see apply-reviews.ts). */
import type { PositionRecord, Review } from '../core/index.ts';
import type { PositionFilter, Store } from '../store/index.ts';
import { applyReviews, type ReviewOptions } from './apply-reviews.ts';

/**
 * The store's positions matching `filter`, reviewed. A correction can move a position into the filter
 * (another holder, issue, stance or strength) and an addition is no stored row, so the documents they
 * concern are read whole and the filter is applied again after the reviews.
 */
export async function reviewedPositions(store: Store, filter: PositionFilter = {}, options: ReviewOptions = {}): Promise<PositionRecord[]> {
  const reviews = await store.listReviews(options.reviewer === undefined ? {} : { reviewer: options.reviewer });
  const records = await store.queryPositions(filter);
  const narrowed = filter.party !== undefined || filter.issue !== undefined || filter.stance !== undefined || filter.strength !== undefined || filter.mode !== undefined;
  if (narrowed) {
    const moved = reviews.filter((review) => review.verdict === 'corrected' || review.verdict === 'added');
    const seen = new Set(records.map((record) => record.id));
    for (const documentId of new Set(moved.map((review) => review.target.documentId))) {
      const whole = await store.queryPositions({ ...windowOf(filter), documentId });
      records.push(...whole.filter((record) => !seen.has(record.id)));
    }
  }
  const { records: reviewed } = applyReviews(records, reviews, options);
  return reviewed.filter((record) => matchesFilter(record, filter));
}

/** The reviews that no longer find their position: after a re-extraction, what an analyst should look at again. */
export async function orphanedReviews(store: Store, options: Pick<ReviewOptions, 'reviewer'> = {}): Promise<readonly Review[]> {
  const reviews = await store.listReviews(options.reviewer === undefined ? {} : { reviewer: options.reviewer });
  if (reviews.length === 0) return [];
  return applyReviews(await store.queryPositions(), reviews, options).orphaned;
}

function windowOf({ since, until, outlet, excludeDuplicates }: PositionFilter): PositionFilter {
  return {
    ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until }),
    ...(outlet === undefined ? {} : { outlet }), ...(excludeDuplicates === undefined ? {} : { excludeDuplicates }),
  };
}

/** The store's filter, on a record in memory (the same rules as its SQL: an undated record is outside any date bound). */
function matchesFilter(record: PositionRecord, filter: PositionFilter): boolean {
  const { party, issue, stance, strength, mode, since, until, outlet, documentId, excludeDuplicates, afterId } = filter;
  return (party === undefined || record.holder === party)
    && (issue === undefined || record.issue === issue)
    && (stance === undefined || record.stance === stance)
    && (strength === undefined || record.strength === strength)
    && (mode === undefined || record.mode === mode)
    && (since === undefined || (record.date !== undefined && record.date >= since))
    && (until === undefined || (record.date !== undefined && record.date <= until))
    && (outlet === undefined || record.outlet === outlet)
    && (documentId === undefined || record.documentId === documentId)
    && (excludeDuplicates !== true || record.duplicateOf === undefined)
    // Paging goes by stored ids; a position an analyst added has none and comes with the first page.
    && (afterId === undefined || (/^\d+$/.test(record.id) && Number(record.id) > Number(afterId)));
}
