/**
 * One poll of one watched feed or page: a conditional request, then every item not seen before through the ingest
 * pipeline. The feed's validators are saved only once all its items are stored, so a poll cut short (a crash, kill -9)
 * is repeated in full next time, and the items it had stored are recognised and skipped.
 */
import type { Doc, Pack } from '../core/index.ts';
import { contentHash, ingestDocument, type Extractor, type IngestItemResult } from '../ingest/index.ts';
import { readSource, readUrlIfChanged, type LinkedItem, type ReadOptions } from '../read/index.ts';
import type { FeedItemKey, FeedState, Store } from '../store/index.ts';
import type { WatchedSource } from './watch-config.ts';

// However often a source fails, it is tried again at least once a day.
const MAX_BACKOFF_MS = 86_400_000;

/** What one poll did. */
export interface PollOutcome {
  readonly url: string;
  /** `changed`: read (with or without new items); `not-modified`: 304; `failed`: an error, now backing off. */
  readonly status: 'changed' | 'not-modified' | 'failed';
  /** The items new to the watcher, each as ingest handled it. */
  readonly items: readonly IngestItemResult[];
  readonly error?: string;
}

/** Everything a poll needs besides the source. */
export interface PollContext {
  readonly store: Store;
  readonly pack: Pack;
  readonly extractor: Extractor;
  readonly read?: ReadOptions;
}

/** Whether `source` is due at `now`: never polled, its interval passed, and not backing off. */
export function isDue(source: WatchedSource, state: FeedState | undefined, now: Date): boolean {
  return now.getTime() >= nextPollTime(source, state);
}

/** When `source` is next due (ms since the epoch). */
export function nextPollTime(source: WatchedSource, state: FeedState | undefined): number {
  if (state?.polledAt === undefined) return 0;
  const interval = Date.parse(state.polledAt) + source.everyMs;
  return state.retryAt === undefined ? interval : Math.max(interval, Date.parse(state.retryAt));
}

/** Polls `source` once at `now`; never throws for a bad feed, recording the error and the backoff instead. */
export async function pollSource(source: WatchedSource, { store, pack, extractor, read = {} }: PollContext, now = new Date()): Promise<PollOutcome> {
  const { url } = source;
  const state = await store.watch.feedState(url) ?? { url, failures: 0 };
  const polledAt = now.toISOString();
  const fail = async (error: string): Promise<PollOutcome> => {
    const failures = state.failures + 1;
    // Each error in a row doubles the wait, starting from the source's own interval.
    const retryAt = new Date(now.getTime() + Math.min(source.everyMs * 2 ** (failures - 1), MAX_BACKOFF_MS)).toISOString();
    await store.watch.saveFeedState({ ...withoutError(state), failures, retryAt, polledAt, lastError: error });
    return { url, status: 'failed', items: [], error };
  };
  const validators = { ...(state.etag === undefined ? {} : { etag: state.etag }), ...(state.lastModified === undefined ? {} : { lastModified: state.lastModified }) };
  const response = await readUrlIfChanged(url, validators, read);
  if ('notModified' in response) {
    await store.watch.saveFeedState({ ...withoutError(state), failures: 0, polledAt });
    return { url, status: 'not-modified', items: [] };
  }
  const linked = response.linkedItems ?? [];
  if (response.docs.length === 0 && linked.length === 0) {
    const reasons = response.messages.filter((message) => message.severity !== 'info').map((message) => message.reason);
    return fail(reasons.length > 0 ? reasons.join('; ') : 'no documents in the response');
  }
  const items: IngestItemResult[] = [];
  const ingestItem = async (key: FeedItemKey, doc: Doc): Promise<void> => {
    const item = await ingestDocument(store, doc, { pack, extractor });
    items.push(item);
    // A failed item is not recorded, so the next poll tries it again.
    if (item.status !== 'failed') await store.watch.addItem(key, item.documentId);
  };
  for (const doc of response.docs) {
    const key = { feed: url, item: itemName(doc), contentHash: contentHash(doc.text) };
    if (!(await store.watch.hasItem(key))) await ingestItem(key, doc);
  }
  // An item without text is its linked article: fetched once (main content, as any page), dated by the feed if it is not.
  for (const link of linked) {
    const key = { feed: url, item: link.url, contentHash: LINKED_ITEM };
    if (await store.watch.hasItem(key)) continue;
    const page = await readSource(link.url, read);
    const failure = page.messages.find((message) => message.severity === 'error');
    if (page.docs.length === 0) items.push({ source: link.url, status: 'failed', positions: 0, reason: failure?.reason ?? 'no text at the link' });
    for (const doc of page.docs) await ingestItem(key, withFeedDate(doc, link));
  }
  // With a failed item the validators are not kept, so the next poll reads the feed again and retries it.
  const complete = items.every((item) => item.status !== 'failed');
  await store.watch.saveFeedState({
    url, failures: 0, polledAt,
    ...(response.etag === undefined || !complete ? {} : { etag: response.etag }),
    ...(response.lastModified === undefined || !complete ? {} : { lastModified: response.lastModified }),
  });
  return { url, status: 'changed', items };
}

// The content hash recorded for a linked item: its page is fetched once, whatever it later becomes.
const LINKED_ITEM = 'linked';

/** A fetched article without a date of its own takes its feed item's (the feed's word beats the server's headers). */
function withFeedDate(doc: Doc, { date }: LinkedItem): Doc {
  if (date === undefined || (doc.date !== undefined && doc.dateSource !== 'http-last-modified' && doc.dateSource !== 'http-date')) return doc;
  return { ...doc, date, dateSource: 'feed-item' };
}

/** How an item is known again: its link, else the name the reader gave it. */
function itemName(doc: Doc): string {
  return doc.url ?? doc.id;
}

function withoutError({ retryAt: _retryAt, lastError: _lastError, ...state }: FeedState): FeedState {
  return state;
}
