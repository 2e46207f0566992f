/** Result types shared by the analysis functions: every result points back at its records and evidence. */
import type { Evidence, IssueId, Mode, PartyId, Reliability, ReviewStatus, StatedOn, Stance, Strength } from '../core/index.ts';

/** An inclusive range of ISO dates; an open end is unbounded. */
export interface DateWindow {
  readonly since?: string;
  readonly until?: string;
}

/** A stance at a strength: the state of one party on one issue. */
export interface PositionState {
  readonly stance: Stance;
  readonly strength: Strength;
}

/** One record's evidence, small enough to ship with every result. */
export interface EvidenceRef {
  readonly recordId: string;
  readonly doc: string;
  /** The original document when `doc` is a near-duplicate of it. */
  readonly duplicateOf?: string;
  readonly date?: string;
  /** The day the text dates the statement, when it does, with the dating phrase. */
  readonly statedOn?: StatedOn;
  /** The outlet's Admiralty grade, when rated. */
  readonly reliability?: Reliability;
  readonly mode: Mode;
  readonly speaker: string;
  readonly evidence: Evidence;
  /** How analysts judged the record, when reviews were applied to the records analysed. */
  readonly review?: ReviewStatus;
}

/** A party's current position on one issue, with the records it rests on. */
export interface PartyPosition extends PositionState {
  readonly party: PartyId;
  readonly issue: IssueId;
  /** Propositions the holder ties this position to (from its most recent, best-attested record). */
  readonly conditions: readonly IssueId[];
  readonly support: readonly EvidenceRef[];
}
