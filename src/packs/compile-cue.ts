/** The cue syntax of packs (see docs/packs.md), compiled to Unicode-aware regular expressions. */

/** A cue that does not follow the cue syntax; the message says what to change. */
export class CueSyntaxError extends Error {
  override name = 'CueSyntaxError';
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
// `\b` knows only ASCII. Unicode property classes are costly for V8 to compile, hence one per edge.
const START = `(?<!${WORD_CHAR})`;
const END = `(?!${WORD_CHAR})`;
const SPACE = '["“”‘’«»]?\\s+["“”‘’«»]?';
const DASH = '(?:\\s*\\p{Pd}\\s*|\\s+)?';
const APOSTROPHE = "['\u2019]";
const WORD_TAIL = '[\\p{L}\\p{M}]*';
// An intervening word may hold inner dots ("U.S.") but never ends a sentence, so a gap stays in one sentence.
const GAP_WORD = '[^\\s.!?;]+(?:(?:\\.[^\\s.!?;]+)+\\.?)?';
const GAP = `,?["“”‘’«»]?\\s+(?:${GAP_WORD}\\s+){0,6}?["“”‘’«»]?`;
const IS_WORD_CHAR = new RegExp(WORD_CHAR, 'u');

/** Compiles one cue to a global, Unicode regular expression (`giu`) that matches it at word boundaries. */
export function compileCue(cue: string): RegExp {
  return new RegExp(wrapCueBody(cueBody(cue)), 'giu');
}

/** Puts only the closing word-boundary check after a cue body: for matching where a word is known to start. */
export function wrapCueEnd(body: string): string {
  return `(?:${body})${END}`;
}

/** Puts the word-boundary checks around one or more cue bodies joined by `|`. */
export function wrapCueBody(body: string): string {
  return `${START}(?:${body})${END}`;
}

/** The regular-expression source of a cue without its word-boundary checks; it holds no capturing group. */
export function cueBody(cue: string): string {
  if (cue.trim() === '') throw new CueSyntaxError('empty cue');
  if (!IS_WORD_CHAR.test(cue)) throw new CueSyntaxError('a cue needs at least one letter or digit');
  const habit = REGEX_HABIT.exec(cue);
  if (habit) throw new CueSyntaxError(`"${habit[0]}" at column ${habit.index + 1} reads as a regular expression, which cues are not: write each form out, as in "(defense|defence)" or "(the Donbas|Donbas)"`);
  const parser = new CueParser(cue);
  const body = parser.alternatives();
  if (!parser.done()) throw new CueSyntaxError(`unmatched ")" at column ${parser.column()}`);
  return body;
}

// Character classes, escapes and optional parts: "defen[cs]e", "\\s", "(all )?".
const REGEX_HABIT = /\[[^\]\s]+\]|\\[\p{L}]|\)[?+]/u;

type Previous = 'start' | 'word' | 'other' | 'gap';

class CueParser {
  private index = 0;

  constructor(private readonly cue: string) {}

  done(): boolean {
    return this.index >= this.cue.length;
  }

  column(): number {
    return this.index + 1;
  }

  alternatives(): string {
    const branches = [this.sequence()];
    while (this.cue[this.index] === '|') {
      this.index += 1;
      branches.push(this.sequence());
    }
    return branches.join('|');
  }

  private sequence(): string {
    const parts: string[] = [];
    let previous: Previous = 'start';
    while (!this.done()) {
      const char = this.cue[this.index]!;
      if (char === '|' || char === ')') break;
      if (this.cue.startsWith('...', this.index)) {
        if (previous === 'start' || previous === 'gap') throw this.error('"..." must stand between two words');
        this.index += 3;
        this.skipSpace();
        parts.push(GAP);
        previous = 'gap';
      } else if (/\s/u.test(char)) {
        this.skipSpace();
        // Spaces next to a group's edges, a "|" or a "..." are layout, not text to match.
        const next = this.cue[this.index];
        const isLayout = previous === 'start' || next === undefined || next === '|' || next === ')' || this.cue.startsWith('...', this.index);
        if (!isLayout) {
          parts.push(SPACE);
          previous = 'other';
        }
      } else if (char === '(') {
        this.index += 1;
        const inner = this.alternatives();
        if (this.cue[this.index] !== ')') throw this.error('unclosed "("');
        this.index += 1;
        parts.push(`(?:${inner})`);
        previous = 'other';
      } else if (char === '*') {
        if (previous !== 'word') throw this.error('"*" must end a word');
        this.index += 1;
        parts.push(WORD_TAIL);
        previous = 'other';
      } else {
        this.index += 1;
        parts.push(char === '-' ? DASH : char === "'" || char === '\u2019' ? APOSTROPHE : escapeRegExp(char));
        previous = IS_WORD_CHAR.test(char) ? 'word' : 'other';
      }
    }
    if (parts.length === 0) throw this.error('empty alternative');
    if (previous === 'gap') throw this.error('"..." must stand between two words');
    return parts.join('');
  }

  private skipSpace(): void {
    while (!this.done() && /\s/u.test(this.cue[this.index]!)) this.index += 1;
  }

  private error(reason: string): CueSyntaxError {
    return new CueSyntaxError(`${reason} (column ${this.column()})`);
  }
}

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
