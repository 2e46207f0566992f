/** What `redlines watch` and `serve --watch` share: a watch configuration from a file and the command line, and the loop's log. */
import type { Extractor } from '../extract/index.ts';
import type { Store } from '../store/index.ts';
import {
  ALERT_RULES, emailDelivery, loadWatchConfig, MIN_INTERVAL_MS, parseInterval, runWatch, webhookDelivery, type WatchConfig, type WatchEvent,
} from '../watch/index.ts';
import { countItems } from '../ingest/index.ts';
import { counted, type Pack } from '../core/index.ts';

/** The watch file's configuration with the sources named on the command line added, or the problems on stderr. */
export function watchConfigOrReport(file: string | undefined, sources: readonly string[], every: string): WatchConfig | undefined {
  const everyMs = parseInterval(every);
  if (everyMs === undefined || everyMs < MIN_INTERVAL_MS) {
    process.stderr.write(`redlines watch: --every ${every}: expected an interval of at least 1m, like 90s, 15m, 1h or 1d\n`);
    return undefined;
  }
  let config: WatchConfig = { sources: [], rules: ALERT_RULES, digest: false, webhooks: [], emails: [] };
  if (file !== undefined) {
    try {
      config = loadWatchConfig(file);
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      return undefined;
    }
  }
  const watched = { ...config, sources: [...config.sources, ...sources.map((url) => ({ url, everyMs }))] };
  if (watched.sources.length === 0) {
    process.stderr.write('redlines watch: nothing to watch: name feeds or pages, or a watch file with --config\n');
    return undefined;
  }
  return watched;
}

/** Runs the watch loop over `store` until `signal` aborts (or one round with `once`), logging each event on stdout. */
export async function watchWithLog(
  store: Store,
  config: WatchConfig,
  { pack, extractor, once = false, signal }: { pack: Pack; extractor: Extractor; once?: boolean; signal?: AbortSignal },
): Promise<void> {
  await runWatch({
    store, pack, extractor,
    sources: config.sources,
    rules: config.rules,
    digest: config.digest,
    deliveries: [...config.webhooks.map((hook) => webhookDelivery(hook)), ...config.emails.map((mail) => emailDelivery(mail))],
    ...(config.ratings === undefined ? {} : { ratings: config.ratings }),
    ...(config.minReliability === undefined ? {} : { minReliability: config.minReliability }),
    once,
    ...(signal === undefined ? {} : { signal }),
    onEvent: (event) => process.stdout.write(`${new Date().toISOString()} ${describeEvent(event)}\n`),
  });
}

/** One line per event: a poll's result, an alert fired, a delivery made or failed. */
export function describeEvent(event: WatchEvent): string {
  switch (event.kind) {
    case 'poll': {
      const { url, status, items, error } = event.outcome;
      if (status === 'not-modified') return `${url}: not modified`;
      if (status === 'failed') return `${url}: failed: ${error ?? 'unknown error'}`;
      if (items.length === 0) return `${url}: no new items`;
      const counts = countItems(items);
      const positions = items.reduce((sum, item) => sum + item.positions, 0);
      return `${url}: ${counted(items.length, 'new item')} (${counts.new} new, ${counts.unchanged} already stored, `
        + `${counted(counts.newVersion, 'new version')}, ${counted(counts.nearDuplicate, 'near-duplicate')}, ${counts.failed} failed), ${counted(positions, 'position')}`;
    }
    case 'alert':
      return `alert ${event.alert.id} [${event.alert.rule}] ${(event.alert.body as { summary?: string }).summary ?? event.alert.key}`;
    case 'delivery': {
      const { destination, delivered, error } = event.outcome;
      return error === undefined ? `delivered ${delivered} alert(s) to ${destination}` : `delivered ${delivered} alert(s) to ${destination}, then failed: ${error}; the rest wait for the next round`;
    }
  }
}
