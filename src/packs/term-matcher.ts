/** Finds many cues at once in a text, leftmost-longest and without overlaps. */
import type { Span } from '../core/index.ts';
import { cueBody, wrapCueBody } from './compile-cue.ts';

/** A cue to look for, with what a match of it means. */
export interface Term<T> {
  readonly cue: string;
  /** Match letters in their exact case; for acronyms such as `US`, which would otherwise match "us". */
  readonly exactCase?: boolean;
  readonly meaning: T;
}

/** Where a term occurs in a text. */
export interface TermMatch<T> extends Span {
  readonly text: string;
  readonly term: Term<T>;
}

/** Compiles a list of terms into at most two regular expressions (any case, exact case), one capture group per term. */
export class TermMatcher<T> {
  private readonly groups: readonly { readonly regex: RegExp; readonly terms: readonly Term<T>[] }[];

  constructor(terms: readonly Term<T>[]) {
    // Longer cues first, so that at one position "Russian Federation" wins over "Russian".
    const ordered = [...terms].sort((a, b) => b.cue.length - a.cue.length);
    this.groups = [true, false].flatMap((exactCase) => {
      const chosen = ordered.filter((term) => (term.exactCase ?? false) === exactCase);
      if (chosen.length === 0) return [];
      const source = wrapCueBody(chosen.map((term) => `(${cueBody(term.cue)})`).join('|'));
      return [{ regex: new RegExp(source, exactCase ? 'gu' : 'giu'), terms: chosen }];
    });
  }

  /** Every match in `text`, in order; where matches overlap, the earliest and then the longest wins. */
  find(text: string): TermMatch<T>[] {
    const all: TermMatch<T>[] = [];
    for (const { regex, terms } of this.groups) {
      for (const match of text.matchAll(regex)) {
        const group = match.findIndex((captured, index) => index > 0 && captured !== undefined);
        const start = match.index;
        all.push({ start, end: start + match[0].length, text: match[0], term: terms[group - 1]! });
      }
    }
    if (this.groups.length < 2) return all;
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: TermMatch<T>[] = [];
    for (const match of all) {
      const last = kept.at(-1);
      if (last === undefined || match.start >= last.end) kept.push(match);
    }
    return kept;
  }
}
