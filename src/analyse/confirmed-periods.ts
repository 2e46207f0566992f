/** The shift rule: which statements establish a new state and which are stray. */
import type { PositionState } from './types.ts';
import type { Statement } from './chronicle.ts';

/** A stretch of time over which one state was the party's confirmed position. */
export interface Period {
  readonly state: PositionState;
  /** The statements that confirmed the state, oldest first. */
  readonly confirmedBy: readonly Statement[];
  /** Later statements of the same state, while it held. */
  readonly restatedBy: readonly Statement[];
}

/** For each statement of a thread, the confirmed state once it has been read (null before any). */
export interface ConfirmedHistory {
  readonly periods: readonly Period[];
  readonly stateAfter: readonly (PositionState | null)[];
}

/**
 * Walks one party's statements on one issue in date order. A state other than the current one
 * becomes current once it is confirmed by two distinct documents, or by one direct statement, with
 * no restatement of the current state in between; anything less is stray and changes nothing.
 */
export function confirmedPeriods(thread: readonly Statement[]): ConfirmedHistory {
  const periods: { state: PositionState; confirmedBy: Statement[]; restatedBy: Statement[] }[] = [];
  const stateAfter: (PositionState | null)[] = [];
  let pending = new Map<string, Statement[]>();
  for (const statement of thread) {
    const current = periods.at(-1);
    if (current !== undefined && sameState(current.state, statement)) {
      current.restatedBy.push(statement);
      // The party has just repeated its position: earlier stray statements no longer add up to a change.
      pending = new Map();
    } else {
      const key = statement.stance + statement.strength;
      const candidates = [...(pending.get(key) ?? []), statement];
      pending.set(key, candidates);
      if (isConfirmed(candidates)) {
        periods.push({ state: { stance: statement.stance, strength: statement.strength }, confirmedBy: candidates, restatedBy: [] });
        pending = new Map();
      }
    }
    stateAfter.push(periods.at(-1)?.state ?? null);
  }
  return { periods, stateAfter };
}

/** Two distinct documents (statements are already one per document and state) or one direct statement. */
function isConfirmed(candidates: readonly Statement[]): boolean {
  return candidates.length >= 2 || candidates.some((statement) => statement.mode === 'direct');
}

/** Whether two states are the same stance at the same strength. */
function sameState(a: PositionState, b: PositionState): boolean {
  return a.stance === b.stance && a.strength === b.strength;
}
