/** Deal check: what a proposed settlement does to each party's current positions. */
import type { Deal, IssueId, Message, Pack, PartyId, PositionRecord, Relation, Strength } from '../core/index.ts';
import { matrix, type MatrixCell, type MatrixOptions } from './matrix.ts';
import { compareText } from './ranks.ts';
import { chainOf, RelationGraph, type Closure } from './relation-graph.ts';
import type { PartyPosition } from './types.ts';

/**
 * What a deal does to one position: `satisfied` or `violated`; `open` when the deal leaves the
 * proposition or a condition unsettled; `moot` when a condition is denied (the position does not bind)
 * or an acceptance meets a denied proposition (nothing was asked of the holder).
 */
export type DealOutcome = 'satisfied' | 'violated' | 'open' | 'moot';

/** The value a deal gives a proposition: set by the deal, forced through relations, or left open. */
export interface PropositionValue {
  readonly issue: IssueId;
  readonly value: boolean | null;
  readonly source: 'deal' | 'relation' | 'open';
  /** For a forced value, the relations that forced it, starting from a proposition the deal sets. */
  readonly relations: readonly Relation[];
}

/** One position under the deal. */
export interface PositionOutcome extends PartyPosition {
  readonly outcome: DealOutcome;
  /** The proposition's value under the deal. */
  readonly value: PropositionValue;
  /** The values of its conditions under the deal. */
  readonly conditionValues: readonly PropositionValue[];
}

/** A party's positions under the deal, by outcome. */
export interface OutcomeGroups {
  readonly violated: readonly PositionOutcome[];
  readonly satisfied: readonly PositionOutcome[];
  readonly open: readonly PositionOutcome[];
  readonly moot: readonly PositionOutcome[];
}

/** One party's verdict: its positions grouped by strength, then by outcome. */
export interface PartyVerdict {
  readonly party: PartyId;
  /** No red line of the party is violated. */
  readonly redLinesKept: boolean;
  readonly byStrength: Readonly<Record<Strength, OutcomeGroups>>;
}

/** The deal as closed under the pack's relations, and each party's verdict, sorted by party. */
export interface DealCheck {
  readonly values: readonly PropositionValue[];
  readonly parties: readonly PartyVerdict[];
  readonly messages: readonly Message[];
}

/**
 * Checks a deal against every party's current position (the matrix cell) on each issue. The deal is
 * first closed under the pack's relations, so granting NATO membership also denies neutrality when
 * neutrality excludes membership. A position with conditions binds only when all of them hold.
 */
export function checkDeal(deal: Deal, records: readonly PositionRecord[], pack: Pack, options: MatrixOptions = {}): DealCheck {
  const graph = new RelationGraph(pack.relations);
  const closure = graph.close(Object.entries(deal.assignments).map(([issue, value]) => ({ issue, value })));
  const valueOf = (issue: IssueId): PropositionValue => propositionValue(closure, issue);
  const byParty = new Map<PartyId, PositionOutcome[]>();
  for (const cell of matrix(records, options).cells) {
    const outcome = judge(cell, valueOf);
    byParty.set(cell.party, [...(byParty.get(cell.party) ?? []), outcome]);
  }
  const parties = [...byParty].sort(([a], [b]) => compareText(a, b)).map(([party, outcomes]) => verdict(party, outcomes));
  const values = [...closure.values.keys()].sort(compareText).map(valueOf);
  return { values, parties, messages: closure.conflicts.map(conflictMessage) };
}

function propositionValue(closure: Closure, issue: IssueId): PropositionValue {
  const forced = closure.values.get(issue);
  if (forced === undefined) return { issue, value: null, source: 'open', relations: [] };
  if (forced.because === undefined) return { issue, value: forced.value, source: 'deal', relations: [] };
  return { issue, value: forced.value, source: 'relation', relations: chainOf(closure.values, forced) };
}

function judge(cell: MatrixCell, valueOf: (issue: IssueId) => PropositionValue): PositionOutcome {
  const { party, issue, stance, strength, conditions, support } = cell;
  const value = valueOf(issue);
  const conditionValues = conditions.map(valueOf);
  const position = { party, issue, stance, strength, conditions, support, value, conditionValues };
  if (conditionValues.some((condition) => condition.value === false)) return { ...position, outcome: 'moot' };
  if (value.value === null || conditionValues.some((condition) => condition.value === null)) return { ...position, outcome: 'open' };
  if (stance === 'accept') return { ...position, outcome: value.value ? 'satisfied' : 'moot' };
  return { ...position, outcome: value.value === (stance === 'demand') ? 'satisfied' : 'violated' };
}

function verdict(party: PartyId, outcomes: readonly PositionOutcome[]): PartyVerdict {
  const group = (strength: Strength): OutcomeGroups => {
    const ofStrength = outcomes.filter((outcome) => outcome.strength === strength);
    const pick = (kind: DealOutcome) => ofStrength.filter((outcome) => outcome.outcome === kind);
    return { violated: pick('violated'), satisfied: pick('satisfied'), open: pick('open'), moot: pick('moot') };
  };
  const byStrength = { red_line: group('red_line'), firm: group('firm'), soft: group('soft') };
  return { party, redLinesKept: byStrength.red_line.violated.length === 0, byStrength };
}

function conflictMessage({ issue, relations }: { issue: IssueId; relations: readonly Relation[] }): Message {
  const via = relations.map((relation) => `${relation.from} ${relation.type} ${relation.to}`).join('; ');
  return {
    reason: `the deal forces ${issue} both true and false (via ${via}); the deal's own value is kept`,
    stage: 'analyse', ruleId: 'analyse/deal-contradicts-relations', severity: 'error', source: issue,
  };
}
