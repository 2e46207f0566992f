/** Enumerated lists: an introduction ending in a colon, then items on their own lines or inline. */
import type { Span } from '../core/index.ts';
import type { Sentence } from './sentences.ts';

/** A list and the sentence that introduces it ("four non-negotiables. These are:"). */
export interface EnumeratedList {
  /** The sentence that ends with the colon. */
  readonly intro: Sentence;
  readonly items: readonly Span[];
}

const BULLET = /^(?:[-–—•*▪◦·]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s*/u;
const MAX_ITEM_LENGTH = 220;
// Inline items are only read after a colon that follows a counted or list-like noun.
const INLINE_INTRO = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|following|conditions?|demands?|terms|points|requirements|principles|priorities|non-negotiables|red lines|preconditions)\b[^:]{0,40}:\s*/iu;
const INLINE_SEPARATOR = /\s*(?:;|,(?:\s+and)?|\s(?:and|or)\s|\s\(?\d\)\s*)\s*(?:and\s+)?/u;

/** Finds enumerated lists among the sentences of `text`. */
export function findLists(text: string, sentences: readonly Sentence[]): EnumeratedList[] {
  const lists: EnumeratedList[] = [];
  for (const [index, sentence] of sentences.entries()) {
    const body = text.slice(sentence.start, sentence.end);
    if (body.endsWith(':')) {
      const items = itemsOnLines(text, sentences, index);
      if (items.length > 0) lists.push({ intro: sentence, items });
      continue;
    }
    const inline = body.includes(":") ? INLINE_INTRO.exec(body) : null;
    if (inline) {
      const items = inlineItems(text, sentence.start + inline.index + inline[0].length, sentence.end);
      if (items.length >= 2) lists.push({ intro: sentence, items });
    }
  }
  return lists;
}

/** The lines after the intro that read as items: bulleted, or short without closing punctuation. */
function itemsOnLines(text: string, sentences: readonly Sentence[], introIndex: number): Span[] {
  const intro = sentences[introIndex];
  const items: Span[] = [];
  let line = intro?.line ?? -1;
  // Indexed rather than sliced: a copy of the sentences after every colon is quadratic in a long text.
  for (let index = introIndex + 1; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const item = text.slice(sentence.start, sentence.end);
    const isNextLine = sentence.line === line + 1;
    const looksLikeItem = BULLET.test(item) || (item.length <= MAX_ITEM_LENGTH && !/[.!?]["”]?$/u.test(item));
    if (!isNextLine || !looksLikeItem) break;
    const bullet = BULLET.exec(item);
    items.push({ start: sentence.start + (bullet ? bullet[0].length : 0), end: sentence.end });
    line = sentence.line;
  }
  return items;
}

function inlineItems(text: string, start: number, end: number): Span[] {
  const items: Span[] = [];
  const body = text.slice(start, end).replace(/[.;]$/u, '');
  let offset = 0;
  for (const part of body.split(new RegExp(INLINE_SEPARATOR, 'gu'))) {
    const at = body.indexOf(part, offset);
    if (part.trim() !== '') items.push({ start: start + at, end: start + at + part.length });
    offset = at + part.length;
  }
  return items;
}
