/** Stance and strength of one cue toward one proposition: negation, negated objects, hedges, red lines. */
import type { Span, Stance, Strength } from '../core/index.ts';
import type { IssueMention } from '../packs/index.ts';
import { NEGATION_BEFORE, OBJECT_NEGATORS, RED_LINE_MARKERS, SOFT_MARKERS } from './cues.ts';
import type { CueMatch } from './sentence-context.ts';

/** A cue's stance turned around by a negation ("did not reject" accepts, "does not want" rejects). */
export function flipStance(stance: Stance): Stance {
  return stance === 'reject' ? 'accept' : 'reject';
}

/** The stance toward a proposition when what is wanted is its negation: demanding "no NATO" rejects NATO. */
export function towardNegation(stance: Stance): Stance {
  return stance === 'reject' ? 'demand' : 'reject';
}

/** Whether a negation stands right before `offset` ("did not", "under no circumstances will Russia"). */
export function negatedBefore(text: string, offset: number, floor: number): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(floor, offset - 40), offset));
}

// "Kyiv no longer demands …": a demand given up is left out, not turned into a refusal.
const NO_LONGER = /(?<![\p{L}])no longer\s+(?:\p{L}+\s+)?$/iu;
// "He abandoned his call for a ceasefire", "Kyiv dropped its demand for …", "compromise on his goals": a demand withdrawn or given ground on.
const ABANDONED =
  /(?<![\p{L}])(?:abandon(?:s|ed|ing)?|dropp(?:ed|ing)|drops?|g(?:ave|ives?|iving) up|withdr(?:ew|aws?|awn|awing)|back(?:s|ed|ing)? away from|walk(?:s|ed|ing)? back|retreat(?:s|ed|ing)? from|compromis(?:e|es|ed|ing) on|soften(?:s|ed|ing)?|water(?:s|ed|ing)? down|scal(?:e|es|ed|ing) back)\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:[\p{L}-]+\s+)?$/iu;
// "which Russia has yet to accept", "Russia will find it hard to accept", "rather than seeking …": a stance not
// taken (yet) is neither consent nor refusal.
const NOT_YET = /(?<![\p{L}])(?:yet to|still to|rather than|instead of|(?:find|finds|found) it (?:\p{L}+ )?(?:difficult|hard) to)\s+$/iu;
// "the statement did not call for a withdrawal", "the talks did not reach an agreement on a truce": a
// demand not made, or a deal not reached, says nothing of what the party refuses.
const NOT_DONE = /(?<![\p{L}])(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t)\s+(?:\p{L}+ly\s+)?$/iu;
const REACHED = /^reach/iu;

// "backed away from threats intended to press Russia for a cease-fire": a means given up takes its demand with it.
const MEANS_TO = /\s(?:intended|meant|designed|aimed|used)\s+to\s+$/iu;

function meansGivenUp(text: string, cue: CueMatch, floor: number): boolean {
  const before = text.slice(Math.max(floor, cue.start - 72), cue.start);
  return cue.cue.stance === 'demand' && MEANS_TO.test(before) && ABANDONED.test(before.replace(MEANS_TO, ' '));
}

/** Whether the cue states no stance the holder holds now: a demand given up, or a step not yet taken. */
export function isWithheld(text: string, cue: CueMatch, floor: number): boolean {
  if (meansGivenUp(text, cue, floor)) return true;
  const before = text.slice(Math.max(floor, cue.start - 40), cue.start);
    const notDone = NOT_DONE.test(before) && ((cue.cue.stance === 'demand' && cue.cue.speech) || REACHED.test(text.slice(cue.start, cue.end)));
  return (cue.cue.stance === 'demand' && (NO_LONGER.test(before) || (cue.cue.role === 'noun' && ABANDONED.test(before)))) || NOT_YET.test(before) || notDone;
}

/** The stance a cue expresses toward the proposition named at `mention`, within `sentence`. */
export function stanceToward(text: string, cue: CueMatch, mention: IssueMention, sentence: Span): Stance {
  let stance = cue.cue.stance;
  if (cue.cue.role !== 'predicate' && negatedBefore(text, cue.start, sentence.start)) stance = flipStance(stance);
  // A predicate judges the whole phrase before it: "Ukraine's renunciation of NATO membership is a condition".
  const lead = cue.cue.role === 'predicate' ? text.slice(Math.max(sentence.start, mention.start - 30), mention.start).replace(/^.*\b(?:that|which|who)\b/isu, '') : '';
  const between = cue.cue.role === 'predicate' ? lastConjunct(lead) : cue.end > mention.start ? '' : lastConjunct(text.slice(cue.end, mention.start));
  return negatesProposition(mention, between) ? towardNegation(stance) : stance;
}

/**
 * Whether a mention, with the words that lead up to it, names the proposition's negation: an
 * opposite cue, a negating word before it ("abandon its bid to join NATO"), but not both.
 */
export function negatesProposition(mention: IssueMention, leadingWords: string): boolean {
  return mention.negated !== OBJECT_NEGATORS.test(leadingWords);
}

// "renouncing NATO membership, demilitarize by halting arms": a negator in an earlier conjunct is not this one's.
function lastConjunct(words: string): string {
  const parts = words.split(/[,;]|\s(?:and|or)\s/u);
  return parts[parts.length - 1] ?? words;
}

/** How firmly: red-line words in the clause, hedges before the cue, else the cue's own strength. */
export function strengthOf(text: string, cue: CueMatch, clause: Span): Strength {
  // "a ceasefire without preconditions" names the absence of a red line.
  const words = text.slice(clause.start, clause.end).replace(/\b(?:without|no)\s+(?:any\s+)?preconditions?/giu, '');
  if (cue.cue.strength === 'red_line' || RED_LINE_MARKERS.test(words)) return 'red_line';
  // "is open to talks but rules out …": a hedge in an earlier conjunct does not soften this one.
  const lead = lastConjunct(text.slice(clause.start, Math.max(clause.start, cue.start)).replace(/\bbut\b/giu, ','));
  if (cue.cue.strength === 'soft' || SOFT_MARKERS.test(lead) || SOFT_MARKERS.test(text.slice(cue.start, cue.end))) return 'soft';
  return 'firm';
}
