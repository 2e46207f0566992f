/** The watch loop: poll what is due, run the alert rules, deliver, then sleep until the next source is due. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { SourceRatings } from '../analyse/index.ts';
import type { Reliability } from '../core/index.ts';
import type { FiredAlert } from '../store/index.ts';
import type { AlertRule } from './alert-rules.ts';
import { checkAlerts } from './check-alerts.ts';
import { deliverAlerts, type Delivery, type DeliveryOutcome } from './deliver-alerts.ts';
import { isDue, nextPollTime, pollSource, type PollContext, type PollOutcome } from './poll-source.ts';
import type { WatchedSource } from './watch-config.ts';

/** What happened in the loop, for the caller to log. */
export type WatchEvent =
  | { readonly kind: 'poll'; readonly outcome: PollOutcome }
  | { readonly kind: 'alert'; readonly alert: FiredAlert }
  | { readonly kind: 'delivery'; readonly outcome: DeliveryOutcome };

/** The loop's settings. */
export interface WatchOptions extends PollContext {
  readonly sources: readonly WatchedSource[];
  readonly rules: readonly AlertRule[];
  readonly digest: boolean;
  readonly deliveries: readonly Delivery[];
  /** Outlet grades for alert evidence, and the least grade an alert's records may come from. */
  readonly ratings?: SourceRatings;
  readonly minReliability?: Reliability;
  /** One round: every source not backing off is polled now, whatever its interval, then the loop returns. */
  readonly once?: boolean;
  /** Stops the loop between rounds or while it sleeps. */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: WatchEvent) => void;
}

/** Runs rounds until `signal` aborts (or once). Errors of one source never stop the others. */
export async function runWatch(options: WatchOptions): Promise<void> {
  const { store, sources, rules, digest, deliveries, once = false, signal, onEvent = () => {} } = options;
  while (!signal?.aborted) {
    const now = new Date();
    for (const source of sources) {
      if (signal?.aborted) return;
      const state = await store.watch.feedState(source.url);
      const due = once ? state?.retryAt === undefined || Date.parse(state.retryAt) <= now.getTime() : isDue(source, state, now);
      if (due) onEvent({ kind: 'poll', outcome: await pollSource(source, options, now) });
    }
    const reliability = { ...(options.ratings === undefined ? {} : { ratings: options.ratings }), ...(options.minReliability === undefined ? {} : { minReliability: options.minReliability }) };
    for (const alert of await checkAlerts(store, options.pack, rules, reliability)) onEvent({ kind: 'alert', alert });
    for (const outcome of await deliverAlerts(store, deliveries, { digest })) {
      if (outcome.delivered > 0 || outcome.error !== undefined) onEvent({ kind: 'delivery', outcome });
    }
    if (once) return;
    const states = await Promise.all(sources.map(async (source) => nextPollTime(source, await store.watch.feedState(source.url))));
    // At least a second between rounds, so a clock or state oddity can never spin the loop.
    const wait = Math.max(1_000, Math.min(...states) - Date.now());
    await sleep(wait, undefined, signal === undefined ? {} : { signal }).catch(() => {});
  }
}
