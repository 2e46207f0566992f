/** Finds many cues at once in a text, leftmost-longest and without overlaps. */
import { runScanner, type Span } from '../core/index.ts';
import { cueBody, INFLECTABLE, inflectedForms, wrapCueEnd } from './compile-cue.ts';
import { cueFollowers, joinedFollowers, neededLetters, type Joined } from './cue-followers.ts';

/** A cue to look for, with what a match of it means. */
export interface Term<T> {
  readonly cue: string;
  /** Terms of different groups may overlap in a text (one phrase may name two issues); within a group the longest wins. */
  readonly group?: string;
  /** Match letters in their exact case; for acronyms such as `US`, which would otherwise match "us". */
  readonly exactCase?: boolean;
  /** Let the cue's lowercase words match their inflected forms ("release" → "released"). */
  readonly inflect?: boolean;
  readonly meaning: T;
}

/** Where a term occurs in a text. */
export interface TermMatch<T> extends Span {
  readonly text: string;
  readonly term: Term<T>;
}

/** A term with its sticky regular expression, tried only where its first word stands. */
interface Anchored<T> {
  readonly term: Term<T>;
  readonly regex: RegExp;
  /** For "the Kremlin": anchored on "kremlin", and tried where "the" stands before it. */
  readonly article?: boolean;
  /** Per first word, the words one of which must follow it (see cue-followers.ts). */
  readonly followers?: ReadonlyMap<string, readonly string[] | undefined>;
  /** Per first word, how it is joined to the words one of which must follow it (see cue-followers.ts). */
  readonly joined?: ReadonlyMap<string, Joined>;
  /** Lowercase letters of which every match holds one run; a text without any is not searched for the term. */
  readonly needs?: readonly string[];
  /** Index of the term, for remembering per text whether it holds what the term needs. */
  readonly index: number;
  /** A cue of one ASCII word ("Ukraine", "ceasefire"): a word found under it in the index is a match, with no expression to run. */
  readonly wholeWord: boolean;
}

