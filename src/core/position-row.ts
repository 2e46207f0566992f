/** The flat, JSON-safe form of a position: the machine contract of `redlines extract --format jsonl`. */
import type { Position } from './types.ts';

/** One position as a flat record: the GUIDE fields plus evidence offsets and provenance. */
export interface PositionRow {
  readonly doc: string;
  readonly holder: string;
  readonly issue: string;
  readonly stance: Position['stance'];
  readonly strength: Position['strength'];
  readonly mode: Position['mode'];
  readonly speaker: string;
  readonly intermediary: string;
  readonly outlet: string;
  readonly conditions: readonly string[];
  readonly evidence: string;
  readonly evidence_start: number;
  readonly evidence_end: number;
  /** Offsets into the raw page, for documents read from HTML. */
  readonly source_start?: number;
  readonly source_end?: number;
  readonly confidence: number;
  readonly extractor: string;
  /** The day the text dates the statement, with the dating phrase and its offsets. */
  readonly stated_on?: string;
  readonly stated_on_phrase?: string;
  readonly stated_on_start?: number;
  readonly stated_on_end?: number;
}

/** Flattens a position into its row form. */
export function toPositionRow(position: Position): PositionRow {
  const { evidence, statedOn, ...rest } = position;
  const source = evidence.source ? { source_start: evidence.source.start, source_end: evidence.source.end } : {};
  const stated = statedOn
    ? { stated_on: statedOn.date, stated_on_phrase: statedOn.quote, stated_on_start: statedOn.start, stated_on_end: statedOn.end }
    : {};
  return { ...rest, evidence: evidence.quote, evidence_start: evidence.start, evidence_end: evidence.end, ...source, ...stated };
}
