/** What other layers may import from the store: the interface, the queue interface and `openStore`. */
export type {
  DocumentFingerprint, DocumentQuery, DocumentSummary, IngestCounts, IngestFailure, IngestRun, NearDuplicateMatch,
  PositionFilter, PutDocumentMeta, PutResult, PutStatus, ReviewQuery, SignatureCandidate, Store, StoredDocument,
} from './store.ts';
export type { DeadJob, Job, JobQueue, JobState, QueueCounts, RunningJob } from './job-queue.ts';
export type { FeedItemKey, FeedState, FiredAlert, NewAlert, WatchState } from './watch-state.ts';
export { DEFAULT_DATABASE, openStore, type OpenStoreOptions } from './open-store.ts';
export type { PostgresJobQueueOptions } from './postgres/postgres-job-queue.ts';
