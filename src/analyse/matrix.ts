/** The matrix: each party's current, well-attested position on each issue, in one pass over the records. */
import { inWindow, type IssueId, type Mode, type PartyId, type PositionRecord, type Stance, type Strength } from '../core/index.ts';
import { DocumentIndex } from './document-index.ts';
import { evidenceRef } from './evidence-ref.ts';
import { compareText, MODE_WEIGHT, STANCE_RANK, STRENGTH_RANK } from './ranks.ts';
import type { DateWindow, PartyPosition, PositionState } from './types.ts';

/** Which records the matrix reads: a date window and, optionally, only some parties. */
export interface MatrixOptions extends DateWindow {
  readonly parties?: readonly PartyId[];
  /** Cite only this many records per cell, the best first (direct before reported, then newest); all when absent. */
  readonly evidencePerCell?: number;
}

/** Another state seen for the same party and issue in the window. */
export interface StateSummary extends PositionState {
  readonly documents: number;
  readonly wellAttested: boolean;
  /** The date of its latest record, when any is dated. */
  readonly latestDate?: string;
}

/** One cell: a party's current position on an issue and how well the window supports it. */
export interface MatrixCell extends PartyPosition {
  /** Confirmed by two distinct documents or by one direct statement (see docs/analysis.md). */
  readonly wellAttested: boolean;
  /** Distinct documents supporting the current state; near-duplicates count once. */
  readonly documents: number;
  /** The date of the latest supporting record, when any is dated. */
  readonly latestDate?: string;
  /** Supporting records an analyst confirmed, corrected or added (the cell's review coverage, out of `support.length`). */
  readonly reviewed: number;
  /** The window holds more than one stance for this party and issue. */
  readonly disagreement: boolean;
  /** The other states seen in the window, most documents first. */
  readonly alternatives: readonly StateSummary[];
  /** How many records support the current state; `support` cites them all unless cut by `evidencePerCell`. */
  readonly supportCount: number;
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
  /** The document number of each record; distinct ones are counted once, at the end. */
  readonly docs: number[];
  /** Distinct documents, once the pass is over. */
  documents: number;
  readonly records: PositionRecord[];
  latestDirect: string;
  bestMode: Mode;
  /** The latest two dates of distinct documents: the first is the state's latest date, the second when two documents last agreed. */
  newestDoc: number;
  newestDate: string;
  secondDate: string;
}

const NO_DATE = '';
const STATE_COUNT = 9;

/** Each party's current well-attested stance and strength per issue, with its documents and evidence. */
export function matrix(records: readonly PositionRecord[], { since, until, parties, evidencePerCell }: MatrixOptions = {}): MatrixResult {
  const window = { since, until };
  const wanted = parties === undefined ? undefined : new Set(parties);
  const cells = new Map<PartyId, Map<IssueId, (StateTally | undefined)[]>>();
  const documentIndex = new DocumentIndex();
  for (const record of records) {
    if (wanted !== undefined && !wanted.has(record.holder)) continue;
    if (!inWindow(record.date, window)) continue;
    let byIssue = cells.get(record.holder);
    if (byIssue === undefined) cells.set(record.holder, (byIssue = new Map()));
    let byState = byIssue.get(record.issue);
    if (byState === undefined) byIssue.set(record.issue, (byState = new Array(STATE_COUNT).fill(undefined)));
    // A numeric slot per stance × strength: building a string key per record would dominate the pass.
    const slot = STANCE_RANK[record.stance] * 3 + STRENGTH_RANK[record.strength] - 4;
    let tally = byState[slot];
    if (tally === undefined) byState[slot] = tally = newTally(record.stance, record.strength);
    addRecord(tally, record, documentIndex.idOf(record));
  }
  const result: MatrixCell[] = [];
  const issues = new Set<IssueId>();
  for (const [party, byIssue] of cells) {
    for (const [issue, byState] of byIssue) {
      issues.add(issue);
      result.push(toCell(party, issue, byState.filter((tally) => tally !== undefined), evidencePerCell));
    }
  }
  result.sort((a, b) => compareText(a.party, b.party) || compareText(a.issue, b.issue));
  return { parties: [...cells.keys()].sort(compareText), issues: [...issues].sort(compareText), cells: result };
}

