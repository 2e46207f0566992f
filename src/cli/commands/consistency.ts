/** `redlines consistency`: how steadily each party holds its positions, per issue and overall, in [0, 1]. */
import type { Command } from 'commander';
import { consistency, type ConsistencyResult, type PartyConsistency } from '../../analyse/index.ts';
import { analysisRecords, loadPackChecking, printJson, printMessages, withAnalysisOptions, type AnalysisOptions } from '../analysis-input.ts';
import { textTable } from '../text-table.ts';
import { withStore } from './ingest.ts';
import { isoDate } from '../position-filters.ts';

interface ConsistencyCommandOptions extends AnalysisOptions<'table' | 'json'> {
  readonly party?: string;
  readonly since?: string;
  readonly until?: string;
}

const DEFINITION =
  'score: mean agreement of consecutive statements (one per document) in date order: same stance and strength 1, ' +
  'same stance at another strength ½, another stance 0; n/a with fewer than two statements\n';

/** Adds the `consistency` command to the program. */
export function register(program: Command): void {
  withAnalysisOptions(program.command('consistency'), ['table', 'json'])
    .description('how stable each party\'s positions are, per issue and overall (1 = repeats itself, 0 = reverses every time)')
    .option('--party <id>', 'only this party, e.g. ru')
    .option('--since <date>', 'only documents dated on or after YYYY-MM-DD', isoDate)
    .option('--until <date>', 'only documents dated on or before YYYY-MM-DD', isoDate)
    .action(async ({ db, pack: packName, format, party, since, until, ...review }: ConsistencyCommandOptions, command: Command) => {
      const pack = loadPackChecking(command, packName, { ...(party === undefined ? {} : { parties: [party] }) });
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const window = { ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until }) };
        const records = await analysisRecords(store, review, { ...(party === undefined ? {} : { party }), ...window });
        const result = consistency(records, { ...(party === undefined ? {} : { party }), window });
        printMessages(result.messages);
        if (format === 'json') printJson(result);
        else process.stdout.write(consistencyTable(result));
        return 0;
      });
    });
}

/** One section per party: its overall score, then a line per issue. */
export function consistencyTable({ parties }: ConsistencyResult): string {
  if (parties.length === 0) return 'no dated positions in the store for this selection\n';
  return `${parties.map(partySection).join('\n')}\n${DEFINITION}`;
}

function partySection({ party, overall, comparisons, issues }: PartyConsistency): string {
  const rows = issues.map((issue) => [
    issue.issue, score(issue.score), String(issue.statements), String(issue.stanceChanges), String(issue.strengthChanges),
  ]);
  return `${party}: overall ${score(overall)} over ${comparisons} comparison(s)\n` +
    textTable(['issue', 'score', 'statements', 'stance changes', 'strength changes'], rows);
}

function score(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}
