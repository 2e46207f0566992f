/** `redlines watch`: feeds and pages polled on a schedule, new items ingested, alerts fired and delivered. */
import type { Command } from 'commander';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { DEFAULT_INTERVAL } from '../../watch/index.ts';
import { chooseExtractorOrReport, extractorOptions } from '../extractor-options.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import type { ExtractorChoice } from '../../extract/index.ts';
import { watchConfigOrReport, watchWithLog } from '../watch-runner.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface WatchCommandOptions extends ExtractorChoice {
  readonly db?: string;
  readonly pack: string;
  readonly config?: string;
  readonly every: string;
  readonly once?: boolean;
}

/** Adds the `watch` command to the program. */
export function register(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds and pages on a schedule, ingest new items, fire alerts and deliver them (see docs/watch.md)')
    .argument('[sources...]', 'http(s) URLs of feeds or pages, watched besides those of --config')
    .option('--config <file>', 'a watch.yaml: feeds, interval, pack, alert rules, destinations')
    .option('--every <interval>', 'how often the named sources are polled: 90s, 15m, 1h, 1d (at least 1m)', DEFAULT_INTERVAL)
    .option('--db <url>', DB_OPTION_HELP)
    .option('--pack <name|file>', 'the negotiation pack (default: the watch file\'s, else russia-ukraine)', DEFAULT_PACK_NAME)
    .addOption(extractorOptions.kind())
    .addOption(extractorOptions.model())
    .option('--once', 'one round: poll every source not backing off, fire and deliver alerts, then exit')
    .action(async (sources: string[], options: WatchCommandOptions, command: Command) => {
      process.exitCode = await watch(sources, options, command.getOptionValueSource('pack') === 'default');
    });
}

async function watch(sources: readonly string[], { db, pack: packName, config: file, every, once = false, ...choice }: WatchCommandOptions, packDefaulted: boolean): Promise<number> {
  const config = watchConfigOrReport(file, sources, every);
  if (!config) return 1;
  const pack = loadPackOrReport(packDefaulted && config.pack !== undefined ? config.pack : packName);
  if (!pack) return 1;
  const extractor = chooseExtractorOrReport(choice);
  if (!extractor) return 1;
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await withStore(db, async (store) => {
      await watchWithLog(store, config, { pack, extractor, once, signal: stop.signal });
      return 0;
    }, { create: true });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
