/** `redlines export`: every stored position with its document's metadata, as CSV or JSONL, streamed. */
import { Option, type Command } from 'commander';
import { CSV_COLUMNS, positionsCsvRows, toPositionRow, type PositionRecord } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

// Positions fetched per query while streaming everything.
const PAGE_SIZE = 2000;

/** Adds the `export` command to the program. */
export function register(program: Command): void {
  program
    .command('export')
    .description('print all stored positions with their document metadata')
    .option('--db <url>', DB_OPTION_HELP)
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
    .action(async ({ db, format }: { db?: string; format: 'csv' | 'jsonl' }) => {
      process.exitCode = await withStore(db, async (store) => {
        if (format === 'csv') process.stdout.write(`${CSV_COLUMNS.join(',')}\n`);
        for await (const page of pagesOfPositions(store)) {
          process.stdout.write(format === 'csv' ? positionsCsvRows(page) : positionsJsonl(page));
        }
        return 0;
      });
    });
}

/** All positions, a page at a time, so memory stays flat on large databases. */
async function* pagesOfPositions(store: Store): AsyncGenerator<PositionRecord[]> {
  for (let page = await store.queryPositions({ limit: PAGE_SIZE }); page.length > 0;
    page = await store.queryPositions({ limit: PAGE_SIZE, afterId: page[page.length - 1]!.id })) {
    yield page;
  }
}

/** Positions as JSON lines (the same rows as `extract --format jsonl`, plus document metadata). */
export function positionsJsonl(records: readonly PositionRecord[]): string {
  return records.map((record) => `${JSON.stringify(toPositionRow(record))}\n`).join('');
}
