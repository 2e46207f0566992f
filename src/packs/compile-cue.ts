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
// Nor does it run on past a comma into a relative clause: in "recognise Crimea, which Moscow annexed" what is
// recognised ends at the comma.
const GAP_WORD = '(?!(?<=,\\s+)(?:which|who|whom|whose)(?![\\p{L}]))[^\\s.!?;]+(?:(?:\\.[^\\s.!?;]+)+\\.?)?';
const GAP = `,?["“”‘’«»]?\\s+(?:${GAP_WORD}\\s+){0,6}?["“”‘’«»]?`;
const IS_WORD_CHAR = new RegExp(WORD_CHAR, 'u');

/** How a cue's words match: `inflect` lets each lowercase word match its inflected forms too. */
export interface CueOptions {
  readonly inflect?: boolean;
}

/** Compiles one cue to a global, Unicode regular expression (`giu`) that matches it at word boundaries. */
export function compileCue(cue: string, options: CueOptions = {}): RegExp {
  return new RegExp(wrapCueBody(cueBody(cue, options)), 'giu');
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
export function cueBody(cue: string, { inflect = false }: CueOptions = {}): string {
  if (cue.trim() === '') throw new CueSyntaxError('empty cue');
  if (!IS_WORD_CHAR.test(cue)) throw new CueSyntaxError('a cue needs at least one letter or digit');
  const habit = REGEX_HABIT.exec(cue);
  if (habit) throw new CueSyntaxError(`"${habit[0]}" at column ${habit.index + 1} reads as a regular expression, which cues are not: write each form out, as in "(defense|defence)" or "(the Donbas|Donbas)"`);
  const parser = new CueParser(cue, inflect);
  const body = parser.alternatives();
  if (!parser.done()) throw new CueSyntaxError(`unmatched ")" at column ${parser.column()}`);
  return body;
}

// Character classes, escapes and optional parts: "defen[cs]e", "\\s", "(all )?".
const REGEX_HABIT = /\[[^\]\s]+\]|\\[\p{L}]|\)[?+]/u;

type Previous = 'start' | 'word' | 'other' | 'gap';

class CueParser {
  private index = 0;

  constructor(
    private readonly cue: string,
    private readonly inflect: boolean,
  ) {}

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
      } else if (this.inflect && previous !== 'word' && this.cue[this.index - 1] !== '-' && INFLECTABLE.test(this.cue.slice(this.index))) {
        const word = INFLECTABLE.exec(this.cue.slice(this.index))![0];
        this.index += word.length;
        parts.push(`(?:${inflectedForms(word).join('|')})`);
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

// A whole lowercase word of three letters or more that ends where a space, group edge or the cue ends
// (not "cease-fire", "Kyiv's", "withdraw*"): names and acronyms ("Gaza", "NATO") keep their one form.
export const INFLECTABLE = /^[a-z]{3,}(?=$|[\s|)])/u;
const VOWEL_CONSONANT_END = /[^aeiou][aeiou][bdgklmnprt]$/u;
// Common irregular verbs of negotiation news, so "withdraw" also finds "withdrew" and "withdrawn".
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  withdraw: ['withdrew', 'withdrawn'],
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  hold: ['held'],
  pay: ['paid'],
  leave: ['left'],
  keep: ['kept'],
  make: ['made'],
  break: ['broke', 'broken'],
  drive: ['drove', 'driven'],
  draw: ['drew', 'drawn'],
  send: ['sent'],
  build: ['built'],
  rebuild: ['rebuilt'],
  sell: ['sold'],
  seek: ['sought'],
  fight: ['fought'],
  lead: ['led'],
  shoot: ['shot'],
  seize: ['seized'],
};

/**
 * The forms a lowercase cue word stands for: its past, participles and "-ing" form ("release" →
 * "released", "releasing"; "stop" → "stopped"; "withdraw" → "withdrew", "withdrawn"). Plurals are
 * left to the pack: "force" and "forces" name different things ("a reassurance force", "security forces").
 */
export function inflectedForms(word: string): string[] {
  const forms = new Set([word]);
  if (/(?:[^s]s|ed|ing)$/u.test(word)) return [...forms];
  // "release" → "releasing", but "free" → "freeing".
  const stem = /[^eoy]e$/u.test(word) ? word.slice(0, -1) : word;
  forms.add(/[^aeiou]y$/u.test(word) ? `${word.slice(0, -1)}ied` : word.endsWith('e') ? `${word}d` : `${stem}ed`);
  forms.add(`${stem}ing`);
  if (VOWEL_CONSONANT_END.test(word)) {
    forms.add(`${word}${word.at(-1)}ed`);
    forms.add(`${word}${word.at(-1)}ing`);
  }
  for (const irregular of IRREGULAR[word] ?? []) forms.add(irregular);
  return [...forms];
}

// One word or group of a cue: a word (maybe starred or hyphenated) or a parenthesised group.
const CUE_TOKEN = /(?:\([^()]*\)|[\p{L}\p{N}*-]+)/u;
const TWO_TOKEN_COMPOUND = new RegExp(`^\\s*(${CUE_TOKEN.source})\\s+(${CUE_TOKEN.source})\\s*$`, 'u');

/**
 * A cue of two parts read the other ways news writes it: a compound with "of" ("hostage release" →
 * "release of (the) hostages", a plain lowercase modifier maybe plural), and a verb with its object
 * in the passive ("release hostages" → "hostages are released", "disarm Hamas" → "Hamas is
 * disarmed"; the verb inflects like any issue cue word). Empty for any other cue.
 */
export function reorderedCues(cue: string): string[] {
  const parts = TWO_TOKEN_COMPOUND.exec(cue);
  if (!parts) return [];
  const [, first, second] = parts as unknown as [string, string, string];
  // "Kyiv's withdrawal" is no compound, and "accountability for" has no head noun.
  if (/['’]/u.test(first) || FUNCTION_WORD.test(second)) return [];
  const modifier = withPlurals(first);
  const reordered = [`${second} of (the ${modifier}|${modifier})`];
  if (INFLECTABLE.test(first)) reordered.push(`${second} (is|are|was|were|be|been|being|to be) ${first}`);
  return reordered;
}

const FUNCTION_WORD = /^(?:for|of|on|at|to|in|by|with|from|along|over|against)$/iu;

/** A modifier that may stand in the plural after "of": "troop" → "(troop|troops)", "(troop|army)" → "(troop|troops|army|armies)". */
function withPlurals(token: string): string {
  const words = token.replace(/^\((.*)\)$/u, '$1').split('|');
  if (!words.every((word) => /^[a-z]+$/u.test(word))) return token;
  return `(${words.flatMap((word) => (word.endsWith('s') ? [word] : [word, pluralOf(word)])).join('|')})`;
}

function pluralOf(noun: string): string {
  if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(?:x|z|ch|sh)$/u.test(noun) ? `${noun}es` : `${noun}s`;
}
