/** `redlines export`: every stored position with its document's metadata, as CSV or JSONL, streamed. */
import { Option, type Command } from 'commander';
import { toPositionRow, type PositionRecord } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

// Positions fetched per query while streaming everything.
const PAGE_SIZE = 2000;

/** The CSV columns, in order: the position, then its document's metadata. */
export const CSV_COLUMNS = [
  'id', 'doc', 'date', 'outlet', 'url', 'title', 'holder', 'issue', 'stance', 'strength', 'mode', 'speaker', 'intermediary',
  'conditions', 'evidence', 'evidence_start', 'evidence_end', 'confidence', 'extractor', 'duplicate_of',
] as const;

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

/** Positions as CSV rows (without the header), quoted per RFC 4180; conditions are joined with `;`. */
export function positionsCsvRows(records: readonly PositionRecord[]): string {
  return records.map((r) => [
    r.id, r.doc, r.date, r.outlet, r.url, r.title, r.holder, r.issue, r.stance, r.strength, r.mode, r.speaker, r.intermediary,
    r.conditions.join(';'), r.evidence.quote, r.evidence.start, r.evidence.end, r.confidence, r.extractor, r.duplicateOf,
  ].map(csvField).join(',') + '\n').join('');
}

/** One CSV field, quoted per RFC 4180 when it holds a quote, comma or line break. */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
