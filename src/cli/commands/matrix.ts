/** `redlines matrix`: each party's current stance and strength on each issue, with document counts and disagreement. */
import type { Command } from 'commander';
import { csvField, type PartyId, type Stance, type Strength } from '../../core/index.ts';
import { matrix, type MatrixCell, type MatrixResult } from '../../analyse/index.ts';
import { analysisRecords, loadPackChecking, partyList, printJson, withAnalysisOptions, type AnalysisOptions } from '../analysis-input.ts';
import { rateOrReport, withReliabilityOptions, type ReliabilityOptions } from '../reliability-options.ts';
import { textTable } from '../text-table.ts';
import { withStore } from './ingest.ts';
import { isoDate } from './positions.ts';

interface MatrixCommandOptions extends AnalysisOptions<'table' | 'json' | 'csv'>, ReliabilityOptions {
  readonly since?: string;
  readonly until?: string;
  readonly parties?: PartyId[];
}

/** Short forms that keep a party column narrow. */
export const STANCE_ABBREVIATION: Readonly<Record<Stance, string>> = { demand: 'dem', reject: 'rej', accept: 'acc' };
/** Short forms that keep a party column narrow. */
export const STRENGTH_ABBREVIATION: Readonly<Record<Strength, string>> = { red_line: 'RL', firm: 'F', soft: 'S' };

const LEGEND =
  'dem demand · rej reject · acc accept; RL red line · F firm · S soft; the number counts documents (near-duplicates once);\n' +
  '* the window holds another stance too · ? not well-attested (one document, not the party\'s own quoted words)\n';

/** The CSV columns of `matrix --format csv`, one row per cell. */
export const MATRIX_CSV_COLUMNS = [
  'party', 'issue', 'stance', 'strength', 'well_attested', 'documents', 'latest_date', 'disagreement', 'alternatives', 'conditions', 'docs',
] as const;

/** Adds the `matrix` command to the program. */
export function register(program: Command): void {
  withReliabilityOptions(withAnalysisOptions(program.command('matrix'), ['table', 'json', 'csv']))
    .description('each party\'s current, well-attested stance and strength per issue, with its documents and a disagreement mark')
    .option('--since <date>', 'only documents dated on or after YYYY-MM-DD', isoDate)
    .option('--until <date>', 'only documents dated on or before YYYY-MM-DD', isoDate)
    .option('--parties <ids>', 'only these parties, comma-separated, e.g. ru,ua', partyList)
    .action(async ({ db, pack: packName, format, since, until, parties, reviewer, reviewedOnly, ...reliability }: MatrixCommandOptions, command: Command) => {
      const pack = loadPackChecking(command, packName, { ...(parties === undefined ? {} : { parties }) });
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const window = { ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until }) };
        const records = rateOrReport(await analysisRecords(store, { reviewer, reviewedOnly }, window), reliability);
        if (!records) return 1;
        const result = matrix(records, { since, until, ...(parties === undefined ? {} : { parties }) });
        if (format === 'json') printJson(result);
        else process.stdout.write(format === 'csv' ? matrixCsv(result) : matrixTable(result));
        return 0;
      });
    });
}

/** One line per issue, one column per party; each cell abbreviated, with a legend. */
export function matrixTable({ parties, issues, cells }: MatrixResult): string {
  if (cells.length === 0) return 'no positions in the store for this window\n';
  const byKey = new Map(cells.map((cell) => [`${cell.party} ${cell.issue}`, cell]));
  const rows = issues.map((issue) => [issue, ...parties.map((party) => {
    const cell = byKey.get(`${party} ${issue}`);
    return cell === undefined ? '·' : cellLabel(cell);
  })]);
  return `${textTable(['issue', ...parties], rows)}\n${LEGEND}`;
}

/** `dem RL 2*?`: stance, strength, documents, then the disagreement and attestation marks. */
export function cellLabel(cell: MatrixCell): string {
  return `${STANCE_ABBREVIATION[cell.stance]} ${STRENGTH_ABBREVIATION[cell.strength]} ${cell.documents}` +
    `${cell.disagreement ? '*' : ''}${cell.wellAttested ? '' : '?'}`;
}

/** The matrix as CSV, one row per party and issue; lists inside a field are joined with `;`. */
export function matrixCsv({ cells }: MatrixResult): string {
  const rows = cells.map((cell) => [
    cell.party, cell.issue, cell.stance, cell.strength, String(cell.wellAttested), cell.documents, cell.latestDate,
    String(cell.disagreement), cell.alternatives.map((other) => `${other.stance}/${other.strength}:${other.documents}`).join(';'),
    cell.conditions.join(';'), [...new Set(cell.support.map((ref) => ref.duplicateOf ?? ref.doc))].join(';'),
  ].map(csvField).join(','));
  return [MATRIX_CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}
