/** `redlines matrix`: each party's current stance and strength on each issue, with document counts and disagreement. */
import type { Command } from 'commander';
import { type PartyId, type Stance, type Strength } from '../../core/index.ts';
import { matrix, type MatrixCell, type MatrixResult } from '../../analyse/index.ts';
import { analysisRecords, partyList, withReviewOptions, withStoreAndPack, type ReviewOptions } from '../analysis-input.ts';
import { rateOrReport, withReliabilityOptions, type ReliabilityOptions } from '../reliability-options.ts';
import { formatOutput, loadPackForFilters, storeFilter, withOutputFormat, withPositionFilters, type FilterOptions, type Output, type OutputOptions } from '../position-filters.ts';
import { textTable } from '../text-table.ts';
import { withStore } from './ingest.ts';

interface MatrixCommandOptions extends FilterOptions, OutputOptions, ReviewOptions, ReliabilityOptions {
  readonly db?: string;
  readonly pack: string;
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
  const command = withStoreAndPack(program.command('matrix'))
    .description('each party\'s current, well-attested stance and strength per issue, with its documents and a disagreement mark')
    .option('--parties <ids>', 'only these party columns, comma-separated, e.g. ru,ua', partyList);
  withReliabilityOptions(withReviewOptions(withOutputFormat(withPositionFilters(command))))
    .action(async (options: MatrixCommandOptions, command: Command) => {
      const { db, pack: packName, since, until, parties, reviewer, reviewedOnly, sources, minReliability } = options;
      if (!loadPackForFilters(command, packName, options, options)) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const records = rateOrReport(await analysisRecords(store, { reviewer, reviewedOnly }, storeFilter(options)), { sources, minReliability });
        if (!records) return 1;
        const result = matrix(records, { since, until, ...(parties === undefined ? {} : { parties }) });
        process.stdout.write(formatOutput(options, matrixOutput(result)));
        return 0;
      });
    });
}

/** The matrix ready for any format: one JSON line or CSV row per party and issue. */
export function matrixOutput(result: MatrixResult): Output<MatrixCell> {
  return { table: () => matrixTable(result), json: result, items: result.cells, csvColumns: MATRIX_CSV_COLUMNS, csvRow: matrixCsvRow };
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

/** A cell as a CSV row; lists inside a field are joined with `;`. */
function matrixCsvRow(cell: MatrixCell): readonly (string | number | boolean | undefined)[] {
  return [
    cell.party, cell.issue, cell.stance, cell.strength, cell.wellAttested, cell.documents, cell.latestDate,
    cell.disagreement, cell.alternatives.map((other) => `${other.stance}/${other.strength}:${other.documents}`).join(';'),
    cell.conditions.join(';'), [...new Set(cell.support.map((ref) => ref.duplicateOf ?? ref.doc))].join(';'),
  ];
}
