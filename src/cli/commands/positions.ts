/** `redlines positions`: stored positions filtered by party, issue, stance, strength, mode, outlet and date. */
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { formatOutput, loadPackForFilters, storeFilter, withOutputFormat, withPositionFilters, type FilterOptions, type OutputOptions } from '../position-filters.ts';
import { analysisRecords, withReviewOptions, type ReviewOptions } from '../analysis-input.ts';
import { positionsOutput } from './export.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface PositionsOptions extends FilterOptions, OutputOptions, ReviewOptions {
  readonly db?: string;
  readonly pack: string;
  readonly duplicates: boolean;
  readonly limit?: number;
}

/** Adds the `positions` command to the program. */
export function register(program: Command): void {
  const command = program
    .command('positions')
    .description('list stored positions, newest documents last')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--pack <name|file>', 'the negotiation pack whose party and issue ids the filters name', DEFAULT_PACK_NAME);
  withReviewOptions(withOutputFormat(withPositionFilters(command)))
    .option('--no-duplicates', 'leave out near-duplicate documents (republished wire stories)')
    .option('--limit <n>', 'at most this many positions', positiveInteger)
    .action(async (options: PositionsOptions, command: Command) => {
      const { db, pack: packName, duplicates, limit } = options;
      const pack = loadPackForFilters(command, packName, options, options);
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const records = await analysisRecords(store, options, { ...storeFilter(options), excludeDuplicates: !duplicates, ...(limit === undefined ? {} : { limit }) });
        if (records.length === 0) process.stderr.write('no stored positions match\n');
        process.stdout.write(formatOutput(options, positionsOutput(records)));
        return 0;
      });
    });
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError(`expected a positive whole number, not "${value}"`);
  return parsed;
}
