/** Deal search: a deal within every chosen party's red lines, or the smallest sets of red lines to relax. */
import Logic from 'logic-solver';
import type { Deal, IssueId, Pack, PartyId, PositionRecord } from '../core/index.ts';
import { matrix } from './matrix.ts';
import { compareText } from './ranks.ts';
import { totalizer } from './totalizer.ts';
import type { DateWindow, PartyPosition } from './types.ts';

/** Whose red lines to satisfy (every party in the records when absent), and how many correction sets to list. */
export interface SearchDealOptions extends DateWindow {
  readonly parties?: readonly PartyId[];
  /** Propositions the deal must set as given (the builder's toggles): hard constraints, never relaxed. */
  readonly fixed?: Readonly<Record<IssueId, boolean>>;
  /** The most minimal correction sets to enumerate, smallest first. */
  readonly limit?: number;
}

/** A minimal set of red lines whose relaxation makes a deal possible, and one deal it makes possible. */
export interface CorrectionSet {
  readonly size: number;
  readonly redLines: readonly PartyPosition[];
  /** The parties that would have to give ground, sorted. */
  readonly parties: readonly PartyId[];
  readonly deal: Deal;
}

/** Either a deal that keeps every red line, or the proof that none exists with the minimal correction sets. */
export interface DealSearch {
  readonly feasible: boolean;
  /** A deal over the propositions the red lines mention, when one keeps them all. */
  readonly deal: Deal | null;
  /** The red lines searched: each party's current red-line demands and rejections. */
  readonly redLines: readonly PartyPosition[];
  /** Minimal correction sets, smallest first (empty when feasible). */
  readonly correctionSets: readonly CorrectionSet[];
  /** Whether `correctionSets` lists every minimal correction set rather than stopping at the limit. */
  readonly complete: boolean;
}

/**
 * Encodes each red line as a clause guarded by its own selector variable (selector true = relaxed):
 * a demand needs its proposition true and a rejection false, whenever all its conditions hold; pack
 * relations are hard clauses. MiniSat (logic-solver) then enumerates minimal correction sets smallest
 * first: at each size k it asks for a solution relaxing at most k selectors (counted by a totalizer), records it, and blocks
 * every superset of it. Once all smaller sets are blocked, any solution of size k is minimal.
 */
export function searchDeal(records: readonly PositionRecord[], pack: Pack, { parties, fixed = {}, since, until, limit = 10 }: SearchDealOptions = {}): DealSearch {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`searchDeal: limit must be a positive integer, got ${limit}`);
  const redLines = matrix(records, { since, until, ...(parties === undefined ? {} : { parties }) }).cells
    .filter((cell) => cell.strength === 'red_line' && cell.stance !== 'accept')
    .map(({ party, issue, stance, strength, conditions, support }): PartyPosition => ({ party, issue, stance, strength, conditions, support }));
  return Logic.disablingAssertions(() => solve(redLines, pack, fixed, limit));
}

function solve(redLines: readonly PartyPosition[], pack: Pack, fixed: Readonly<Record<IssueId, boolean>>, limit: number): DealSearch {
  const solver = new Logic.Solver();
  for (const [issue, value] of Object.entries(fixed)) solver.require(value ? variable(issue) : Logic.not(variable(issue)));
  const selectors = redLines.map((_, index) => `relax:${index}`);
  redLines.forEach((redLine, index) => {
    const wanted = variable(redLine.issue);
    solver.require(Logic.or(
      selectors[index]!,
      ...redLine.conditions.map((condition) => Logic.not(variable(condition))),
      redLine.stance === 'demand' ? wanted : Logic.not(wanted),
    ));
  });
  for (const relation of pack.relations) {
    const from = Logic.not(variable(relation.from));
    solver.require(Logic.or(from, relation.type === 'implies' ? variable(relation.to) : Logic.not(variable(relation.to))));
  }
  const propositions = [...new Set([...redLines.flatMap((redLine) => [redLine.issue, ...redLine.conditions]), ...Object.keys(fixed)])].sort(compareText);
  const dealOf = (solution: Logic.Solution): Deal => ({
    assignments: Object.fromEntries(propositions.map((issue) => [issue, solution.evaluate(variable(issue))])),
  });
  const moreThan = totalizer(solver, selectors, 'count:');
  const atMost = (size: number): Logic.Operand => (size < moreThan.length ? Logic.not(moreThan[size]!) : Logic.TRUE);
  const keepAll = solver.solveAssuming(atMost(0));
  if (keepAll !== null) return { feasible: true, deal: dealOf(keepAll), redLines, correctionSets: [], complete: true };

  const correctionSets: CorrectionSet[] = [];
  for (let size = 1; size <= selectors.length && correctionSets.length < limit; ) {
    const solution = solver.solveAssuming(atMost(size));
    if (solution === null) {
      size += 1;
      continue;
    }
    const relaxed = selectors.flatMap((selector, index) => (solution.evaluate(selector) ? [index] : []));
    solver.require(Logic.or(relaxed.map((index) => Logic.not(selectors[index]!))));
    const relaxedLines = relaxed.map((index) => redLines[index]!);
    correctionSets.push({
      size: relaxed.length,
      redLines: relaxedLines,
      parties: [...new Set(relaxedLines.map((redLine) => redLine.party))].sort(compareText),
      deal: dealOf(solution),
    });
  }
  // Relaxing every red line gives a deal unless the fixed propositions contradict the relations; either way an
  // unsatisfiable rest means every set was listed.
  return { feasible: false, deal: null, redLines, correctionSets, complete: solver.solve() === null };
}

/** The solver variable of a proposition; prefixed because issue ids may not be valid variable names. */
function variable(issue: IssueId): string {
  return `p:${issue}`;
}
