/** The `JobQueue` interface: documents waiting for any number of workers to extract and store them. */
import type { Doc } from '../core/index.ts';

/** Where a job is in its life: waiting, claimed by a worker, finished, or given up after too many attempts. */
export type JobState = 'queued' | 'running' | 'done' | 'dead';

/** A claimed job: the document to ingest and the pack to extract it with. */
export interface Job {
  readonly id: string;
  readonly doc: Doc;
  readonly pack: string;
  /** How many times it has been claimed, this claim included. */
  readonly attempts: number;
  readonly maxAttempts: number;
}

/** How many jobs are in each state. */
export type QueueCounts = Readonly<Record<JobState, number>>;

/** A job given up on, with the last error. */
export interface DeadJob {
  readonly id: string;
  readonly name: string;
  readonly attempts: number;
  readonly lastError: string;
}

/** A job a worker has claimed and not yet finished, with how long ago it claimed it. */
export interface RunningJob {
  readonly id: string;
  readonly name: string;
  readonly worker: string;
  readonly attempts: number;
  /** Seconds since the claim; past the queue's `leaseSeconds` another worker may take the job over. */
  readonly leaseAgeSeconds: number;
}

/** A durable queue that hands each job to exactly one worker at a time. */
export interface JobQueue {
  /** How long a claimed job stays its worker's before another may take it over. */
  readonly leaseSeconds: number;
  /** Adds documents to ingest with `pack`; returns how many were enqueued. */
  enqueue(docs: readonly Doc[], pack: string, options?: { maxAttempts?: number }): Promise<number>;
  /** Claims the next ready job for `worker`, or undefined when none is ready. */
  claim(worker: string): Promise<Job | undefined>;
  /** Marks a claimed job done, remembering the document it produced. */
  complete(jobId: string, documentId: string): Promise<void>;
  /** Records a failed attempt: the job is retried later, or dead once it has used all its attempts. */
  fail(jobId: string, reason: string): Promise<JobState>;
  /** How many jobs are in each state. */
  counts(): Promise<QueueCounts>;
  /** Jobs given up on. */
  deadJobs(limit?: number): Promise<DeadJob[]>;
  /** Jobs claimed and not yet finished, oldest claim first. */
  runningJobs(limit?: number): Promise<RunningJob[]>;
  /** Puts every dead job back in the queue with its attempts reset; returns how many. */
  retryDead(): Promise<number>;
}
