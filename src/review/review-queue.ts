/**
 * The review queue: unreviewed positions, those that decide the analysis first — a red line, a side of a
 * collision, a statement of a shift — then the least confident.
 */
import { collisions, shifts, type EvidenceRef } from '../analyse/index.ts';
import type { Pack, PositionRecord } from '../core/index.ts';

/** Why a position is worth an analyst's look before others. */
export type QueueReason = 'red line' | 'collision' | 'shift';

/** One position to review, with the reasons it comes where it does. */
export interface QueueItem {
  readonly record: PositionRecord;
  readonly reasons: readonly QueueReason[];
}

/** The unreviewed positions among `records` (reviews applied), most decisive first, then least confident; `limit` cuts the list. */
export function reviewQueue(records: readonly PositionRecord[], pack: Pack, { limit }: { limit?: number } = {}): QueueItem[] {
  const cited = (refs: readonly EvidenceRef[]) => refs.map((ref) => ref.recordId);
  const inCollision = new Set(collisions(records, pack).collisions.flatMap((collision) => collision.sides.flatMap((side) => cited(side.support))));
  const inShift = new Set(shifts(records).shifts.flatMap((shift) => [...cited(shift.before), ...cited(shift.after)]));
  const items = records
    .filter((record) => record.review === undefined || record.review.status === 'unreviewed')
    .map((record): QueueItem => ({
      record,
      reasons: [
        ...(record.strength === 'red_line' ? ['red line' as const] : []),
        ...(inCollision.has(record.id) ? ['collision' as const] : []),
        ...(inShift.has(record.id) ? ['shift' as const] : []),
      ],
    }));
  items.sort((a, b) => b.reasons.length - a.reasons.length || a.record.confidence - b.record.confidence || Number(a.record.id) - Number(b.record.id));
  return limit === undefined ? items : items.slice(0, limit);
}
