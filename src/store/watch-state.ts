/** What the watcher keeps in the store: each feed's conditional-request and backoff state, the items seen, alerts fired. */

/** A watched feed or page: what to send for a conditional request, and how its errors back it off. */
export interface FeedState {
  readonly url: string;
  /** The validators of the last complete poll, sent back as `If-None-Match` and `If-Modified-Since`. */
  readonly etag?: string;
  readonly lastModified?: string;
  /** Errors in a row since the last successful poll. */
  readonly failures: number;
  /** ISO time before which the feed is not polled again (set after an error). */
  readonly retryAt?: string;
  /** ISO time of the last poll, successful or not. */
  readonly polledAt?: string;
  readonly lastError?: string;
}

/** One item of a feed, as the watcher recognises it again: its link or id, and its text's hash. */
export interface FeedItemKey {
  readonly feed: string;
  readonly item: string;
  readonly contentHash: string;
}

/** An alert to fire; `key` names what it is about, so the same finding never fires twice. */
export interface NewAlert {
  readonly key: string;
  readonly rule: string;
  /** JSON-safe: what delivery sends. */
  readonly body: unknown;
}

/** An alert as fired. */
export interface FiredAlert extends NewAlert {
  readonly id: string;
  /** ISO time it fired. */
  readonly firedAt: string;
}

/** The watcher's state, kept with the positions so that a restart resumes where the last run stopped. */
export interface WatchState {
  feedState(url: string): Promise<FeedState | undefined>;
  saveFeedState(state: FeedState): Promise<void>;
  /** Whether this item, with this text, was ingested by an earlier poll. */
  hasItem(key: FeedItemKey): Promise<boolean>;
  /** Records the item as ingested (idempotent). */
  addItem(key: FeedItemKey, documentId: string | undefined): Promise<void>;
  /** Documents of items added but not yet run through the alert rules, in the order they were added. */
  uncheckedDocuments(): Promise<string[]>;
  /** Records that the alert rules have run over these documents. */
  markChecked(documentIds: readonly string[]): Promise<void>;
  /** Fires each alert whose key has never fired; returns those that fired now, in order. */
  fireAlerts(alerts: readonly NewAlert[]): Promise<FiredAlert[]>;
  /** Alerts, newest first. */
  listAlerts(limit: number): Promise<FiredAlert[]>;
  /** Alerts not yet delivered to `destination`, oldest first. */
  undeliveredAlerts(destination: string): Promise<FiredAlert[]>;
  markDelivered(alertIds: readonly string[], destination: string): Promise<void>;
}
