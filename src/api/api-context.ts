/** What every route module is handed: the store, the active pack and the shared helpers. */
import type { Mode, Pack, PositionRecord } from '../core/index.ts';
import type { IngestExtractor } from '../ingest/index.ts';
import type { ReadOptions } from '../read/index.ts';
import type { Store } from '../store/index.ts';
import type { DocumentDirectory } from './document-directory.ts';
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
  /** How posted URLs are fetched: time limit and allowed internal addresses. */
  readonly read: Pick<ReadOptions, 'fetchTimeoutMs' | 'fetchAllow'>;
  /** How many writes one client may make per minute. */
  readonly writesPerMinute: number;
}

/** The record filters the analysis routes share with the dashboard's filter bar. */
export interface RecordFilter {
  readonly outlet?: string;
  readonly mode?: Mode;
}

/**
 * The records analysis reads. Dates are left to the analysis functions, which need history before a
 * window (a shift's starting state) and treat undated records by their own rule.
 */
export async function loadRecords(store: Store, { outlet, mode }: RecordFilter): Promise<PositionRecord[]> {
  return store.queryPositions({ ...(outlet === undefined ? {} : { outlet }), ...(mode === undefined ? {} : { mode }) });
}
