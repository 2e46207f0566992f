/** The tables every engine shares, as Kysely sees them. Ids are integers; the `Store` API shows them as strings. */
import type { Generated } from 'kysely';

/** One text of an article; a changed text at the same URL is a new row with the next version. */
export interface DocumentsTable {
  id: Generated<number>;
  name: string;
  url: string | null;
  content_hash: string;
  date: string | null;
  /** Where `date` came from (`Doc.dateSource`). */
  date_source: string | null;
  outlet: string | null;
  title: string | null;
  text: string;
  /** JSON of the Doc's structure (body, title span, paragraphs, messages) so it can be rebuilt exactly. */
  layout: string;
  version: number;
  replaced_by: number | null;
  duplicate_of: number | null;
  similarity: number | null;
  signature: string;
  extractor: string;
  pack: string;
  ingested_at: string;
}

/** MinHash band keys, indexed so near-duplicate candidates are found without scanning. */
export interface DocumentBandsTable {
  band: number;
  document_id: number;
}

/** One row per position; `date` is copied from the document so filters on party and date use one index. */
export interface PositionsTable {
  id: Generated<number>;
  document_id: number;
  doc: string;
  holder: string;
  issue: string;
  stance: string;
  strength: string;
  mode: string;
  speaker: string;
  intermediary: string;
  outlet: string;
  /** JSON array of issue ids. */
  conditions: string;
  evidence_start: number;
  evidence_end: number;
  quote: string;
  confidence: number;
  extractor: string;
  date: string | null;
  /** The day the text dates the statement, its phrase and the phrase's offsets; null when it does not. */
  stated_on: string | null;
  stated_on_phrase: string | null;
  stated_on_start: number | null;
  stated_on_end: number | null;
}

/** Packs that positions were extracted with. */
export interface PacksTable {
  id: string;
  version: string;
  name: string;
  stored_at: string;
}

/** A pack's parties. */
export interface PartiesTable {
  pack_id: string;
  pack_version: string;
  id: string;
  name: string;
}

/** A pack's issues (propositions). */
export interface IssuesTable {
  pack_id: string;
  pack_version: string;
  id: string;
  proposition: string;
}

/** One `redlines ingest` invocation. */
export interface IngestRunsTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string | null;
  /** JSON array of the sources named on the command line. */
  sources: string;
  pack: string;
  extractor: string;
  /** JSON of the counts, once finished. */
  counts: string | null;
  /** JSON array of `{ source, reason }`. */
  failures: string;
}

/** The scale-out queue (PostgreSQL only). */
export interface IngestJobsTable {
  id: Generated<number>;
  name: string;
  /** JSON of the Doc to ingest. */
  payload: string;
  pack: string;
  state: string;
  attempts: number;
  max_attempts: number;
  available_at: Generated<Date>;
  locked_by: string | null;
  locked_at: Date | null;
  last_error: string | null;
  document_id: number | null;
}

/** One reviewer's current verdict on one position identity (document, holder, issue, stance, evidence span). */
export interface ReviewsTable {
  id: Generated<number>;
  document_id: number;
  holder: string;
  issue: string;
  stance: string;
  evidence_start: number;
  evidence_end: number;
  quote: string;
  reviewer: string;
  verdict: string;
  /** JSON of the corrected or added fields. */
  fields: string;
  note: string;
  reviewed_at: string;
}

/** The audit log: every change to `reviews`, with the review before and after as JSON (null when absent). */
export interface ReviewLogTable {
  id: Generated<number>;
  review_id: number;
  reviewer: string;
  action: string;
  before: string | null;
  after: string | null;
  changed_at: string;
  undone_at: string | null;
}

/** A watched feed's conditional-request validators and error backoff. */
export interface WatchFeedsTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  retry_at: string | null;
  polled_at: string | null;
  last_error: string | null;
}

/** Feed items already ingested, by link or id and text hash. */
export interface WatchItemsTable {
  feed: string;
  item: string;
  content_hash: string;
  document_id: number | null;
  seen_at: string;
  /** When the alert rules ran over the item's document; null until then. */
  checked_at: string | null;
}

/** Alerts fired; `key` is unique so each fires once, ever. */
export interface AlertsTable {
  id: Generated<number>;
  key: string;
  rule: string;
  fired_at: string;
  /** JSON of what delivery sends. */
  body: string;
}

/** Which destination has received which alert. */
export interface AlertDeliveriesTable {
  alert_id: number;
  destination: string;
  delivered_at: string;
}

/** The change counter: one row, increased by every committed write that analyses would see. */
export interface StoreVersionTable {
  id: number;
  /** A bigint, which the PostgreSQL driver returns as a string. */
  version: number | string;
}

/** Every table, by name. */
export interface StoreDatabase {
  documents: DocumentsTable;
  document_bands: DocumentBandsTable;
  positions: PositionsTable;
  packs: PacksTable;
  parties: PartiesTable;
  issues: IssuesTable;
  ingest_runs: IngestRunsTable;
  ingest_jobs: IngestJobsTable;
  reviews: ReviewsTable;
  review_log: ReviewLogTable;
  watch_feeds: WatchFeedsTable;
  watch_items: WatchItemsTable;
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  store_version: StoreVersionTable;
}
