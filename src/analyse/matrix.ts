/** The matrix: each party's current, well-attested position on each issue, in one pass over the records. */
import type { IssueId, Mode, PartyId, PositionRecord, Stance, Strength } from '../core/index.ts';
import { inWindow } from './date-window.ts';
import { documentKey, evidenceRef } from './evidence-ref.ts';
import { compareText, MODE_WEIGHT, STANCE_RANK, STRENGTH_RANK } from './ranks.ts';
import type { DateWindow, PartyPosition, PositionState } from './types.ts';

/** Which records the matrix reads: a date window and, optionally, only some parties. */
export interface MatrixOptions extends DateWindow {
  readonly parties?: readonly PartyId[];
}

/** Another state seen for the same party and issue in the window. */
export interface StateSummary extends PositionState {
  readonly documents: number;
  readonly wellAttested: boolean;
}

/** One cell: a party's current position on an issue and how well the window supports it. */
export interface MatrixCell extends PartyPosition {
  /** Confirmed by two distinct documents or by one direct statement (see docs/analysis.md). */
  readonly wellAttested: boolean;
  /** Distinct documents supporting the current state; near-duplicates count once. */
  readonly documents: number;
  /** The date of the latest supporting record, when any is dated. */
  readonly latestDate?: string;
  /** The window holds more than one stance for this party and issue. */
  readonly disagreement: boolean;
  /** The other states seen in the window, most documents first. */
  readonly alternatives: readonly StateSummary[];
}

/** The matrix over the chosen window: cells sorted by party then issue. */
export interface MatrixResult {
  readonly parties: readonly PartyId[];
  readonly issues: readonly IssueId[];
  readonly cells: readonly MatrixCell[];
}

/** Running totals for one state of one cell. */
interface StateTally {
  readonly stance: Stance;
  readonly strength: Strength;
  readonly docs: Set<string>;
  readonly records: PositionRecord[];
  latestDate: string;
  latestDirect: string;
  bestMode: Mode;
  /** The latest two dates of distinct documents: the second is when two documents last agreed. */
  newestDoc: string;
  newestDate: string;
  secondDate: string;
}

const NO_DATE = '';

/** Each party's current well-attested stance and strength per issue, with its documents and evidence. */
export function matrix(records: readonly PositionRecord[], { since, until, parties }: MatrixOptions = {}): MatrixResult {
  const window = { since, until };
  const wanted = parties === undefined ? undefined : new Set(parties);
  const cells = new Map<PartyId, Map<IssueId, Map<string, StateTally>>>();
  for (const record of records) {
    if (wanted !== undefined && !wanted.has(record.holder)) continue;
    if (!inWindow(record.date, window)) continue;
    let byIssue = cells.get(record.holder);
    if (byIssue === undefined) cells.set(record.holder, (byIssue = new Map()));
    let byState = byIssue.get(record.issue);
    if (byState === undefined) byIssue.set(record.issue, (byState = new Map()));
    const stateKey = record.stance + record.strength;
    let tally = byState.get(stateKey);
    if (tally === undefined) byState.set(stateKey, (tally = newTally(record.stance, record.strength)));
    addRecord(tally, record);
  }
  const result: MatrixCell[] = [];
  const issues = new Set<IssueId>();
  for (const [party, byIssue] of cells) {
    for (const [issue, byState] of byIssue) {
      issues.add(issue);
      result.push(toCell(party, issue, [...byState.values()]));
    }
  }
  result.sort((a, b) => compareText(a.party, b.party) || compareText(a.issue, b.issue));
  return { parties: [...cells.keys()].sort(compareText), issues: [...issues].sort(compareText), cells: result };
}

function newTally(stance: Stance, strength: Strength): StateTally {
  return {
    stance, strength, docs: new Set(), records: [],
    latestDate: NO_DATE, latestDirect: NO_DATE, bestMode: 'characterized',
    newestDoc: '', newestDate: NO_DATE, secondDate: NO_DATE,
  };
}

function addRecord(tally: StateTally, record: PositionRecord): void {
  const date = record.date ?? NO_DATE;
  const doc = documentKey(record);
  tally.records.push(record);
  tally.docs.add(doc);
  if (date > tally.latestDate) tally.latestDate = date;
  if (MODE_WEIGHT[record.mode] > MODE_WEIGHT[tally.bestMode]) tally.bestMode = record.mode;
  if (record.mode === 'direct' && date > tally.latestDirect) tally.latestDirect = date;
  if (doc === tally.newestDoc) {
    if (date > tally.newestDate) tally.newestDate = date;
  } else if (date > tally.newestDate || tally.newestDoc === '') {
    tally.secondDate = tally.newestDoc === '' ? NO_DATE : tally.newestDate;
    tally.newestDoc = doc;
    tally.newestDate = date;
  } else if (date > tally.secondDate) {
    tally.secondDate = date;
  }
}

/** When the state was last confirmed: by its latest direct statement or its latest two documents. */
function confirmedAt(tally: StateTally): string {
  return tally.latestDirect > tally.secondDate ? tally.latestDirect : tally.secondDate;
}

function isWellAttested(tally: StateTally): boolean {
  return tally.docs.size >= 2 || tally.bestMode === 'direct';
}

/** Well-attested first, then most recently confirmed (or seen), then better mode, more documents, firmer. */
function compareTallies(a: StateTally, b: StateTally): number {
  const attestedA = isWellAttested(a);
  const attestedB = isWellAttested(b);
  if (attestedA !== attestedB) return attestedA ? -1 : 1;
  const dateA = attestedA ? confirmedAt(a) : a.latestDate;
  const dateB = attestedB ? confirmedAt(b) : b.latestDate;
  return (
    compareText(dateB, dateA) ||
    MODE_WEIGHT[b.bestMode] - MODE_WEIGHT[a.bestMode] ||
    b.docs.size - a.docs.size ||
    STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] ||
    STANCE_RANK[b.stance] - STANCE_RANK[a.stance]
  );
}

function toCell(party: PartyId, issue: IssueId, tallies: StateTally[]): MatrixCell {
  tallies.sort(compareTallies);
  const [current, ...others] = tallies as [StateTally, ...StateTally[]];
  const support = [...current.records].sort(compareSupport);
  const newest = support[0] as PositionRecord;
  return {
    party,
    issue,
    stance: current.stance,
    strength: current.strength,
    conditions: newest.conditions,
    wellAttested: isWellAttested(current),
    documents: current.docs.size,
    ...(current.latestDate === NO_DATE ? {} : { latestDate: current.latestDate }),
    disagreement: others.some((other) => other.stance !== current.stance),
    alternatives: others
      .map((other) => ({ stance: other.stance, strength: other.strength, documents: other.docs.size, wellAttested: isWellAttested(other) }))
      .sort((a, b) => b.documents - a.documents),
    support: support.map(evidenceRef),
  };
}

/** Newest first; on the same date, the better mode first. */
function compareSupport(a: PositionRecord, b: PositionRecord): number {
  return compareText(b.date ?? NO_DATE, a.date ?? NO_DATE) || MODE_WEIGHT[b.mode] - MODE_WEIGHT[a.mode] || compareText(a.id, b.id);
}
