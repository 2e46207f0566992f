/** Pack relations as implications between literals, and what a set of literals forces under them. */
import type { IssueId, Relation, Stance } from '../core/index.ts';

/** A proposition granted (true) or denied (false). */
export interface Literal {
  readonly issue: IssueId;
  readonly value: boolean;
}

/** A value forced on a proposition: given, or derived from another through one relation. */
export interface ForcedValue extends Literal {
  readonly because?: { readonly relation: Relation; readonly from: Literal };
}

/** A proposition forced both true and false, with the relations that led there. */
export interface RelationConflict {
  readonly issue: IssueId;
  readonly relations: readonly Relation[];
}

/** What a set of literals forces: a value per proposition (the first reached wins) and any conflicts. */
export interface Closure {
  readonly values: ReadonlyMap<IssueId, ForcedValue>;
  readonly conflicts: readonly RelationConflict[];
}

interface Edge {
  readonly to: Literal;
  readonly relation: Relation;
}

/** The literal a position asks for: a demand wants the proposition true, a rejection false; an acceptance asks nothing. */
export function literalOf(stance: Stance, issue: IssueId): Literal | null {
  if (stance === 'accept') return null;
  return { issue, value: stance === 'demand' };
}

/** The key of a literal in maps. */
export function literalKey({ issue, value }: Literal): string {
  return (value ? '+' : '-') + issue;
}

/**
 * The implication graph of a pack's relations, contrapositives included: `A implies B` gives A → B and
 * ¬B → ¬A; `A excludes B` gives A → ¬B and B → ¬A. Since every relation is a two-literal clause,
 * following the edges decides exactly what a set of literals forces (2-SAT unit propagation).
 */
export class RelationGraph {
  readonly #edges = new Map<string, Edge[]>();

  constructor(relations: readonly Relation[]) {
    for (const relation of relations) {
      const { from, to } = relation;
      if (relation.type === 'implies') {
        this.#add({ issue: from, value: true }, { issue: to, value: true }, relation);
        this.#add({ issue: to, value: false }, { issue: from, value: false }, relation);
      } else {
        this.#add({ issue: from, value: true }, { issue: to, value: false }, relation);
        this.#add({ issue: to, value: true }, { issue: from, value: false }, relation);
      }
    }
  }

  /** Everything the given literals force, breadth first so each derivation is a shortest chain. */
  close(seeds: readonly Literal[]): Closure {
    const values = new Map<IssueId, ForcedValue>();
    const conflicts: RelationConflict[] = [];
    const queue: ForcedValue[] = [];
    for (const seed of seeds) this.#assign(values, conflicts, queue, { issue: seed.issue, value: seed.value });
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const edge of this.#edges.get(literalKey(next)) ?? []) {
        this.#assign(values, conflicts, queue, { ...edge.to, because: { relation: edge.relation, from: next } });
      }
    }
    return { values, conflicts };
  }

  #assign(values: Map<IssueId, ForcedValue>, conflicts: RelationConflict[], queue: ForcedValue[], forced: ForcedValue): void {
    const existing = values.get(forced.issue);
    if (existing === undefined) {
      values.set(forced.issue, forced);
      queue.push(forced);
    } else if (existing.value !== forced.value) {
      const relations = [...chainOf(values, existing), ...chainOf(values, forced)];
      // The same contradiction is met once from each end of its chain; report it once.
      const sameChain = (conflict: RelationConflict) =>
        conflict.relations.length === relations.length && relations.every((relation) => conflict.relations.includes(relation));
      if (!conflicts.some(sameChain)) conflicts.push({ issue: forced.issue, relations });
    }
  }

  #add(from: Literal, to: Literal, relation: Relation): void {
    const key = literalKey(from);
    const edges = this.#edges.get(key);
    if (edges === undefined) this.#edges.set(key, [{ to, relation }]);
    else edges.push({ to, relation });
  }
}

/** The relations that derived a forced value, from its seed onwards. */
export function chainOf(values: ReadonlyMap<IssueId, ForcedValue>, forced: ForcedValue): Relation[] {
  const chain: Relation[] = [];
  for (let step: ForcedValue | undefined = forced; step?.because !== undefined; step = values.get(step.because.from.issue)) {
    chain.unshift(step.because.relation);
  }
  return chain;
}
