/** Stance and strength of one cue toward one proposition: negation, negated objects, hedges, red lines. */
import type { Span, Stance, Strength } from '../core/index.ts';
import { NEGATION_BEFORE, OBJECT_NEGATORS, RED_LINE_MARKERS, SOFT_MARKERS } from './cues.ts';
import type { CueMatch } from './sentence-context.ts';

/** A cue's stance turned around by a negation ("did not reject" accepts, "does not want" rejects). */
export function flipStance(stance: Stance): Stance {
  return stance === 'reject' ? 'accept' : 'reject';
}

/** The stance a cue expresses toward the proposition at `issue`, within the sentence `sentence`. */
export function stanceToward(text: string, cue: CueMatch, issue: Span, sentence: Span): Stance {
  let stance = cue.cue.stance;
  const before = text.slice(Math.max(sentence.start, cue.start - 24), cue.start);
  if (cue.cue.role !== 'predicate' && NEGATION_BEFORE.test(before)) stance = flipStance(stance);
  if (negatesObject(text, cue, issue)) stance = stance === 'demand' ? 'reject' : stance === 'reject' ? 'demand' : 'reject';
  return stance;
}

/** Whether words between the cue and the proposition negate the proposition itself. */
function negatesObject(text: string, cue: CueMatch, issue: Span): boolean {
  if (cue.cue.role === 'predicate' || cue.end > issue.start) return false;
  return OBJECT_NEGATORS.test(text.slice(cue.end, issue.start));
}

/** How firmly: red-line words in the clause, hedges before the cue, else the cue's own strength. */
export function strengthOf(text: string, cue: CueMatch, clause: Span): Strength {
  const words = text.slice(clause.start, clause.end);
  if (cue.cue.strength === 'red_line' || RED_LINE_MARKERS.test(words)) return 'red_line';
  const lead = text.slice(clause.start, Math.max(clause.start, cue.start));
  if (cue.cue.strength === 'soft' || SOFT_MARKERS.test(lead) || SOFT_MARKERS.test(text.slice(cue.start, cue.end))) return 'soft';
  return 'firm';
}
