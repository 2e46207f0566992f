/** Reviewed positions as gold: the rows `redlines eval --gold` and `redlines train --gold` read (docs/positions.md). */
import { toPositionRow, type PositionRecord, type PositionRow } from '../core/index.ts';

/** One gold row per reviewed position (confirmed, corrected or added), in the contract's format with evidence offsets. */
export function goldRows(records: readonly PositionRecord[]): PositionRow[] {
  return records
    .filter((record) => record.review !== undefined && record.review.status !== 'unreviewed')
    .map(({ doc, holder, issue, stance, strength, mode, speaker, intermediary, outlet, conditions, evidence, confidence, extractor }) =>
      toPositionRow({ doc, holder, issue, stance, strength, mode, speaker, intermediary, outlet, conditions, evidence, confidence, extractor }));
}