// "the" opens a third of all words; terms that start with it are anchored on their next word.
const ARTICLE = /^the\s+(?=[\p{L}\p{N}(])/iu;
const ARTICLE_BEFORE = /(?<![\p{L}\p{N}])the\s+$/iu;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Where the run of letters, digits and marks that starts at an offset ends.
const wordEnd = runScanner(WORD_CHAR);
const PREFIX_KEY_LENGTH = 2;
// Compared lowercased, such a word matches as a case-insensitive expression does ("ſ" aside, see `find`).
const ONE_ASCII_WORD = /^[A-Za-z0-9]+$/u;

/**
 * Indexes terms by the words they can start with, so that a text is scanned once for words and
 * each term's expression runs only at the few places where its first word occurs.
 */
export class TermMatcher<T> {
  private readonly exact = new Map<string, Anchored<T>[]>();
  private readonly prefixes = new Map<string, { prefix: string; anchored: Anchored<T> }[]>();
  /** Per term, the text (numbered by `texts`) for which `lastNeeded` holds where its needed runs last open a word (-1: nowhere). */
  private readonly checked: number[] = [];
  private readonly lastNeeded: number[] = [];
  private texts = 0;

  constructor(terms: readonly Term<T>[]) {
    for (const term of terms) {
      const article = ARTICLE.exec(term.cue);
      const inflect = term.inflect ?? false;
      const regex = new RegExp(wrapCueEnd(cueBody(term.cue, { inflect })), term.exactCase ? 'uy' : 'iuy');
      const followers = article ? undefined : cueFollowers(term.cue, inflect);
      const joined = article ? undefined : joinedFollowers(term.cue, inflect);
      const needs = neededLetters(term.cue, inflect);
      const anchored = { term, regex, article: article !== null, index: this.checked.length, wholeWord: ONE_ASCII_WORD.test(term.cue), ...(followers ? { followers } : {}), ...(joined ? { joined } : {}), ...(needs ? { needs } : {}) };
      this.checked.push(0);
      this.lastNeeded.push(-1);
      for (const { word, prefix } of leadingWords(term.cue.slice(article?.[0].length ?? 0), inflect)) {
        if (prefix) {
          const key = word.slice(0, PREFIX_KEY_LENGTH);
          this.prefixes.set(key, [...(this.prefixes.get(key) ?? []), { prefix: word, anchored }]);
        } else {
          this.exact.set(word, [...(this.exact.get(word) ?? []), anchored]);
        }
      }
    }
  }

  /** Runs one term at `at`, keeping per group only the longest match found at that word. */
  private tryAt(text: string, wordAt: number, { term, regex, article }: Anchored<T>, all: TermMatch<T>[], firstOfWord: number): void {
    let at = wordAt;
    if (article) {
      const before = ARTICLE_BEFORE.exec(text.slice(Math.max(0, wordAt - 12), wordAt));
      if (!before) return;
      at = wordAt - before[0].length;
    }
    regex.lastIndex = at;
    const match = regex.exec(text);
    if (match) this.keepLongest(all, firstOfWord, { start: at, end: at + match[0].length, text: match[0], term });
  }

  /** Keeps `found` unless a match of its group found at the same word is at least as long. */
  private keepLongest(all: TermMatch<T>[], firstOfWord: number, found: TermMatch<T>): void {
    const { term } = found;
    const group = term.group ?? '';
    for (let i = firstOfWord; i < all.length; i++) {
      const other = all[i]!;
      if ((other.term.group ?? '') !== group) continue;
      if (found.end > other.end) all[i] = found;
      return;
    }
    all.push(found);
  }

  /**
   * Whether a word starting with one of the runs the term needs stands at or after `at`: the runs
   * open a part of the cue after a space, so in a match they open a word after its first. Where the
   * last such word stands is decided once per term and text.
   */
  private holdsNeeds({ needs, index }: Anchored<T>, words: TextWords, at: number): boolean {
    if (!needs || words.number === 0) return true;
    if (this.checked[index] !== words.number) {
      this.checked[index] = words.number;
      this.lastNeeded[index] = lastStartOfAny(words, needs);
    }
    return this.lastNeeded[index]! >= at;
  }

  /** Every match in `text`, in order; where matches overlap, the earliest and then the longest wins. */
  find(text: string): TermMatch<T>[] {
    const all: TermMatch<T>[] = [];
    const lowered = text.toLowerCase();
    // toLowerCase keeps offsets only when no character changes length; otherwise lower word by word.
    const sameLength = lowered.length === text.length;
    // What terms need is compared lowercased, which reads "ſ" otherwise than a case-insensitive expression.
    const compareLowered = sameLength && !lowered.includes('ſ');
    const words = textWords(text, lowered, sameLength, compareLowered ? ++this.texts : 0);
    for (let w = 0; w < words.lower.length; w++) {
      const at = words.starts[w]!;
      const end = words.ends[w]!;
      const lower = words.lower[w]!;
      const firstOfWord = all.length;
      const exact = this.exact.get(lower);
      if (exact) {
        let next: number | undefined;
        for (const anchored of exact) {
          const followers = compareLowered ? anchored.followers?.get(lower) : undefined;
          if (followers) {
            next ??= nextWordStart(lowered, end);
            if (!followedBy(lowered, next, followers)) continue;
          }
          if (!joinedAt(lowered, end, compareLowered ? anchored.joined?.get(lower) : undefined)) continue;
          if (anchored.wholeWord && compareLowered) {
            // The word is the cue (or one of its inflected forms) in some case; exact-case cues only in theirs.
            const found = text.slice(at, end);
            if (!anchored.term.exactCase || found === anchored.term.cue) this.keepLongest(all, firstOfWord, { start: at, end, text: found, term: anchored.term });
          } else if (this.holdsNeeds(anchored, words, at)) this.tryAt(text, at, anchored, all, firstOfWord);
        }
      }
      const prefixed = this.prefixes.get(lower.slice(0, PREFIX_KEY_LENGTH));
      if (prefixed) {
        for (const { prefix, anchored } of prefixed) {
          if (!lower.startsWith(prefix) || !joinedAt(lowered, at + prefix.length, compareLowered ? anchored.joined?.get(prefix) : undefined)) continue;
          if (this.holdsNeeds(anchored, words, at)) this.tryAt(text, at, anchored, all, firstOfWord);
        }
      }
    }
    all.sort((a, b) => a.start - b.start);
    const lastEnd = new Map<string, number>();
    return all.filter((match) => {
      const group = match.term.group ?? '';
      if (match.start < (lastEnd.get(group) ?? 0)) return false;
      lastEnd.set(group, match.end);
      return true;
    });
  }
}

/** A text's words (maximal runs of letters, digits and marks), lowercased, in order. */
interface TextWords {
  readonly starts: number[];
  readonly ends: number[];
  readonly lower: string[];
  /** The text's number, for what is decided once per text; 0 where lowercased words are not compared with what terms need. */
  readonly number: number;
  /** The distinct words by their first three letters, with where each last starts; built on first need. */
  byOpening?: Map<string, { word: string; lastStart: number }[]>;
}

function textWords(text: string, lowered: string, sameLength: boolean, number: number): TextWords {
  const words: TextWords = { starts: [], ends: [], lower: [], number };
  for (let at = 0, end = 0; at < text.length; at = Math.max(end, at + 1)) {
    end = wordEnd(text, at);
    if (end === at) continue;
    words.starts.push(at);
    words.ends.push(end);
    words.lower.push(sameLength ? lowered.slice(at, end) : text.slice(at, end).toLowerCase());
  }
  return words;
}

/** Where the last word that opens with one of `runs` (three letters or more) starts; -1 where none does. */
function lastStartOfAny(words: TextWords, runs: readonly string[]): number {
  words.byOpening ??= wordsByOpening(words);
  let last = -1;
  for (const run of runs) {
    for (const { word, lastStart } of words.byOpening.get(run.slice(0, RUN_KEY_LENGTH)) ?? []) if (lastStart > last && word.startsWith(run)) last = lastStart;
  }
  return last;
}

// The runs terms need are three letters or more (see neededLetters), so words are bucketed by their first three.
const RUN_KEY_LENGTH = 3;

function wordsByOpening({ starts, lower }: TextWords): Map<string, { word: string; lastStart: number }[]> {
  const lastStart = new Map<string, number>();
  for (let w = 0; w < lower.length; w++) if (lower[w]!.length >= RUN_KEY_LENGTH) lastStart.set(lower[w]!, starts[w]!);
  const byOpening = new Map<string, { word: string; lastStart: number }[]>();
  for (const [word, start] of lastStart) {
    const key = word.slice(0, RUN_KEY_LENGTH);
    const bucket = byOpening.get(key);
    if (bucket) bucket.push({ word, lastStart: start });
    else byOpening.set(key, [{ word, lastStart: start }]);
  }
  return byOpening;
}

// The quotation marks a cue's space may hold around its white space (SPACE in compile-cue.ts).
const QUOTE_MARKS = new Set('"“”‘’«»');

/** Where the word after a cue's space starts; -1 where no white space follows. */
function nextWordStart(text: string, end: number): number {
  let at = end;
  if (QUOTE_MARKS.has(text[at] ?? '')) at += 1;
  if (!isSpace(text, at)) return -1;
  while (isSpace(text, at)) at += 1;
  return QUOTE_MARKS.has(text[at] ?? '') ? at + 1 : at;
}

const SPACE = /\s/u;

function isSpace(text: string, at: number): boolean {
  const char = text.charCodeAt(at);
  // ASCII white space (tab to carriage return, space) without a regular expression; the rest of \s by one.
  return char < 128 ? char === 32 || (char >= 9 && char <= 13) : SPACE.test(text[at]!);
}

const HYPHEN_OR_SPACE = /[\s\p{Pd}]/u;
const APOSTROPHES = new Set("'\u2019");

/**
 * Whether one of the joined words follows `at`: past white space and dashes after a hyphen (DASH in
 * compile-cue.ts), past "'s" and a cue's space after a possessive; true where nothing is joined.
 */
function joinedAt(text: string, at: number, joined: Joined | undefined): boolean {
  if (joined === undefined) return true;
  if (joined.by === 'possessive') return APOSTROPHES.has(text[at] ?? '') && text[at + 1] === 's' && followedBy(text, nextWordStart(text, at + 2), joined.words);
  let next = at;
  while (next < text.length && HYPHEN_OR_SPACE.test(text[next]!)) next += 1;
  for (const word of joined.words) if (text.startsWith(word, next)) return true;
  return false;
}

function followedBy(text: string, at: number, words: readonly string[]): boolean {
  if (at === -1) return false;
  for (const word of words) if (text.startsWith(word, at)) return true;
  return false;
}

/**
 * The lowercase words a cue can start with (`prefix` when more letters may follow, as after `*`,
 * `-` or a group): "(withdraw*|pull* out) …" starts with the prefixes "withdraw" and "pull".
 */
function leadingWords(cue: string, inflect: boolean): { word: string; prefix: boolean }[] {
  return alternativesAt(cue.trim(), 0, inflect).words;
}

function alternativesAt(cue: string, from: number, inflect: boolean): { words: { word: string; prefix: boolean }[]; end: number } {
  const words: { word: string; prefix: boolean }[] = [];
  let index = from;
  for (;;) {
    const sequence = sequenceStart(cue, index, inflect);
    words.push(...sequence.words);
    index = skipBranch(cue, sequence.end);
    if (cue[index] !== '|') return { words, end: index };
    index += 1;
  }
}

/** The first words of one branch of alternatives, starting at `from`. */
function sequenceStart(cue: string, from: number, inflect: boolean): { words: { word: string; prefix: boolean }[]; end: number } {
  let index = from;
  while (cue[index] === ' ') index += 1;
  if (cue[index] === '(') {
    const group = alternativesAt(cue, index + 1, inflect);
    return { words: group.words, end: group.end + 1 };
  }
  const inflectable = inflect ? INFLECTABLE.exec(cue.slice(index)) : null;
  if (inflectable) return { words: inflectedForms(inflectable[0]).map((word) => ({ word, prefix: false })), end: index + inflectable[0].length };
  let word = '';
  while (index < cue.length && WORD_CHAR.test(cue[index] ?? '')) word += cue[index++];
  const next = cue[index];
  return { words: [{ word: word.toLowerCase(), prefix: next === '*' || next === '(' || next === '-' || word === '' }], end: index };
}

/** Skips to the end of the current branch: the next `|` or `)` at this depth. */
function skipBranch(cue: string, from: number): number {
  let depth = 0;
  let index = from;
  for (; index < cue.length; index++) {
    const char = cue[index];
    if (char === '(') depth += 1;
    else if (char === ')') {
      if (depth === 0) return index;
      depth -= 1;
    } else if (char === '|' && depth === 0) return index;
  }
  return index;
}
