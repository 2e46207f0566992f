/** `redlines documents`: stored documents, optionally found by full-text search. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { counted } from '../../core/index.ts';
import type { DocumentSummary } from '../../store/index.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface DocumentsOptions {
  readonly db?: string;
  readonly search?: string;
  readonly limit?: number;
  readonly format: 'table' | 'json';
}

/** Adds the `documents` command to the program. */
export function register(program: Command): void {
  program
    .command('documents')
    .description('list stored documents, or find them by words of their title and text')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--search <text>', 'only documents containing all these words')
    .option('--limit <n>', 'at most this many documents', (value: string) => {
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError(`expected a positive whole number, not "${value}"`);
      return parsed;
    })
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async ({ db, search, limit, format }: DocumentsOptions) => {
      process.exitCode = await withStore(db, async (store) => {
        const documents = await store.listDocuments({ ...(search === undefined ? {} : { search }), ...(limit === undefined ? {} : { limit }) });
        process.stdout.write(format === 'json' ? `${JSON.stringify(documents, null, 2)}\n` : documentTable(documents));
        return 0;
      });
    });
}

function documentTable(documents: readonly DocumentSummary[]): string {
  const header = ['id', 'date', 'outlet', 'positions', 'title'];
  const rows = documents.map((d) => [
    d.id,
    d.date ?? '',
    d.outlet ?? '',
    String(d.positionCount),
    (d.title ?? d.name) + (d.version > 1 ? ` (version ${d.version})` : '') + (d.duplicateOf ? ` (copy of ${d.duplicateOf})` : ''),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n${counted(documents.length, 'document')}\n`;
}
