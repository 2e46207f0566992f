/** Collisions: firm or red-line positions of two parties that cannot both be met. */
import type { IssueId, Pack, PartyId, PositionRecord, Relation, Strength } from '../core/index.ts';
import { matrix, type MatrixCell, type MatrixOptions } from './matrix.ts';
import { compareText, STRENGTH_RANK } from './ranks.ts';
import { chainOf, literalKey, literalOf, RelationGraph } from './relation-graph.ts';
import type { PartyPosition } from './types.ts';

/** Two parties' positions that no deal can meet together. */
export interface Collision {
  /** The issues involved, sorted: one for a direct clash, two when a relation links them. */
  readonly issues: readonly IssueId[];
  readonly parties: readonly [PartyId, PartyId];
  /** The weaker of the two strengths: `red_line` when both sides are red lines. */
  readonly level: Exclude<Strength, 'soft'>;
  readonly sides: readonly [PartyPosition, PartyPosition];
  /** The pack relations that make the two incompatible; empty when one demands what the other rejects. */
  readonly relations: readonly Relation[];
}

/** The collisions found, sorted by issues, then parties. */
export interface CollisionsResult {
  readonly collisions: readonly Collision[];
}

/**
 * Pairs of parties whose current firm or red-line demands and rejections contradict each other, directly
 * (A demands P, B rejects P) or through the pack's relations (A demands neutrality, B demands NATO
 * membership, and neutrality excludes membership). Conditional positions are included and keep their
 * conditions, so the reader sees when a clash is only conditional.
 */
export function collisions(records: readonly PositionRecord[], pack: Pack, options: MatrixOptions = {}): CollisionsResult {
  const firm = matrix(records, options).cells.filter((cell) => cell.strength !== 'soft' && cell.stance !== 'accept');
  const byLiteral = new Map<string, MatrixCell[]>();
  for (const cell of firm) {
    const key = literalKey(literalOf(cell.stance, cell.issue)!);
    byLiteral.set(key, [...(byLiteral.get(key) ?? []), cell]);
  }
  const graph = new RelationGraph(pack.relations);
  const found = new Map<string, Collision>();
  for (const cell of firm) {
    const { values, conflicts } = graph.close([literalOf(cell.stance, cell.issue)!]);
    // A position that contradicts itself under the relations is a pack problem, not a clash between parties.
    if (conflicts.length > 0) continue;
    for (const forced of values.values()) {
      // The cells this position forbids are those asking for the opposite of what it forces.
      for (const other of byLiteral.get(literalKey({ issue: forced.issue, value: !forced.value })) ?? []) {
        if (other.party === cell.party) continue;
        const [first, second] = compareCells(cell, other) <= 0 ? [cell, other] : [other, cell];
        const key = `${first.party}|${first.issue}|${second.party}|${second.issue}`;
        if (found.has(key)) continue;
        found.set(key, {
          issues: [...new Set([first.issue, second.issue])].sort(compareText),
          parties: [first.party, second.party],
          level: first.strength === 'red_line' && second.strength === 'red_line' ? 'red_line' : 'firm',
          sides: [toPosition(first), toPosition(second)],
          relations: chainOf(values, forced),
        });
      }
    }
  }
  const list = [...found.values()].sort(
    (a, b) =>
      compareText(a.issues.join(','), b.issues.join(',')) ||
      compareText(a.parties.join(','), b.parties.join(',')) ||
      STRENGTH_RANK[b.level] - STRENGTH_RANK[a.level],
  );
  return { collisions: list };
}

function compareCells(a: MatrixCell, b: MatrixCell): number {
  return compareText(a.party, b.party) || compareText(a.issue, b.issue);
}

function toPosition({ party, issue, stance, strength, conditions, support }: MatrixCell): PartyPosition {
  return { party, issue, stance, strength, conditions, support };
}
