/**
 * What a cue's matches must hold besides its first word, so that a matcher can skip the cue's
 * expression where they cannot match, which is most places a frequent first word such as "Russian"
 * or "the" stands: the word right after the first ("(Russian|Moscow's) withdrawal" needs
 * "withdrawal" after "Russian"), and letters found further on ("Ukraine ... neutral" needs "neutral").
 */
import { INFLECTABLE, inflectedForms } from './compile-cue.ts';

type Item =
  | { readonly kind: 'word'; readonly forms: readonly string[] }
  | { readonly kind: 'space' }
  | { readonly kind: 'other'; readonly text: string }
  | { readonly kind: 'group'; readonly alternatives: readonly Item[][] };
type Atom = Exclude<Item, { kind: 'group' }> | { readonly kind: 'end' };

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Only ASCII words are compared by lowercasing: beyond it, case-insensitive matching and
// `toLowerCase` part ways (final sigma, for one).
const ASCII_WORD = /^[a-z0-9]+$/u;
// Reading every way a long cue can start is bounded; past this, the cue gets no followers.
const MAX_HEADS = 2_000;

/**
 * For each lowercase first word of the cue, the lowercase words one of which must stand right after
 * it, past white space and quotation marks; `undefined` where any may. Undefined for the whole cue
 * when it has a first word that may continue ("withdraw*"), which could match other first words.
 */
export function cueFollowers(cue: string, inflect: boolean): ReadonlyMap<string, readonly string[] | undefined> | undefined {
  const parser = new ItemParser(cue.trim(), inflect);
  const heads: Atom[][] = [];
  if (!collectHeads(parser.alternatives(), 3, [], heads)) return undefined;
  const followers = new Map<string, string[] | undefined>();
  for (const [first, second, third] of heads) {
    // A first word that letters may continue ("withdraw*", "cease-fire", "Russia(n|ns)") stands for other words too.
    if (first?.kind !== 'word' || second?.kind === 'word' || (second?.kind === 'other' && (second.text === '*' || second.text === '-'))) return undefined;
    const after = second?.kind === 'space' && third?.kind === 'word' && third.forms.every((form) => ASCII_WORD.test(form)) ? third.forms : undefined;
    for (const form of first.forms) {
      const known = followers.get(form);
      followers.set(form, followers.has(form) && known === undefined ? undefined : after === undefined ? undefined : [...new Set([...(known ?? []), ...after])]);
    }
  }
  return followers;
}

/** How a first word is joined to the next: "in-person" by a hyphen, "Ukraine's troops" by a possessive. */
export interface Joined {
  readonly by: 'hyphen' | 'possessive';
  /** The next words, one of which must come: past white space and dashes (or right away) after a hyphen, past "'s" and a space after a possessive. */
  readonly words: readonly string[];
}

/**
 * For each lowercase first word of the cue that every reading joins to the next word in the same
 * way, by a hyphen ("in-person", "(pseudo|sham)-(referendum|referenda)") or a possessive
 * ("(Ukraine's|Kyiv's) (troops|forces)"), how. Undefined when no first word is always so joined.
 */
export function joinedFollowers(cue: string, inflect: boolean): ReadonlyMap<string, Joined> | undefined {
  const parser = new ItemParser(cue.trim(), inflect);
  const heads: Atom[][] = [];
  if (!collectHeads(parser.alternatives(), 5, [], heads)) return undefined;
  // null: some reading of the word goes on otherwise.
  const joined = new Map<string, Joined | null>();
  for (const head of heads) {
    const first = head[0];
    if (first?.kind !== 'word') return undefined;
    const next = joinOf(head);
    for (const form of first.forms) {
      const known = joined.get(form);
      joined.set(form, next === undefined || known === null || (known !== undefined && known.by !== next.by) ? null : { by: next.by, words: [...new Set([...(known?.words ?? []), ...next.words])] });
    }
  }
  const always = new Map<string, Joined>();
  for (const [form, next] of joined) if (next) always.set(form, next);
  return always.size > 0 ? always : undefined;
}

function joinOf([, second, third, fourth, fifth]: readonly Atom[]): Joined | undefined {
  const ascii = (atom: Atom | undefined) => (atom?.kind === 'word' && atom.forms.every((form) => ASCII_WORD.test(form)) ? atom.forms : undefined);
  if (second?.kind !== 'other') return undefined;
  if (second.text === '-') {
    const words = ascii(third);
    return words ? { by: 'hyphen', words } : undefined;
  }
  const possessive = (second.text === "'" || second.text === '\u2019') && third?.kind === 'word' && third.forms.length === 1 && third.forms[0] === 's' && fourth?.kind === 'space';
  const words = possessive ? ascii(fifth) : undefined;
  return words ? { by: 'possessive', words } : undefined;
}

