/** A party's stance over time on each issue, with the confirmed state after every statement. */
import type { IssueId, Message, Mode, PartyId, PositionRecord } from '../core/index.ts';
import { chronicle, undatedMessages } from './chronicle.ts';
import { confirmedPeriods, type Period } from './confirmed-periods.ts';
import { evidenceRef } from './evidence-ref.ts';
import { compareText } from './ranks.ts';
import type { DateWindow, EvidenceRef, PositionState } from './types.ts';

/** Whose timeline, on which issue (all when absent), over which dates. */
export interface TimelineOptions extends DateWindow {
  readonly party: PartyId;
  readonly issue?: IssueId;
}

/** One document's statement, and the party's confirmed state once it is taken into account. */
export interface TimelineEntry extends PositionState {
  readonly date: string;
  readonly doc: string;
  readonly mode: Mode;
  /** The confirmed state after this statement; null while nothing is confirmed yet. */
  readonly confirmedState: PositionState | null;
  /** Whether this statement completed the confirmation of a new state. */
  readonly confirms: boolean;
  readonly support: readonly EvidenceRef[];
}

/** A stretch over which one state held. */
export interface PeriodSummary extends PositionState {
  /** The date of the statement that confirmed it. */
  readonly confirmedOn: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly documents: number;
}

/** The history of one issue for the party. */
export interface IssueTimeline {
  readonly issue: IssueId;
  readonly entries: readonly TimelineEntry[];
  readonly periods: readonly PeriodSummary[];
}

/** The party's timelines, one per issue, sorted by issue. */
export interface TimelineResult {
  readonly party: PartyId;
  readonly issues: readonly IssueTimeline[];
  readonly messages: readonly Message[];
}

/** The stance of one party over time, per issue, with the state the shift rule considers confirmed. */
export function timeline(records: readonly PositionRecord[], { party, issue, since, until }: TimelineOptions): TimelineResult {
  const { threads, undated } = chronicle(records, { party, ...(issue === undefined ? {} : { issue }), window: { since, until } });
  const issues: IssueTimeline[] = [];
  for (const [issueId, thread] of threads.get(party) ?? []) {
    const { periods, stateAfter } = confirmedPeriods(thread);
    const confirming = new Set(periods.map((period) => period.confirmedBy.at(-1)));
    issues.push({
      issue: issueId,
      entries: thread.map((statement, index) => ({
        date: statement.date,
        doc: statement.doc,
        stance: statement.stance,
        strength: statement.strength,
        mode: statement.mode,
        confirmedState: stateAfter[index] ?? null,
        confirms: confirming.has(statement),
        support: statement.records.map(evidenceRef),
      })),
      periods: periods.map(summarisePeriod),
    });
  }
  issues.sort((a, b) => compareText(a.issue, b.issue));
  return { party, issues, messages: undatedMessages(undated) };
}

function summarisePeriod(period: Period): PeriodSummary {
  const statements = [...period.confirmedBy, ...period.restatedBy];
  return {
    ...period.state,
    // A period always has at least one confirming statement.
    confirmedOn: period.confirmedBy.at(-1)!.date,
    firstSeen: statements[0]!.date,
    lastSeen: statements.at(-1)!.date,
    documents: new Set(statements.map((statement) => statement.doc)).size,
  };
}
