/** `redlines ingest`: articles into the position database, once each, with progress and a summary. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { counted, type Pack } from '../../core/index.ts';
import {
  createProgressBar, enqueueSources, formatSummary, ingestSources, ThreadedExtractor, type ExtractorChoice, type IngestExtractor,
} from '../../ingest/index.ts';
import { chooseExtractorOrReport, extractorOptions } from '../extractor-options.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { DEFAULT_DATABASE, openStore, type OpenStoreOptions, type Store } from '../../store/index.ts';

/** The help text of every command's `--db` option. */
export const DB_OPTION_HELP = `database: a SQLite file or postgres://… (default: $REDLINES_DB or ${DEFAULT_DATABASE})`;

interface IngestOptions extends ExtractorChoice {
  readonly db?: string;
  readonly pack: string;
  readonly queue?: boolean;
  readonly timeBudget?: number;
}

/** Adds the `ingest` command to the program. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('store articles and their positions: files, directories, JSONL, URLs and RSS/Atom feeds; known ones are skipped')
    .argument('<sources...>', 'article files, directories, http(s) URLs of pages or feeds')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--pack <name|file>', 'the negotiation pack', DEFAULT_PACK_NAME)
    .addOption(extractorOptions.kind())
    .addOption(extractorOptions.model())
    .option('--queue', 'enqueue the documents for `redlines worker` (PostgreSQL) instead of extracting here')
    .addOption(new Option('--time-budget <seconds>', 'extract in a worker thread; an input taking longer fails alone, naming it, and the run goes on')
      .env('REDLINES_TIME_BUDGET').argParser(positiveSeconds))
    .action(async (sources: string[], options: IngestOptions, command: Command) => {
      process.exitCode = await runIngest(sources, options, command);
    });
}

function positiveSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('give a number of seconds above 0, e.g. 30 or 0.5');
  return seconds;
}

async function runIngest(sources: readonly string[], { db, pack: packName, queue, timeBudget, ...choice }: IngestOptions, command: Command): Promise<number> {
  const pack = loadPackOrReport(packName);
  if (!pack) return 1;
  const chosen = chooseExtractorOrReport(choice);
  if (!chosen) return 1;
  const extractor: IngestExtractor = timeBudget === undefined ? chosen : new ThreadedExtractor(pack, choice, timeBudget * 1000);
  try {
    return await ingestWith(db, sources, { pack, packName, queue, extractor }, command);
  } finally {
    if (extractor instanceof ThreadedExtractor) await extractor.close();
  }
}

async function ingestWith(
  db: string | undefined, sources: readonly string[],
  { pack, packName, queue, extractor }: { pack: Pack; packName: string; queue: boolean | undefined; extractor: IngestExtractor },
  command: Command,
): Promise<number> {
  return withStore(db, async (store) => {
    if (queue) {
      if (!store.queue) command.error('redlines: --queue needs a PostgreSQL database (--db postgres://…)', { exitCode: 2 });
      const { enqueued, unreadable } = await enqueueSources(store.queue, sources, { pack: packName });
      for (const item of unreadable) process.stderr.write(`${item.source}: ${item.reason}\n`);
      process.stdout.write(`${counted(enqueued, 'document')} queued, ${unreadable.length} unreadable\n`);
      return unreadable.length > 0 ? 1 : 0;
    }
    const bar = createProgressBar();
    const report = await ingestSources(store, sources, { pack, extractor, onProgress: (done, total) => bar.update(done, total) });
    bar.stop();
    for (const failure of report.failures) process.stderr.write(`${failure.source}: ${failure.reason}\n`);
    process.stdout.write(`${formatSummary(report.counts, report.seconds)}\n`);
    return report.failures.length > 0 ? 1 : 0;
  }, { create: true });
}

/**
 * Opens the store, runs `use`, and closes it; a database that cannot be opened is a one-line error and exit code 1.
 * Only commands that write pass `create`: reading a database that does not exist is an error, not a new empty file.
 */
export async function withStore(db: string | undefined, use: (store: Store) => Promise<number>, { create = false, queue }: OpenStoreOptions = {}): Promise<number> {
  let store: Store;
  try {
    store = await openStore(db, { create, ...(queue === undefined ? {} : { queue }) });
  } catch (error) {
    process.stderr.write(`${db ?? process.env.REDLINES_DB ?? DEFAULT_DATABASE}: cannot open database: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
