/** `redlines export`: stored positions with their document's metadata, CSV by default, streamed a page at a time. */
import type { Command } from 'commander';
import { CSV_COLUMNS, positionCsvRow, toPositionRow, type PositionRecord } from '../../core/index.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import type { PositionFilter, Store } from '../../store/index.ts';
import { formatPositions } from '../format-positions.ts';
import {
  csvHeader, csvRows, formatOutput, jsonLines, loadPackForFilters, storeFilter, withOutputFormat, withPositionFilters,
  type FilterOptions, type Output, type OutputOptions,
} from '../position-filters.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

// Positions fetched per query while streaming everything.
const PAGE_SIZE = 2000;

interface ExportOptions extends FilterOptions, OutputOptions {
  readonly db?: string;
  readonly pack: string;
}

/** Adds the `export` command to the program. */
export function register(program: Command): void {
  const command = program
    .command('export')
    .description('print stored positions with their document metadata, every one unless filtered')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--pack <name|file>', 'the negotiation pack whose party and issue ids the filters name', DEFAULT_PACK_NAME);
  withOutputFormat(withPositionFilters(command), 'csv')
    .action(async (options: ExportOptions, command: Command) => {
      if (!loadPackForFilters(command, options.pack, options, options)) return void (process.exitCode = 1);
      const filter = storeFilter(options);
      process.exitCode = await withStore(options.db, async (store) => {
        const { format, bom } = options;
        if (format === 'table' || format === 'json') {
          // People and whole JSON documents need every position first.
          const records: PositionRecord[] = [];
          for await (const page of pagesOfPositions(store, filter)) records.push(...page);
          process.stdout.write(formatOutput(options, positionsOutput(records)));
          return 0;
        }
        if (format === 'csv') process.stdout.write(csvHeader(CSV_COLUMNS, bom));
        for await (const page of pagesOfPositions(store, filter)) {
          process.stdout.write(format === 'csv' ? csvRows(page, positionCsvRow) : jsonLines(page.map(toPositionRow)));
        }
        return 0;
      });
    });
}

/** Positions ready for any format: the same rows as `extract --format jsonl`, plus document metadata. */
export function positionsOutput(records: readonly PositionRecord[]): Output<PositionRecord> {
  return {
    table: () => formatPositions(records, 'table'),
    json: records.map(toPositionRow),
    items: records,
    jsonLine: toPositionRow,
    csvColumns: CSV_COLUMNS,
    csvRow: positionCsvRow,
  };
}

/** All matching positions, a page at a time, so memory stays flat on large databases. */
async function* pagesOfPositions(store: Store, filter: PositionFilter): AsyncGenerator<PositionRecord[]> {
  for (let page = await store.queryPositions({ ...filter, limit: PAGE_SIZE }); page.length > 0;
    page = await store.queryPositions({ ...filter, limit: PAGE_SIZE, afterId: page[page.length - 1]!.id })) {
    yield page;
  }
}