function newTally(stance: Stance, strength: Strength): StateTally {
  return {
    stance, strength, docs: [], documents: 0, records: [],
    latestDirect: NO_DATE, bestMode: 'characterized',
    newestDoc: -1, newestDate: NO_DATE, secondDate: NO_DATE,
  };
}

function addRecord(tally: StateTally, record: PositionRecord, doc: number): void {
  const date = record.date ?? NO_DATE;
  tally.records.push(record);
  tally.docs.push(doc);
  if (MODE_WEIGHT[record.mode] > MODE_WEIGHT[tally.bestMode]) tally.bestMode = record.mode;
  if (record.mode === 'direct' && date > tally.latestDirect) tally.latestDirect = date;
  if (doc === tally.newestDoc) {
    if (date > tally.newestDate) tally.newestDate = date;
  } else if (date > tally.newestDate || tally.newestDoc === -1) {
    tally.secondDate = tally.newestDoc === -1 ? NO_DATE : tally.newestDate;
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
  return tally.documents >= 2 || tally.bestMode === 'direct';
}

/** Well-attested first, then most recently confirmed (or seen), then better mode, more documents, firmer. */
function compareTallies(a: StateTally, b: StateTally): number {
  const attestedA = isWellAttested(a);
  const attestedB = isWellAttested(b);
  if (attestedA !== attestedB) return attestedA ? -1 : 1;
  const dateA = attestedA ? confirmedAt(a) : a.newestDate;
  const dateB = attestedB ? confirmedAt(b) : b.newestDate;
  return (
    compareText(dateB, dateA) ||
    MODE_WEIGHT[b.bestMode] - MODE_WEIGHT[a.bestMode] ||
    b.documents - a.documents ||
    STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] ||
    STANCE_RANK[b.stance] - STANCE_RANK[a.stance]
  );
}

function toCell(party: PartyId, issue: IssueId, tallies: StateTally[], evidencePerCell: number | undefined): MatrixCell {
  for (const tally of tallies) tally.documents = countDistinct(tally.docs);
  tallies.sort(compareTallies);
  const [current, ...others] = tallies as [StateTally, ...StateTally[]];
  const support = current.records;
  return {
    party,
    issue,
    stance: current.stance,
    strength: current.strength,
    conditions: representative(support).conditions,
    wellAttested: isWellAttested(current),
    documents: current.documents,
    ...(current.newestDate === NO_DATE ? {} : { latestDate: current.newestDate }),
    reviewed: support.filter((record) => record.review !== undefined && record.review.status !== 'unreviewed').length,
    disagreement: others.some((other) => other.stance !== current.stance),
    alternatives: others
      .map((other) => ({
        stance: other.stance, strength: other.strength, documents: other.documents, wellAttested: isWellAttested(other),
        ...(other.newestDate === NO_DATE ? {} : { latestDate: other.newestDate }),
      }))
      .sort((a, b) => b.documents - a.documents),
    supportCount: support.length,
    support: (evidencePerCell === undefined ? support : bestEvidence(support, evidencePerCell)).map(evidenceRef),
  };
}

/** The `count` records a reader should see first: direct statements before reported ones, then the newest. */
function bestEvidence(support: readonly PositionRecord[], count: number): PositionRecord[] {
  return [...support]
    .sort((a, b) => MODE_WEIGHT[b.mode] - MODE_WEIGHT[a.mode] || compareText(b.date ?? NO_DATE, a.date ?? NO_DATE))
    .slice(0, count);
}

/** How many distinct numbers the list holds: sorting a typed array beats a set per record in the pass. */
function countDistinct(numbers: readonly number[]): number {
  const sorted = Int32Array.from(numbers).sort();
  let distinct = 0;
  for (let index = 0; index < sorted.length; index += 1) if (index === 0 || sorted[index] !== sorted[index - 1]) distinct += 1;
  return distinct;
}

/** The record whose conditions the cell reports: the newest, and on its date the best mode. */
function representative(support: readonly PositionRecord[]): PositionRecord {
  let best = support[0]!;
  for (const record of support) {
    const date = record.date ?? NO_DATE;
    const bestDate = best.date ?? NO_DATE;
    if (date > bestDate || (date === bestDate && MODE_WEIGHT[record.mode] > MODE_WEIGHT[best.mode])) best = record;
  }
  return best;
}
