/** What other layers may import from the store: the interface, the queue interface and `openStore`. */
export type {
  DocumentFingerprint, DocumentQuery, DocumentSummary, IngestCounts, IngestFailure, IngestRun, NearDuplicateMatch,
  PositionFilter, PutDocumentMeta, PutResult, PutStatus, SignatureCandidate, Store, StoredDocument,
} from './store.ts';
export type { DeadJob, Job, JobQueue, JobState, QueueCounts, RunningJob } from './job-queue.ts';
export { DEFAULT_DATABASE, openStore, type OpenStoreOptions } from './open-store.ts';
export type { PostgresJobQueueOptions } from './postgres/postgres-job-queue.ts';
