/** The `Store` interface: what ingest, analysis and the adapters need from a position database. */
import type { Doc, Mode, Pack, Position, PositionRecord, Review, ReviewChange, ReviewInput, Stance, Strength } from '../core/index.ts';
import type { JobQueue } from './job-queue.ts';
import type { WatchState } from './watch-state.ts';

/** What storing a document did: `unchanged` means the store already held the same URL or content. */
export type PutStatus = 'new' | 'unchanged' | 'new-version' | 'near-duplicate';

/** How a document is recognised again: exactly (content hash) and approximately (MinHash bands). */
export interface DocumentFingerprint {
  /** sha256 (hex) of the normalized text. */
  readonly contentHash: string;
  /** The near-duplicate signature, serialized; only `findOriginal` interprets it. */
  readonly signature: string;
  /** Locality-sensitive band keys: documents sharing one are near-duplicate candidates. */
  readonly bands: readonly number[];
}

/** A stored document's signature, offered to `findOriginal` as a near-duplicate candidate. */
export interface SignatureCandidate {
  readonly id: string;
  readonly signature: string;
}

/** The original a near-duplicate is linked to, with the estimated similarity in [0, 1]. */
export interface NearDuplicateMatch {
  readonly id: string;
  readonly similarity: number;
}

/** Everything `putDocument` needs besides the document and its positions. */
export interface PutDocumentMeta {
  readonly fingerprint: DocumentFingerprint;
  /** The id of the extractor that produced the positions (`Extractor.id`, e.g. `rules@<version>`). */
  readonly extractor: string;
  /** The pack the positions were extracted with, as `id@version`. */
  readonly pack: string;
  /** Picks the original among candidates sharing a band, or none; the policy stays with the caller. */
  readonly findOriginal: (candidates: readonly SignatureCandidate[]) => NearDuplicateMatch | undefined;
}

/** The result of `putDocument`: the status and the id of the stored (or already present) document. */
export interface PutResult {
  readonly status: PutStatus;
  readonly id: string;
  /** For `near-duplicate`: the original it was linked to. */
  readonly duplicateOf?: string;
  readonly similarity?: number;
}

/** A document as stored: the `Doc` plus the store's bookkeeping. */
export interface StoredDocument {
  readonly id: string;
  readonly doc: Doc;
  readonly contentHash: string;
  /** 1 for the first text seen at a URL, then 2, 3… for changed texts at the same URL. */
  readonly version: number;
  /** The id of the newer version that replaced this one, if any. */
  readonly replacedBy?: string;
  readonly duplicateOf?: string;
  readonly similarity?: number;
  readonly extractor: string;
  readonly pack: string;
  readonly ingestedAt: string;
  readonly positionCount: number;
}

/** One line of a document listing. */
export interface DocumentSummary {
  readonly id: string;
  readonly name: string;
  readonly url?: string;
  readonly date?: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly version: number;
  readonly duplicateOf?: string;
  readonly positionCount: number;
}

/** Which documents to list; `search` is full-text over title and text. */
export interface DocumentQuery {
  readonly search?: string;
  readonly limit?: number;
  /** List documents with an id greater than this, for paging through everything. */
  readonly afterId?: string;
  /** Include versions replaced by a newer text at the same URL. */
  readonly includeReplaced?: boolean;
}

/** Which positions to return; every field narrows the result. Dates are ISO `YYYY-MM-DD`, inclusive. */
export interface PositionFilter {
  readonly party?: string;
  readonly issue?: string;
  readonly stance?: Stance;
  readonly strength?: Strength;
  readonly mode?: Mode;
  readonly since?: string;
  readonly until?: string;
  readonly outlet?: string;
  /** Only the positions of this document (the store's id). */
  readonly documentId?: string;
  /** Leave out positions of near-duplicate documents, so a wire story counts once. */
  readonly excludeDuplicates?: boolean;
  readonly limit?: number;
  /** Return positions with an id greater than this, for paging through everything. */
  readonly afterId?: string;
  /** Only positions of these documents (store ids). */
  readonly documentIds?: readonly string[];
}

/** Counts of one ingest run. */
export interface IngestCounts {
  readonly new: number;
  readonly unchanged: number;
  readonly newVersion: number;
  readonly nearDuplicate: number;
  readonly failed: number;
}

/** One failed item of an ingest run. */
export interface IngestFailure {
  readonly source: string;
  readonly reason: string;
}

/** A recorded ingest run. */
export interface IngestRun {
  readonly id: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly sources: readonly string[];
  readonly pack: string;
  readonly extractor: string;
  readonly counts?: IngestCounts;
  readonly failures: readonly IngestFailure[];
}

/** Which reviews to list; every field narrows the result. */
export interface ReviewQuery {
  readonly reviewer?: string;
  readonly documentId?: string;
}

/** A persistent, idempotent position database. Engines live in `sqlite/` and `postgres/`. */
export interface Store {
  /** The job queue for scale-out ingest, where the engine has one (PostgreSQL). */
  readonly queue?: JobQueue;
  /** What `redlines watch` keeps between polls: feed state, items seen, alerts fired and delivered. */
  readonly watch: WatchState;
  /** Stores a document and its positions in one transaction; recognises known and near-duplicate texts. */
  putDocument(doc: Doc, positions: readonly Position[], meta: PutDocumentMeta): Promise<PutResult>;
  /** The id of the document stored with this content hash, if any (lets ingest skip extraction). */
  findContent(contentHash: string): Promise<string | undefined>;
  /** Replaces a document's positions atomically and records the extractor and pack that produced them. */
  replacePositions(documentId: string, positions: readonly Position[], extractor: string, pack: string): Promise<void>;
  /** Positions matching the filter, with their documents' metadata, in id order. */
  queryPositions(filter?: PositionFilter): Promise<PositionRecord[]>;
  /** Documents in id order, or by full-text relevance when searching. */
  listDocuments(query?: DocumentQuery): Promise<DocumentSummary[]>;
  /** One document by the store's id, or undefined. */
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** Records a pack with its parties and issues (replacing an earlier copy of the same id and version). */
  putPack(pack: Pack): Promise<void>;
  /** Opens an ingest run record and returns its id. */
  startRun(run: { sources: readonly string[]; pack: string; extractor: string }): Promise<string>;
  /** Closes an ingest run record with its counts and failures. */
  finishRun(id: string, counts: IngestCounts, failures: readonly IngestFailure[]): Promise<void>;
  /** Ingest runs, newest first. */
  listRuns(limit?: number): Promise<IngestRun[]>;
  /**
   * Records a reviewer's verdict on a position identity (docs/review.md). The same reviewer's earlier verdict on
   * that identity (evidence overlapping) is replaced; the change goes to the audit log. Throws naming the bad field.
   */
  putReview(input: ReviewInput): Promise<Review>;
  /** Reviews in the order they were first given; they outlive re-extraction, since they attach to identities, not rows. */
  listReviews(query?: ReviewQuery): Promise<Review[]>;
  /** Reverts the reviewer's latest change not yet undone (an undo is logged too); undefined when nothing is left to undo. */
  undoReview(reviewer: string): Promise<ReviewChange | undefined>;
  /** The audit log of reviews, newest first: who changed what, when, with the review before and after. */
  reviewLog(query?: { reviewer?: string; limit?: number }): Promise<ReviewChange[]>;
  /**
   * A counter that grows with every committed write to documents or positions, from this process or any other:
   * results computed from the store stay valid while it holds (the API caches analyses under it).
   */
  changeVersion(): Promise<number>;
  /** Releases the connection(s). */
  close(): Promise<void>;
}
