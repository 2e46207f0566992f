/** A position as the rules find it, before document-level fields are filled in, and where it goes. */
import type { IssueId, Position, Span } from '../core/index.ts';
import type { Holding } from './holder.ts';
import type { CueMatch, SentenceContext } from './sentence-context.ts';

/** A position found by a rule, still tied to the actor, cue and sentence it came from. */
export interface Draft {
  readonly holding: Holding;
  readonly cue: CueMatch;
  readonly issue: IssueId;
  readonly stance: Position['stance'];
  readonly strength: Position['strength'];
  readonly context: SentenceContext;
  readonly evidence: Span;
  readonly conditions: readonly IssueId[];
  /** The offset the position is about, for telling whether it sits in a quotation. */
  readonly at: number;
  readonly rule: string;
  readonly confidence: number;
}

/** Receives drafts and returns the positions they became (one per holding party). */
export type Emit = (draft: Draft) => readonly Position[];
