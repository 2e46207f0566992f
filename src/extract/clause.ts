/** Clause boundaries inside a sentence, for evidence and for the reach of red-line words. */
import type { Span } from '../core/index.ts';

/** The clause holding `[from, to)`: out to the nearest clause punctuation within the sentence. */
export function clauseAround(text: string, sentence: Span, from: number, to: number): Span {
  let start = from;
  while (start > sentence.start && !/[;:.!?]/u.test(text[start - 1] ?? '')) start--;
  let end = to;
  while (end < sentence.end && !isClauseEnd(text, end)) end++;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  return { start, end };
}

// A comma or stop inside a number ("1,000", "2.5") does not end a clause.
function isClauseEnd(text: string, at: number): boolean {
  return /[,;:.!?]/u.test(text[at] ?? '') && !(/[\d]/u.test(text[at - 1] ?? '') && /[\d]/u.test(text[at + 1] ?? ''));
}
