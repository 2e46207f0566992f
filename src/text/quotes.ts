/** Quotations: curly, straight and guillemet double quotes, with single quotes nested inside. */
import type { Span } from '../core/index.ts';
import { matchesOf } from './matches.ts';

/** A quotation: `span` includes the quote marks, `inner` is the quoted words. */
export interface Quote {
  readonly span: Span;
  readonly inner: Span;
  /** Index of the enclosing quotation when this one is nested in another. */
  readonly parent?: number;
  /** How many words it quotes: a statement, or a scare-quoted term. */
  readonly words: number;
}

const OPENERS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '"': '"', '„': '“' };
const OPENER = /[“«"„]/g;

/**
 * Finds quotations line by line. A quote left open at the end of a line runs to the line's end,
 * as in news copy where a multi-paragraph quote reopens on each paragraph.
 */
export function findQuotes(text: string, span: Span = { start: 0, end: text.length }): Quote[] {
  const quotes: Quote[] = [];
  // From opening mark to opening mark, rather than looking every character up.
  OPENER.lastIndex = span.start;
  for (let open = OPENER.exec(text); open !== null && open.index < span.end; open = OPENER.exec(text)) {
    const start = open.index;
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 || newline > span.end ? span.end : newline;
    const close = text.indexOf(OPENERS[open[0]]!, start + 1);
    const closeAt = close === -1 || close >= lineEnd ? lineEnd : close;
    const end = closeAt === lineEnd ? lineEnd : closeAt + 1;
    const index = quotes.length;
    quotes.push({ span: { start, end }, inner: { start: start + 1, end: closeAt }, words: wordCount(text, start + 1, closeAt) });
    nestedSingleQuotes(text, start + 1, closeAt, index, quotes);
    OPENER.lastIndex = end;
  }
  return quotes;
}

// A single curly quote opens only after a space or line start, so apostrophes (Russia’s) are not quotes.
const NESTED = /(?<=^|[\s(])[‘'](?=\S)(.+?)(?<=\S)[’'](?![\p{L}])/gu;

function nestedSingleQuotes(text: string, start: number, end: number, parent: number, quotes: Quote[]): void {
  for (const match of matchesOf(NESTED, text.slice(start, end))) {
    const from = start + (match.index ?? 0);
    const to = from + match[0].length;
    quotes.push({ span: { start: from, end: to }, inner: { start: from + 1, end: to - 1 }, parent, words: wordCount(text, from + 1, to - 1) });
  }
}

function wordCount(text: string, start: number, end: number): number {
  return text.slice(start, end).split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
