/** Dates each position's statement from its sentence, after extraction: which positions exist is not its concern. */
import type { Doc, Position } from '../core/index.ts';
import { statementDate, type DatePhrase } from '../text/index.ts';

/** `positions` with `statedOn` wherever the sentence of the evidence dates the statement (resolved against `doc.date`). */
export function withStatedOn(doc: Doc, positions: readonly Position[]): Position[] {
  const sentences = new Map<string, DatePhrase[]>();
  return positions.map((position) => {
    const phrase = statementDate(doc.text, position.evidence, doc.date, sentences);
    return phrase === undefined ? position : { ...position, statedOn: phrase };
  });
}
