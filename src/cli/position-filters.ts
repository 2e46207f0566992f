/**
 * The filters and output formats that positions, matrix, shifts, collisions and export share: one
 * definition of each option, one check of the ids they name, one writer for every format.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { csvField, MODES, STANCES, STRENGTHS, type Mode, type Pack, type Stance, type Strength } from '../core/index.ts';
import type { PositionFilter } from '../store/index.ts';
import { loadPackChecking } from './analysis-input.ts';

/** The filters, once parsed; each one left out matches every position. */
export interface FilterOptions {
  readonly party?: string;
  readonly issue?: string;
  readonly stance?: Stance;
  readonly strength?: Strength;
  readonly mode?: Mode;
  readonly outlet?: string;
  readonly since?: string;
  readonly until?: string;
}

/** Every output format; the table is for people, the others for programs and spreadsheets. */
export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `--format` and `--bom`, once parsed. */
export interface OutputOptions {
  readonly format: OutputFormat;
  readonly bom: boolean;
}

/** What a command prints, ready for any format: a table for people, the whole result as JSON, and its items as lines or rows. */
export interface Output<Item> {
  readonly table: () => string;
  readonly json: unknown;
  readonly items: readonly Item[];
  /** An item as one JSON line; the item itself when absent. */
  readonly jsonLine?: (item: Item) => unknown;
  readonly csvColumns: readonly string[];
  readonly csvRow: (item: Item) => readonly (string | number | boolean | undefined)[];
}

/**
 * Adds the eight filters; `dateHelp` says what `--since`/`--until` bound when it is not the
 * documents' dates (shifts bound the date a change was confirmed).
 */
export function withPositionFilters(command: Command, dateHelp = 'documents dated'): Command {
  return command
    .option('--party <id>', 'only positions held by this party, e.g. ru')
    .option('--issue <id>', 'only positions on this issue, e.g. territory.recognize_crimea')
    .addOption(new Option('--stance <stance>', 'only this stance').choices(STANCES))
    .addOption(new Option('--strength <strength>', 'only this strength').choices(STRENGTHS))
    .addOption(new Option('--mode <mode>', 'only positions stated this way').choices(MODES))
    .option('--outlet <host>', 'only positions reported by this outlet, e.g. tass.ru')
    .option('--since <date>', `only ${dateHelp} on or after YYYY-MM-DD`, isoDate)
    .option('--until <date>', `only ${dateHelp} on or before YYYY-MM-DD`, isoDate);
}

/** Adds `--format` (table, json, jsonl, csv) and `--bom`. */
export function withOutputFormat(command: Command, defaultFormat: OutputFormat = 'table'): Command {
  return command
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default(defaultFormat))
    .option('--bom', 'start CSV with a UTF-8 byte-order mark, so spreadsheets read its accents and quotes right', false);
}

/**
 * Loads the pack and stops with a usage error (exit 2) when the party or issue filter (or a command's
 * own list of `parties`) names an id it lacks, or when `--bom` is asked of a format other than CSV;
 * undefined when the pack is bad.
 */
export function loadPackForFilters(
  command: Command, packName: string, { party, issue, parties = [] }: FilterOptions & { readonly parties?: readonly string[] }, { format, bom }: OutputOptions,
): Pack | undefined {
  if (bom && format !== 'csv') command.error('redlines: --bom only applies to --format csv', { exitCode: 2 });
  return loadPackChecking(command, packName, { parties: [...(party === undefined ? [] : [party]), ...parties], ...(issue === undefined ? {} : { issues: [issue] }) });
}

/** The store query for the filters given, leaving out those not given. */
export function storeFilter(options: FilterOptions): PositionFilter {
  const { party, issue, stance, strength, mode, outlet, since, until } = options;
  return Object.fromEntries(Object.entries({ party, issue, stance, strength, mode, outlet, since, until }).filter(([, value]) => value !== undefined));
}

/** The output in the chosen format, ending with a newline. */
export function formatOutput<Item>({ format, bom }: OutputOptions, output: Output<Item>): string {
  switch (format) {
    case 'table': return output.table();
    case 'json': return `${JSON.stringify(output.json, null, 2)}\n`;
    case 'jsonl': return jsonLines(output.jsonLine ? output.items.map(output.jsonLine) : output.items);
    case 'csv': return csvHeader(output.csvColumns, bom) + csvRows(output.items, output.csvRow);
  }
}

/** One JSON value per line. */
export function jsonLines(items: readonly unknown[]): string {
  return items.map((item) => `${JSON.stringify(item)}\n`).join('');
}

/** The CSV header line, after a byte-order mark when asked. */
export function csvHeader(columns: readonly string[], bom: boolean): string {
  return `${bom ? '\uFEFF' : ''}${columns.join(',')}\n`;
}

/** CSV rows (without the header), quoted per RFC 4180. */
export function csvRows<Item>(items: readonly Item[], row: Output<Item>['csvRow']): string {
  return items.map((item) => `${row(item).map(csvField).join(',')}\n`).join('');
}

/** Parses an inclusive ISO date option (`YYYY-MM-DD`); shared by every command that takes `--since`/`--until`. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
