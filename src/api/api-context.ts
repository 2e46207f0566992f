/** What every route module is handed: the store, the active pack and the shared helpers. */
import type { Mode, Pack, PositionRecord } from '../core/index.ts';
import type { ReadOptions } from '../read/index.ts';
import { reviewedPositions } from '../review/index.ts';
import type { Store } from '../store/index.ts';
import type { ReviewerToken } from './bearer-token.ts';
import type { DocumentDirectory } from './document-directory.ts';

/** The dependencies of the routes, wired once by `buildApp`. */
export interface ApiContext {
  readonly store: Store;
  readonly pack: Pack;
  readonly directory: DocumentDirectory;
  /** Tokens accepted for writes; empty when writes are disabled. */
  readonly writeTokens: readonly string[];
  /** Who each write token belongs to, so a review carries its reviewer's name. */
  readonly reviewers: readonly ReviewerToken[];
  /** How posted URLs are fetched: time limit and allowed internal addresses. */
  readonly read: Pick<ReadOptions, 'fetchTimeoutMs' | 'fetchAllow'>;
  /** How many writes one client may make per minute. */
  readonly writesPerMinute: number;
}

/** The record filters the analysis routes share with the dashboard's filter bar. */
export interface RecordFilter {
  readonly outlet?: string;
  readonly mode?: Mode;
  /** Only positions a reviewer confirmed, corrected or added. */
  readonly reviewed?: boolean;
  /** Only this reviewer's verdicts count. */
  readonly reviewer?: string;
}

/**
 * The records analysis reads, with reviews applied (docs/review.md). Dates are left to the analysis functions, which need history before a
 * window (a shift's starting state) and treat undated records by their own rule.
 */
export async function loadRecords(store: Store, { outlet, mode, reviewed = false, reviewer }: RecordFilter): Promise<PositionRecord[]> {
  const records = await reviewedPositions(store, outlet === undefined ? {} : { outlet }, { reviewedOnly: reviewed, ...(reviewer === undefined ? {} : { reviewer }) });
  return mode === undefined ? records : records.filter((record) => record.mode === mode);
}