/** Every way the first `count` atoms of `items` read, groups taken apart; false past MAX_HEADS. */
function collectHeads(items: readonly Item[], count: number, prefix: readonly Atom[], heads: Atom[][]): boolean {
  if (count === 0) {
    heads.push([...prefix]);
    return heads.length <= MAX_HEADS;
  }
  const [first, ...rest] = items;
  if (first === undefined) {
    heads.push([...prefix, { kind: 'end' }]);
    return heads.length <= MAX_HEADS;
  }
  if (first.kind === 'group') return first.alternatives.every((alternative) => collectHeads([...alternative, ...rest], count, prefix, heads));
  return collectHeads(rest, count - 1, [...prefix, first], heads);
}

/** Reads a cue as compile-cue's parser does, keeping words, spaces and groups apart from everything else. */
class ItemParser {
  private index = 0;

  constructor(
    private readonly cue: string,
    private readonly inflect: boolean,
  ) {}

  alternatives(): Item[] {
    const branches = [this.sequence()];
    while (this.cue[this.index] === '|') {
      this.index += 1;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : [{ kind: 'group', alternatives: branches }];
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.index < this.cue.length) {
      const char = this.cue[this.index]!;
      if (char === '|' || char === ')') break;
      if (this.cue.startsWith('...', this.index)) {
        this.index += 3;
        this.skipSpace();
        items.push({ kind: 'other', text: '...' });
      } else if (/\s/u.test(char)) {
        this.skipSpace();
        // As in compile-cue: spaces next to a group's edges, a "|" or a "..." are layout.
        const next = this.cue[this.index];
        const isLayout = items.length === 0 || next === undefined || next === '|' || next === ')' || this.cue.startsWith('...', this.index);
        if (!isLayout) items.push({ kind: 'space' });
      } else if (char === '(') {
        this.index += 1;
        const inner = this.alternatives();
        this.index += 1;
        items.push(inner.length === 1 && inner[0]!.kind === 'group' ? inner[0]! : { kind: 'group', alternatives: [inner] });
      } else if (WORD_CHAR.test(char)) {
        items.push(this.word());
      } else {
        this.index += 1;
        items.push({ kind: 'other', text: char });
      }
    }
    return items;
  }

  private word(): Item {
    const start = this.index;
    const inflectable = this.inflect && this.cue[start - 1] !== '-' ? INFLECTABLE.exec(this.cue.slice(start)) : null;
    if (inflectable) {
      this.index += inflectable[0].length;
      return { kind: 'word', forms: inflectedForms(inflectable[0]) };
    }
    while (this.index < this.cue.length && WORD_CHAR.test(this.cue[this.index]!)) this.index += 1;
    return { kind: 'word', forms: [this.cue.slice(start, this.index).toLowerCase()] };
  }

  private skipSpace(): void {
    while (this.index < this.cue.length && /\s/u.test(this.cue[this.index]!)) this.index += 1;
  }
}

// A part of a cue whose every alternative opens with letters: "(excluded|left out|side-lined)" needs "excluded", "left" or "side".
const OPENING_LETTERS = /^[A-Za-z]{3,}/u;

/**
 * Runs of letters of which every match of the cue holds one: per branch, the part (after the first)
 * standing between spaces whose alternatives all open with three letters or more, the one whose
 * shortest opening is longest. Undefined when a branch has no such part.
 */
export function neededLetters(cue: string, inflect: boolean): string[] | undefined {
  const needed: string[] = [];
  for (const branch of splitOutsideGroups(cue.trim(), '|')) {
    let best: string[] | undefined;
    for (const part of splitOutsideGroups(branch.trim(), ' ').slice(1)) {
      const alternatives = part.startsWith('(') && part.endsWith(')') && splitOutsideGroups(part.slice(1, -1), '|').length > 0 && !part.slice(1, -1).includes('(') ? part.slice(1, -1).split('|') : [part];
      const openings = alternatives.map((alternative) => openingLetters(alternative.trim(), inflect));
      if (openings.some((opening) => opening === undefined)) continue;
      if (!best || Math.min(...openings.map((o) => o!.length)) > Math.min(...best.map((o) => o.length))) best = openings as string[];
    }
    if (!best) return undefined;
    needed.push(...best);
  }
  return needed;
}

/** The letters an alternative opens with, in every form it is matched in ("release" also matches "releasing": "releas"). */
function openingLetters(alternative: string, inflect: boolean): string | undefined {
  const inflectable = inflect ? INFLECTABLE.exec(alternative) : null;
  const opening = inflectable ? commonPrefix(inflectedForms(inflectable[0])) : OPENING_LETTERS.exec(alternative)?.[0].toLowerCase();
  return opening !== undefined && OPENING_LETTERS.test(opening) ? opening : undefined;
}

function commonPrefix(words: readonly string[]): string {
  return words.reduce((prefix, word) => {
    let length = 0;
    while (length < prefix.length && prefix[length] === word[length]) length += 1;
    return prefix.slice(0, length);
  });
}

/** Splits at `separator` outside parentheses, dropping empty pieces. */
function splitOutsideGroups(cue: string, separator: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index <= cue.length; index++) {
    const char = cue[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (index === cue.length || (char === separator && depth === 0)) {
      if (index > start) pieces.push(cue.slice(start, index));
      start = index + 1;
    }
  }
  return pieces;
}
