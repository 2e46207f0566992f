/** `redlines shifts`: every confirmed change of a party's stance or strength, with the evidence before and after. */
import type { Command } from 'commander';
import { shifts, type Shift, type ShiftsResult } from '../../analyse/index.ts';
import { analysisRecords, loadPackChecking, printJson, printMessages, withAnalysisOptions, type AnalysisOptions } from '../analysis-input.ts';
import { evidenceLine, stateLabel } from '../text-table.ts';
import { withStore } from './ingest.ts';
import { isoDate } from './positions.ts';

interface ShiftsCommandOptions extends AnalysisOptions<'table' | 'json'> {
  readonly since?: string;
  readonly party?: string;
}

/** Adds the `shifts` command to the program. */
export function register(program: Command): void {
  withAnalysisOptions(program.command('shifts'), ['table', 'json'])
    .description('changes of stance or strength confirmed by two documents or one direct statement, with evidence before and after')
    .option('--since <date>', 'only shifts confirmed on or after YYYY-MM-DD (earlier history still sets the starting state)', isoDate)
    .option('--party <id>', 'only this party, e.g. ru')
    .action(async ({ db, pack: packName, format, since, party, ...review }: ShiftsCommandOptions, command: Command) => {
      const pack = loadPackChecking(command, packName, { ...(party === undefined ? {} : { parties: [party] }) });
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        // Not narrowed by `since`: the statements before it set the state a shift starts from.
        const records = await analysisRecords(store, review, { ...(party === undefined ? {} : { party }) });
        const result = shifts(records, { ...(since === undefined ? {} : { since }), ...(party === undefined ? {} : { party }) });
        printMessages(result.messages);
        if (format === 'json') printJson(result);
        else process.stdout.write(shiftsText(result));
        return 0;
      });
    });
}

/** One block per shift: what changed and when, then the evidence before and after. */
export function shiftsText({ shifts: found }: ShiftsResult): string {
  if (found.length === 0) return 'no confirmed shifts\n';
  return `${found.map(shiftBlock).join('\n')}\n${found.length} shift(s)\n`;
}

function shiftBlock(shift: Shift): string {
  const evidence = (label: string, refs: Shift['before']) => refs.map((ref, index) => `  ${index === 0 ? label : ' '.repeat(label.length)}  ${evidenceLine(ref)}\n`).join('');
  return `${shift.date}  ${shift.party} · ${shift.issue}: ${stateLabel(shift.from)} → ${stateLabel(shift.to)} ` +
    `(${shift.change} change; first seen ${shift.firstSeen})\n${evidence('before', shift.before)}${evidence('after ', shift.after)}`;
}
