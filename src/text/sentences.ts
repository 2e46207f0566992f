/** Sentence segmentation with offsets into the original text. */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../core/index.ts';

/** A sentence of the document; `repeatOf` names an earlier sentence with the same words. */
export interface Sentence extends Span {
  readonly index: number;
  /** Index of the line (paragraph) the sentence sits in, counted over the segmented span. */
  readonly line: number;
  readonly repeatOf?: number;
}

const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

// Scraped text often glues sentences together ("emphasized.Korotchenko", "These are:The",
// 'said."Most'): split after sentence punctuation directly followed by a capitalised word.
const GLUED_BOUNDARY = /(?<=[a-z\u00DF-\u00FF]{2}[.!?:])(["“”’]?)(?=[A-Z][a-z])/g;

/** Splits `text[span]` into sentences: never across a line break, and at glued boundaries. */
export function splitSentences(text: string, span: Span = { start: 0, end: text.length }): Sentence[] {
  const sentences: Sentence[] = [];
  const seen = new Map<string, number>();
  let line = 0;
  let lineStart = span.start;
  for (const lineEnd of lineEnds(text, span)) {
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      for (const piece of winkSentences(text, lineStart, lineEnd)) {
        const key = normalise(text.slice(piece.start, piece.end));
        if (key === '') continue;
        const repeatOf = seen.get(key);
        const index = sentences.length;
        sentences.push({ ...piece, index, line, ...(repeatOf === undefined ? {} : { repeatOf }) });
        if (repeatOf === undefined) seen.set(key, index);
      }
      line += 1;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function* lineEnds(text: string, span: Span): Generator<number> {
  let from = span.start;
  while (from < span.end) {
    const newline = text.indexOf('\n', from);
    const end = newline === -1 || newline >= span.end ? span.end : newline;
    yield end;
    from = end + 1;
  }
}

/** wink-nlp sentences of one line, mapped back to offsets and split at glued boundaries. */
function winkSentences(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
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
  // Fall back to the whole line if the tokens do not rebuild the text exactly.
  if (offset !== slice.length) return trimmed(text, [{ start, end }]);
  const spans: Span[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const from = tokenStarts[first] ?? 0;
    const to = (tokenStarts[last] ?? 0) + (values[last] ?? '').length;
    for (const piece of splitGlued(slice, from, to)) spans.push({ start: start + piece.start, end: start + piece.end });
  });
  return trimmed(text, spans);
}

function splitGlued(slice: string, from: number, to: number): Span[] {
  const pieces: Span[] = [];
  let pieceStart = from;
  for (const match of slice.slice(from, to).matchAll(GLUED_BOUNDARY)) {
    const at = from + (match.index ?? 0);
    const cut = quoteCloses(slice, at, match[1] ?? '') ? at + (match[1] ?? '').length : at;
    if (cut > pieceStart) pieces.push({ start: pieceStart, end: cut });
    pieceStart = cut;
  }
  pieces.push({ start: pieceStart, end: to });
  return pieces;
}

/** Whether the quote mark at `at` closes a quotation (else it opens the next sentence). */
function quoteCloses(slice: string, at: number, mark: string): boolean {
  if (mark === '' || mark === '”' || mark === '’') return true;
  if (mark === '“') return false;
  const before = slice.slice(0, at);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

function trimmed(text: string, spans: Span[]): Span[] {
  return spans
    .map(({ start, end }) => {
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      return { start, end };
    })
    .filter(({ start, end }) => end > start);
}

function normalise(sentence: string): string {
  return sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
