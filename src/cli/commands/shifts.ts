/** `redlines shifts`: every confirmed change of a party's stance or strength, with the evidence before and after. */
import type { Command } from 'commander';
import { shifts, type Shift, type ShiftsResult } from '../../analyse/index.ts';
import { analysisRecords, printMessages, withReviewOptions, withStoreAndPack, type ReviewOptions } from '../analysis-input.ts';
import { formatOutput, loadPackForFilters, storeFilter, withOutputFormat, withPositionFilters, type FilterOptions, type Output, type OutputOptions } from '../position-filters.ts';
import { evidenceLine, stateLabel } from '../text-table.ts';
import { withStore } from './ingest.ts';

interface ShiftsCommandOptions extends FilterOptions, OutputOptions, ReviewOptions {
  readonly db?: string;
  readonly pack: string;
}

/** The CSV columns of `shifts --format csv`, one row per shift. */
const SHIFT_CSV_COLUMNS = ['date', 'party', 'issue', 'change', 'from_stance', 'from_strength', 'to_stance', 'to_strength', 'first_seen', 'before_docs', 'after_docs'] as const;

/** Adds the `shifts` command to the program. */
export function register(program: Command): void {
  const command = withStoreAndPack(program.command('shifts'))
    .description('changes of stance or strength confirmed by two documents or one direct statement, with evidence before and after');
  // The dates bound when a shift was confirmed: the statements before --since still set the state it starts from.
  withReviewOptions(withOutputFormat(withPositionFilters(command, 'shifts confirmed')))
    .action(async (options: ShiftsCommandOptions, command: Command) => {
      const { db, pack: packName, since, until, party, issue } = options;
      if (!loadPackForFilters(command, packName, options, options)) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const history = storeFilter({ ...options, since: undefined, until: undefined });
        const result = shifts(await analysisRecords(store, options, history), {
          ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until }),
          ...(party === undefined ? {} : { party }), ...(issue === undefined ? {} : { issue }),
        });
        printMessages(result.messages);
        process.stdout.write(formatOutput(options, shiftsOutput(result)));
        return 0;
      });
    });
}

/** The shifts ready for any format: one JSON line or CSV row per shift. */
export function shiftsOutput(result: ShiftsResult): Output<Shift> {
  const docs = (refs: Shift['before']) => [...new Set(refs.map((ref) => ref.duplicateOf ?? ref.doc))].join(';');
  return {
    table: () => shiftsText(result),
    json: result,
    items: result.shifts,
    csvColumns: SHIFT_CSV_COLUMNS,
    csvRow: (shift) => [
      shift.date, shift.party, shift.issue, shift.change, shift.from.stance, shift.from.strength, shift.to.stance, shift.to.strength,
      shift.firstSeen, docs(shift.before), docs(shift.after),
    ],
  };
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
