/** Sentence segmentation with offsets into the original text. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { runScanner, type Span } from '../core/index.ts';
import { matchesOf } from './matches.ts';

/** A sentence of the document; `repeatOf` names an earlier sentence with the same words. */
export interface Sentence extends Span {
  readonly index: number;
  /** Index of the non-empty line (paragraph) the sentence sits in, counted over the segmented span. */
  readonly line: number;
  readonly repeatOf?: number;
}

const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

// Scraped text often glues sentences together ("emphasized.Korotchenko", "These are:The",
// 'said."Most'): split after sentence punctuation directly followed by a capitalised word.
const GLUED_BOUNDARY = /(?<=[a-z\u00DF-\u00FF]{2}[.!?:])(["“”’]?)(?=[A-Z][a-z])/g;

/** Splits `text[span]` into sentences: at glued boundaries, and at line breaks except around a link on a line of its own. */
export function splitSentences(text: string, span: Span = { start: 0, end: text.length }): Sentence[] {
  const sentences: Sentence[] = [];
  const seen = new Map<string, number>();
  const lines = lineCounter(text, span.start);
  const pieces: Span[] = [];
  for (const sentence of winkSentences(text, span)) pieces.push(...splitAtBreaks(text, sentence));
  for (const { start, end } of joinBrokenLinks(text, pieces)) {
    const key = normalise(text.slice(start, end));
    if (key === '') continue;
    const repeatOf = seen.get(key);
    const index = sentences.length;
    const line = lines(start);
    // Spelled out: V8 (Node 20) builds `{ ...span, index, line }` many times slower.
    sentences.push(repeatOf === undefined ? { start, end, index, line } : { start, end, index, line, repeatOf });
    if (repeatOf === undefined) seen.set(key, index);
  }
  return sentences;
}

// No word or URL in news text comes near this; beyond it wink-nlp's cost grows with the square of a token's length
// (a 200 KB token took half a minute). Longer runs are kept from it, standing as their own spans for
// `splitOverlong` to cut.
const MAX_TOKEN_LENGTH = 500;
// The lookbehind fails at once inside a run, so each run is scanned from its start only: linear in the text.
const OVERLONG_TOKEN = new RegExp(`(?<!\\S)\\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');

/** wink-nlp's sentences of the span, with every overlong token taken out as a span of its own. */
function winkSentences(text: string, span: Span): Span[] {
  const spans: Span[] = [];
  let from = span.start;
  for (const token of matchesOf(OVERLONG_TOKEN, text.slice(span.start, span.end))) {
    const start = span.start + token.index;
    if (start > from) spans.push(...tokenizedSentences(text, { start: from, end: start }));
    spans.push({ start, end: start + token[0].length });
    from = start + token[0].length;
  }
  if (from < span.end) spans.push(...tokenizedSentences(text, { start: from, end: span.end }));
  return spans;
}

/** wink-nlp's sentences of the whole span, mapped back to offsets; one span per line if tokens do not rebuild the text. */
function tokenizedSentences(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const doc = nlp.readDoc(slice);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokenStarts: number[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    tokenStarts.push(offset);
    offset += (values[i] ?? '').length;
  }
  if (offset !== slice.trimEnd().length && offset !== slice.length) return [span];
  const tokenSpans = doc.sentences().out(its.span) as unknown as [first: number, last: number][];
  return tokenSpans.map(([first, last]) => ({
    start: span.start + (tokenStarts[first] ?? 0),
    end: span.start + (tokenStarts[last] ?? 0) + (values[last] ?? '').length,
  }));
}

// Scraped pages put an inline link on a line of its own ("The president reportedly\n[supports the plan](…)\n, but …"):
// a single line break that touches a link (or the blanks where one was) does not end a sentence that goes on.
const LINK_BEFORE_BREAK = /\]\([^()\s]*\)$/u;
const LINK_AFTER_BREAK = /^!?\[/u;
const BLANKS_AT_BREAK = /^[ \t]*\n[ \t]*$/u;
const UNFINISHED = /[^.!?:]["”’]?$/u;
const CONTINUATION = /^[,.;:)”’\p{Ll}]/u;

/** Joins the pieces a line break cut inside a sentence around a link on its own line. */
function joinBrokenLinks(text: string, pieces: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (last && continuesOverLink(text, last, piece)) joined[joined.length - 1] = { start: last.start, end: piece.end };
    else joined.push(piece);
  }
  return joined;
}

function continuesOverLink(text: string, before: Span, after: Span): boolean {
  const gap = text.slice(before.end, after.start);
  if (!BLANKS_AT_BREAK.test(gap)) return false;
  const first = text.slice(before.start, before.end);
  const second = text.slice(after.start, after.end);
  const link = gap !== '\n' || LINK_BEFORE_BREAK.test(first) || LINK_AFTER_BREAK.test(second);
  return link && (CONTINUATION.test(second) || UNFINISHED.test(first));
}

/** Cuts a sentence at line breaks and at glued boundaries, trimming white space. */
function splitAtBreaks(text: string, sentence: Span): Span[] {
  const pieces: Span[] = [];
  let pieceStart = sentence.start;
  const body = text.slice(sentence.start, sentence.end);
  const cut = (at: number, next: number) => {
    pieces.push(trim(text, { start: pieceStart, end: at }));
    pieceStart = next;
  };
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) cut(sentence.start + i, sentence.start + i + 1);
  cut(sentence.end, sentence.end);
  // Loops rather than `flatMap`, which V8 runs several times slower on these short lists.
  const split: Span[] = [];
  for (const piece of pieces) {
    if (piece.end === piece.start) continue;
    for (const glued of splitGlued(text, piece)) split.push(...splitOverlong(text, glued));
  }
  return split;
}

// Scraped pages can hold "sentences" of a whole page without a full stop; rules that look around
// a word need bounded sentences, so overlong ones are cut at clause punctuation, else at a space.
const MAX_SENTENCE_LENGTH = 1000;

function splitOverlong(text: string, piece: Span): Span[] {
  const pieces: Span[] = [];
  let start = piece.start;
  while (piece.end - start > MAX_SENTENCE_LENGTH) {
    const window = text.slice(start, start + MAX_SENTENCE_LENGTH);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
    const end = cut > 0 ? start + cut + 1 : start + MAX_SENTENCE_LENGTH;
    pieces.push(trim(text, { start, end }));
    start = end;
  }
  pieces.push(trim(text, { start, end: piece.end }));
  return pieces.filter((span) => span.end > span.start);
}

function splitGlued(text: string, piece: Span): Span[] {
  const pieces: Span[] = [];
  let pieceStart = piece.start;
  const body = text.slice(piece.start, piece.end);
  for (const match of matchesOf(GLUED_BOUNDARY, body)) {
    const at = piece.start + (match.index ?? 0);
    const cut = quoteCloses(text, piece.start, at, match[1] ?? '') ? at + (match[1] ?? '').length : at;
    if (cut > pieceStart) pieces.push({ start: pieceStart, end: cut });
    pieceStart = cut;
  }
  pieces.push({ start: pieceStart, end: piece.end });
  return pieces.map((span) => trim(text, span)).filter((span) => span.end > span.start);
}

/** Whether the quote mark at `at` closes a quotation (else it opens the next sentence). */
function quoteCloses(text: string, from: number, at: number, mark: string): boolean {
  if (mark === '' || mark === '”' || mark === '’') return true;
  if (mark === '“') return false;
  const lineStart = Math.max(from, text.lastIndexOf('\n', at) + 1);
  return (text.slice(lineStart, at).match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Numbers the non-empty lines: returns, for an offset, the index of its line. */
function lineCounter(text: string, from: number): (offset: number) => number {
  let line = -1;
  let nextLineStart = from;
  return (offset) => {
    while (nextLineStart <= offset) {
      const newline = text.indexOf('\n', nextLineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      if (text.slice(nextLineStart, lineEnd).trim() !== '') line++;
      nextLineStart = newline === -1 ? Infinity : newline + 1;
    }
    return Math.max(line, 0);
  };
}

function trim(text: string, { start, end }: Span): Span {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

const letterRunEnd = runScanner(/[\p{L}\p{N}]/u);

/**
 * The sentence's runs of letters and digits, lowercased and joined by single spaces: the key under which
 * repeats are found. Scanned by hand, as a Unicode `replace` takes twice as long.
 */
function normalise(sentence: string): string {
  const lower = sentence.toLowerCase();
  const words: string[] = [];
  for (let at = 0, end = 0; at < lower.length; at = Math.max(end, at + 1)) {
    end = letterRunEnd(lower, at);
    if (end > at) words.push(lower.slice(at, end));
  }
  return words.join(' ');
}
