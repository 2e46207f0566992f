/** `redlines positions`: stored positions filtered by party, issue, stance, strength, date and outlet. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CSV_COLUMNS, positionsCsvRows, STANCES, STRENGTHS } from '../../core/index.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import type { PositionFilter } from '../../store/index.ts';
import { analysisRecords, loadPackChecking, withReviewOptions, type AnalysisOptions } from '../analysis-input.ts';
import { formatPositions } from '../format-positions.ts';
import { positionsJsonl } from './export.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface PositionsOptions extends Omit<PositionFilter, 'excludeDuplicates' | 'limit' | 'afterId'>, Pick<AnalysisOptions<string>, 'reviewer' | 'reviewedOnly'> {
  readonly db?: string;
  readonly pack: string;
  readonly duplicates: boolean;
  readonly limit?: number;
  readonly format: 'table' | 'json' | 'jsonl' | 'csv';
}

/** Adds the `positions` command to the program. */
export function register(program: Command): void {
  withReviewOptions(program
    .command('positions'))
    .description('list stored positions, newest documents last')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--pack <name|file>', 'the negotiation pack whose party and issue ids the filters name', DEFAULT_PACK_NAME)
    .option('--party <id>', 'only this holder, e.g. ru')
    .option('--issue <id>', 'only this issue, e.g. territory.recognize_crimea')
    .addOption(new Option('--stance <stance>', 'only this stance').choices(STANCES))
    .addOption(new Option('--strength <strength>', 'only this strength').choices(STRENGTHS))
    .option('--since <date>', 'only documents dated on or after YYYY-MM-DD', isoDate)
    .option('--until <date>', 'only documents dated on or before YYYY-MM-DD', isoDate)
    .option('--outlet <host>', 'only this outlet, e.g. tass.ru')
    .option('--no-duplicates', 'leave out near-duplicate documents (republished wire stories)')
    .option('--limit <n>', 'at most this many positions', positiveInteger)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl', 'csv']).default('table'))
    .action(async ({ db, pack: packName, duplicates, format, reviewer, reviewedOnly, ...filter }: PositionsOptions, command: Command) => {
      const { party, issue } = filter;
      const pack = loadPackChecking(command, packName, { ...(party === undefined ? {} : { parties: [party] }), ...(issue === undefined ? {} : { issues: [issue] }) });
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const records = await analysisRecords(store, { reviewer, reviewedOnly }, { ...filter, excludeDuplicates: !duplicates });
        if (records.length === 0) process.stderr.write('no stored positions match\n');
        if (format === 'csv') process.stdout.write(`${CSV_COLUMNS.join(',')}\n${positionsCsvRows(records)}`);
        else if (format === 'jsonl') process.stdout.write(positionsJsonl(records));
        else process.stdout.write(formatPositions(records, format));
        return 0;
      });
    });
}

/** Parses an inclusive ISO date option (`YYYY-MM-DD`); shared by every command that takes `--since`/`--until`. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError(`expected a positive whole number, not "${value}"`);
  return parsed;
}
