/** `redlines timeline`: one party's stance over time on each issue, with the state the shift rule confirms. */
import type { Command } from 'commander';
import { timeline, type IssueTimeline, type TimelineResult } from '../../analyse/index.ts';
import { analysisRecords, loadPackChecking, printJson, printMessages, withAnalysisOptions, type AnalysisOptions } from '../analysis-input.ts';
import { evidenceLine, stateLabel, textTable } from '../text-table.ts';
import { withStore } from './ingest.ts';
import { isoDate } from '../position-filters.ts';

interface TimelineCommandOptions extends AnalysisOptions<'table' | 'json'> {
  readonly party: string;
  readonly issue?: string;
  readonly since?: string;
  readonly until?: string;
}

/** Adds the `timeline` command to the program. */
export function register(program: Command): void {
  withAnalysisOptions(program.command('timeline'), ['table', 'json'])
    .description('a party\'s stance over time per issue: each document\'s statement and the confirmed state after it')
    .requiredOption('--party <id>', 'whose timeline, e.g. ru')
    .option('--issue <id>', 'only this issue, e.g. territory.ukraine_withdraws')
    .option('--since <date>', 'only statements made on or after YYYY-MM-DD', isoDate)
    .option('--until <date>', 'only statements made on or before YYYY-MM-DD', isoDate)
    .action(async ({ db, pack: packName, format, party, issue, since, until, ...review }: TimelineCommandOptions, command: Command) => {
      const pack = loadPackChecking(command, packName, { parties: [party], ...(issue === undefined ? {} : { issues: [issue] }) });
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const window = { ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until }) };
        // The window applies to the day each statement was made, which may precede its document: the timeline filters.
        const records = await analysisRecords(store, review, { party, ...(issue === undefined ? {} : { issue }) });
        const result = timeline(records, { party, ...(issue === undefined ? {} : { issue }), ...window });
        printMessages(result.messages);
        if (format === 'json') printJson(result);
        else process.stdout.write(timelineTable(result));
        return 0;
      });
    });
}

/** Per issue: the confirmed periods, then one line per statement with the state confirmed after it. */
export function timelineTable({ party, issues }: TimelineResult): string {
  if (issues.length === 0) return `no dated positions of ${party} in the store for this selection\n`;
  return issues.map((issue) => issueSection(party, issue)).join('\n');
}

function issueSection(party: string, { issue, entries, periods }: IssueTimeline): string {
  const periodLine = periods.length === 0
    ? 'no state confirmed yet (one indirect document is not enough)'
    : periods.map((period) => `${stateLabel(period)} ${period.firstSeen}…${period.lastSeen}`).join(' → ');
  const rows = entries.map((entry) => [
    stateLabel(entry),
    entry.confirmedState === null ? '—' : `${stateLabel(entry.confirmedState)}${entry.confirms ? ' ✓' : ''}`,
    evidenceLine(entry.support[0]!),
  ]);
  return `${party} · ${issue}: ${periodLine}\n${textTable(['statement', 'confirmed', 'evidence'], rows)}`;
}
