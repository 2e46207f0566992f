/** Consistency: how steadily a party holds its positions over a window, per issue and overall. */
import type { IssueId, Message, PartyId, PositionRecord } from '../core/index.ts';
import { chronicle, undatedMessages, type Statement } from './chronicle.ts';
import { evidenceRef } from './evidence-ref.ts';
import { compareText } from './ranks.ts';
import type { DateWindow, EvidenceRef } from './types.ts';

/** Whose consistency (every party when absent) over which window. */
export interface ConsistencyOptions {
  readonly party?: PartyId;
  readonly window?: DateWindow;
}

/** How steadily a party held its position on one issue. */
export interface IssueConsistency {
  readonly issue: IssueId;
  /** Mean agreement of consecutive statements in [0, 1]; null with fewer than two statements. */
  readonly score: number | null;
  readonly statements: number;
  /** Consecutive pairs compared: statements − 1. */
  readonly comparisons: number;
  /** Consecutive pairs whose stance differs. */
  readonly stanceChanges: number;
  /** Consecutive pairs with the same stance at a different strength. */
  readonly strengthChanges: number;
  readonly support: readonly EvidenceRef[];
}

/** One party's consistency: per issue, and overall as the mean over all compared pairs. */
export interface PartyConsistency {
  readonly party: PartyId;
  /** Null when no issue has two statements to compare. */
  readonly overall: number | null;
  readonly comparisons: number;
  readonly issues: readonly IssueConsistency[];
}

/** The consistency of each party, sorted by party. */
export interface ConsistencyResult {
  readonly parties: readonly PartyConsistency[];
  readonly messages: readonly Message[];
}

/** Agreement of a statement with the one before it: same state 1, same stance at another strength ½, other stance 0. */
function agreement(previous: Statement, next: Statement): number {
  if (previous.stance !== next.stance) return 0;
  return previous.strength === next.strength ? 1 : 0.5;
}

/**
 * Scores each party's stability: on each issue, the mean agreement of consecutive statements (one per
 * document, near-duplicates folded) in date order; overall, the same mean over every issue's pairs.
 */
export function consistency(records: readonly PositionRecord[], { party, window = {} }: ConsistencyOptions = {}): ConsistencyResult {
  const { threads, undated } = chronicle(records, { ...(party === undefined ? {} : { party }), window });
  const parties: PartyConsistency[] = [];
  for (const [partyId, byIssue] of threads) {
    const issues: IssueConsistency[] = [];
    let agreed = 0;
    let compared = 0;
    for (const [issue, thread] of byIssue) {
      const scored = scoreThread(issue, thread);
      issues.push(scored.result);
      agreed += scored.agreed;
      compared += scored.result.comparisons;
    }
    issues.sort((a, b) => compareText(a.issue, b.issue));
    parties.push({ party: partyId, overall: compared === 0 ? null : agreed / compared, comparisons: compared, issues });
  }
  parties.sort((a, b) => compareText(a.party, b.party));
  return { parties, messages: undatedMessages(undated) };
}

function scoreThread(issue: IssueId, thread: readonly Statement[]): { result: IssueConsistency; agreed: number } {
  let agreed = 0;
  let stanceChanges = 0;
  let strengthChanges = 0;
  for (let index = 1; index < thread.length; index += 1) {
    const value = agreement(thread[index - 1]!, thread[index]!);
    agreed += value;
    if (value === 0) stanceChanges += 1;
    else if (value < 1) strengthChanges += 1;
  }
  const comparisons = Math.max(thread.length - 1, 0);
  return {
    agreed,
    result: {
      issue,
      score: comparisons === 0 ? null : agreed / comparisons,
      statements: thread.length,
      comparisons,
      stanceChanges,
      strengthChanges,
      support: thread.flatMap((statement) => statement.records.map(evidenceRef)),
    },
  };
}
