/** The rows scoring compares: gold positions as annotated, and predicted positions as extracted. */
import type { Position, Span } from '../core/index.ts';

/** One line of a gold file (see shared/eval/GUIDE.md): evidence is the verbatim quote, without offsets. */
export type GoldPosition = Pick<Position, 'doc' | 'holder' | 'issue' | 'stance' | 'strength' | 'mode' | 'speaker' | 'conditions'> & {
  readonly evidence: string;
};

/** What scoring needs of a predicted position; every `Position` is one. */
export type PredictedPosition = Pick<Position, 'doc' | 'holder' | 'issue' | 'stance' | 'strength' | 'mode'> & {
  readonly evidence: Span;
};

/** The unit scoring counts once: (doc, holder, issue, stance). */
export function tupleKey(row: Pick<GoldPosition, 'doc' | 'holder' | 'issue' | 'stance'>): string {
  return JSON.stringify([row.doc, row.holder, row.issue, row.stance]);
}
