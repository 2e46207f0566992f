/** What every route module is handed: the store, the active pack and the shared helpers. */
import type { Mode, Pack, PositionRecord } from '../core/index.ts';
import type { IngestExtractor } from '../ingest/index.ts';
import type { ReadOptions } from '../read/index.ts';
import { reviewedPositions } from '../review/index.ts';
import type { Store } from '../store/index.ts';
import type { ReviewerToken } from './bearer-token.ts';
import type { DocumentDirectory } from './document-directory.ts';
import { stateMediaParty } from './document-view.ts';
import type { StoreResultCache } from './result-cache.ts';

/** The dependencies of the routes, wired once by `buildApp`. */
export interface ApiContext {
  readonly store: Store;
  readonly pack: Pack;
  readonly directory: DocumentDirectory;
  /** Extracts posted documents off the event loop, each within the time budget. */
  readonly extractor: IngestExtractor;
  /** Results of reads over the whole store, kept until the store changes. */
  readonly cache: StoreResultCache;
  /** Tokens accepted for writes; empty when writes are disabled. */
  readonly writeTokens: readonly string[];
  /** Who each write token belongs to, so a review carries its reviewer's name. */
  readonly reviewers: readonly ReviewerToken[];
  /** How posted URLs are fetched: time limit and allowed internal addresses. */
  readonly read: Pick<ReadOptions, 'fetchTimeoutMs' | 'fetchAllow'>;
  /** How many writes one client may make per minute. */
  readonly writesPerMinute: number;
}

/** The record filters the analysis and deal routes share with the dashboard's filter bar. */
export interface RecordFilter {
  /** Only records from these outlets, when given. */
  readonly outlets?: readonly string[];
  readonly mode?: Mode;
  /** Leave out records published by an outlet the pack lists as some party's state media. */
  readonly excludeStateMedia?: boolean;
  /** Only positions a reviewer confirmed, corrected or added. */
  readonly reviewed?: boolean;
  /** Only this reviewer's verdicts count. */
  readonly reviewer?: string;
}

/** The query string of the analysis routes: the shared filters, and a party and an issue where a route takes them. */
export interface AnalysisQuery {
  readonly since?: string;
  readonly until?: string;
  readonly outlet?: string[];
  readonly mode?: Mode;
  readonly excludeStateMedia?: boolean;
  readonly party?: string;
  readonly issue?: string;
  readonly reviewed?: boolean;
  readonly reviewer?: string;
}

/** The record filter of a query string. */
export function recordFilter({ outlet, mode, excludeStateMedia, reviewed, reviewer }: AnalysisQuery): RecordFilter {
  return {
    ...(outlet === undefined ? {} : { outlets: outlet }),
    ...(mode === undefined ? {} : { mode }),
    ...(excludeStateMedia === undefined ? {} : { excludeStateMedia }),
    ...(reviewed === undefined ? {} : { reviewed }),
    ...(reviewer === undefined ? {} : { reviewer }),
  };
}

/**
 * The records analysis reads, with reviews applied (docs/review.md). Dates are left to the analysis functions, which need history before a
 * window (a shift's starting state) and treat undated records by their own rule.
 */
export async function loadRecords(store: Store, pack: Pack, { outlets, mode, excludeStateMedia = false, reviewed = false, reviewer }: RecordFilter): Promise<PositionRecord[]> {
  const records = await reviewedPositions(store, outlets?.length === 1 ? { outlet: outlets[0]! } : {}, { reviewedOnly: reviewed, ...(reviewer === undefined ? {} : { reviewer }) });
  const wantedOutlets = outlets !== undefined && outlets.length > 1 ? new Set(outlets) : undefined;
  return records.filter((record) =>
    (mode === undefined || record.mode === mode)
    && (wantedOutlets === undefined || wantedOutlets.has(record.outlet))
    && !(excludeStateMedia && record.outlet !== '' && stateMediaParty(record.outlet, pack) !== undefined));
}
