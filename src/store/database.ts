/** The tables every engine shares, as Kysely sees them. Ids are integers; the `Store` API shows them as strings. */
import type { Generated } from 'kysely';

/** One text of an article; a changed text at the same URL is a new row with the next version. */
export interface DocumentsTable {
  id: Generated<number>;
  name: string;
  url: string | null;
  content_hash: string;
  date: string | null;
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
  store_version: StoreVersionTable;
}
