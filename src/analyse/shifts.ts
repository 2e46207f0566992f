/** Shifts: every confirmed change of stance or strength, with the evidence before and after. */
import type { IssueId, Message, PartyId, PositionRecord } from '../core/index.ts';
import { chronicle, undatedMessages, type Statement } from './chronicle.ts';
import { confirmedPeriods } from './confirmed-periods.ts';
import { evidenceRef } from './evidence-ref.ts';
import { compareText } from './ranks.ts';
import type { DateWindow, EvidenceRef, PositionState } from './types.ts';

/** Which shifts to report: those confirmed inside the window, optionally for one party or issue. */
export interface ShiftsOptions extends DateWindow {
  readonly party?: PartyId;
  readonly issue?: IssueId;
}

/** One change of a party's confirmed state on an issue. */
export interface Shift {
  readonly party: PartyId;
  readonly issue: IssueId;
  /** The date the new state was confirmed. */
  readonly date: string;
  /** The date of the first statement of the new state. */
  readonly firstSeen: string;
  /** `stance` when the stance changed, `strength` when only the strength did. */
  readonly change: 'stance' | 'strength';
  readonly from: PositionState;
  readonly to: PositionState;
  /** The statements of the old state, oldest first. */
  readonly before: readonly EvidenceRef[];
  /** The statements that confirmed the new state, oldest first. */
  readonly after: readonly EvidenceRef[];
}

/** The shifts found, by date, then party and issue. */
export interface ShiftsResult {
  readonly shifts: readonly Shift[];
  readonly messages: readonly Message[];
}

/**
 * Every change of stance or strength confirmed by the shift rule (two distinct documents or one direct
 * statement). History before `since` still sets the state a shift starts from.
 */
export function shifts(records: readonly PositionRecord[], { since, until, party, issue }: ShiftsOptions = {}): ShiftsResult {
  const { threads, undated } = chronicle(records, {
    ...(party === undefined ? {} : { party }),
    ...(issue === undefined ? {} : { issue }),
    window: { until },
  });
  const found: Shift[] = [];
  for (const [partyId, byIssue] of threads) {
    for (const [issueId, thread] of byIssue) {
      const { periods } = confirmedPeriods(thread);
      for (let index = 1; index < periods.length; index += 1) {
        const previous = periods[index - 1]!;
        const next = periods[index]!;
        const date = next.confirmedBy.at(-1)!.date;
        if (since !== undefined && date < since) continue;
        found.push({
          party: partyId,
          issue: issueId,
          date,
          firstSeen: next.confirmedBy[0]!.date,
          change: previous.state.stance === next.state.stance ? 'strength' : 'stance',
          from: previous.state,
          to: next.state,
          before: cite([...previous.confirmedBy, ...previous.restatedBy]),
          after: cite(next.confirmedBy),
        });
      }
    }
  }
  found.sort((a, b) => compareText(a.date, b.date) || compareText(a.party, b.party) || compareText(a.issue, b.issue));
  return { shifts: found, messages: undatedMessages(undated) };
}

function cite(statements: readonly Statement[]): EvidenceRef[] {
  return statements.flatMap((statement) => statement.records.map(evidenceRef));
}
