/** Statements in date order: what timeline, shifts and consistency read instead of raw records. */
import { inWindow, type IssueId, type Message, type Mode, type PartyId, type PositionRecord, type Stance, type Strength } from '../core/index.ts';
import { documentKey } from './evidence-ref.ts';
import { compareText, MODE_WEIGHT, STANCE_RANK, STRENGTH_RANK } from './ranks.ts';
import type { DateWindow } from './types.ts';

/** One document's statement of one state by one party on one issue; near-duplicates fold into it. */
export interface Statement {
  readonly party: PartyId;
  readonly issue: IssueId;
  readonly stance: Stance;
  readonly strength: Strength;
  /** The document it counts for (the original, for near-duplicates). */
  readonly doc: string;
  /** The earliest day among its records: the day the text dates the statement, else the document's date. */
  readonly date: string;
  /** The best mode among its records. */
  readonly mode: Mode;
  readonly records: readonly PositionRecord[];
}

/** Which statements to gather. */
export interface ChronicleFilter {
  readonly party?: PartyId;
  readonly issue?: IssueId;
  readonly window?: DateWindow;
}

/** The statements of each party on each issue, oldest first, and how many undated records were left out. */
export interface Chronicle {
  /** Keyed by party, then issue. */
  readonly threads: ReadonlyMap<PartyId, ReadonlyMap<IssueId, readonly Statement[]>>;
  readonly undated: number;
}

interface MutableStatement extends Omit<Statement, 'records' | 'date' | 'mode'> {
  date: string;
  mode: Mode;
  readonly records: PositionRecord[];
}

/** Folds records into per-document statements and orders each party's statements on an issue by date. */
export function chronicle(records: readonly PositionRecord[], { party, issue, window = {} }: ChronicleFilter = {}): Chronicle {
  const byKey = new Map<string, MutableStatement>();
  let undated = 0;
  for (const record of records) {
    if (party !== undefined && record.holder !== party) continue;
    if (issue !== undefined && record.issue !== issue) continue;
    // A statement is placed on the day the text dates it, else on its document's date; undated ones are counted, not placed.
    const date = statementDay(record);
    if (date === undefined) {
      undated += 1;
      continue;
    }
    if (!inWindow(date, window)) continue;
    const doc = documentKey(record);
    const key = [record.holder, record.issue, doc, record.stance, record.strength].join('\u0000');
    const existing = byKey.get(key);
    if (existing === undefined) {
      byKey.set(key, {
        party: record.holder, issue: record.issue, stance: record.stance, strength: record.strength,
        doc, date, mode: record.mode, records: [record],
      });
      continue;
    }
    existing.records.push(record);
    if (date < existing.date) existing.date = date;
    if (MODE_WEIGHT[record.mode] > MODE_WEIGHT[existing.mode]) existing.mode = record.mode;
  }
  const threads = new Map<PartyId, Map<IssueId, Statement[]>>();
  for (const statement of byKey.values()) {
    let byIssue = threads.get(statement.party);
    if (byIssue === undefined) threads.set(statement.party, (byIssue = new Map()));
    const thread = byIssue.get(statement.issue);
    if (thread === undefined) byIssue.set(statement.issue, [statement]);
    else thread.push(statement);
  }
  for (const byIssue of threads.values()) for (const thread of byIssue.values()) thread.sort(compareStatements);
  return { threads, undated };
}

/** The day a record's statement was made: the one its text names, else its document's date. */
export function statementDay(record: PositionRecord): string | undefined {
  return record.statedOn?.date ?? record.date;
}

/** By date, then document, then a fixed state order, so equal inputs give equal histories. */
function compareStatements(a: Statement, b: Statement): number {
  return (
    compareText(a.date, b.date) ||
    compareText(a.doc, b.doc) ||
    STANCE_RANK[b.stance] - STANCE_RANK[a.stance] ||
    STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength]
  );
}

/** The note that undated records were left out of a time-ordered analysis, if any were. */
export function undatedMessages(undated: number): readonly Message[] {
  if (undated === 0) return [];
  return [{
    reason: `${undated} undated record(s) left out: they cannot be placed in time`,
    stage: 'analyse', ruleId: 'analyse/undated-records', severity: 'info',
  }];
}
