/**
 * The text of raw HTML as a browser would decode it (tags dropped, entities decoded, whitespace runs
 * collapsed to one space), with each character's place in the raw HTML: the inverse map that lets
 * text extracted from a DOM point back into the original bytes.
 */
import { parseHTML } from 'linkedom';

/** Decoded, whitespace-collapsed text; character `i` came from `raw.slice(starts[i], ends[i])`. */
export interface RawHtmlText {
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/** Elements whose content is not markup, or (title) never part of an article's text. */
const OPAQUE_ELEMENTS = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const ENTITY = /&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)/y;
const TAG_NAME = /<\/?([A-Za-z][^\s/>]*)/y;
const WHITESPACE = /\s/;
const entityCache = new Map<string, string>();
/** Real pages use a few dozen entities; the bound keeps hostile input from growing the cache forever. */
const ENTITY_CACHE_LIMIT = 4096;

/** Scans `raw` once, left to right; malformed markup degrades to literal text, never to an error. */
export function rawHtmlText(raw: string): RawHtmlText {
  const chars: string[] = [];
  const starts = new Uint32Array(raw.length);
  const ends = new Uint32Array(raw.length);
  let length = 0;
  const push = (char: string, start: number, end: number): void => {
    if (WHITESPACE.test(char)) {
      if (length > 0 && chars[length - 1] === ' ') return;
      char = ' ';
    }
    chars.push(char);
    starts[length] = start;
    ends[length] = end;
    length += 1;
  };
  let position = 0;
  while (position < raw.length) {
    const char = raw[position] ?? '';
    if (char === '<') {
      const skipped = skipMarkup(raw, position);
      if (skipped > position) {
        position = skipped;
        continue;
      }
    } else if (char === '&') {
      ENTITY.lastIndex = position;
      const entity = ENTITY.exec(raw)?.[0];
      const decoded = entity === undefined ? undefined : decodeEntity(entity);
      if (entity !== undefined && decoded !== undefined) {
        for (const part of decoded) push(part, position, position + entity.length);
        position += entity.length;
        continue;
      }
    }
    const codePoint = raw.codePointAt(position) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    // A surrogate pair is one character for the eye but two string indices: map each to itself.
    for (let unit = 0; unit < width; unit += 1) push(raw[position + unit] ?? '', position + unit, position + unit + 1);
    position += width;
  }
  return { text: chars.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** Where the markup starting at `position` ends, or `position` itself when `<` is literal text. */
function skipMarkup(raw: string, position: number): number {
  if (raw.startsWith('<!--', position)) return endAfter(raw, '-->', position + 4);
  if (raw.startsWith('<!', position) || raw.startsWith('<?', position)) return endAfter(raw, '>', position + 2);
  TAG_NAME.lastIndex = position;
  const name = TAG_NAME.exec(raw)?.[1]?.toLowerCase();
  if (name === undefined) return position;
  const tagEnd = endOfTag(raw, TAG_NAME.lastIndex);
  if (raw[position + 1] === '/' || !OPAQUE_ELEMENTS.has(name)) return tagEnd;
  const closing = new RegExp(`</${name}`, 'gi');
  closing.lastIndex = tagEnd;
  const close = closing.exec(raw);
  return close === null ? raw.length : endOfTag(raw, close.index + 2 + name.length);
}

/** The index just past the `>` closing a tag whose attributes start at `from`; quoted values may hold `>`. */
function endOfTag(raw: string, from: number): number {
  let quote: string | undefined;
  let afterEquals = false;
  for (let position = from; position < raw.length; position += 1) {
    const char = raw[position];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '>') {
      return position + 1;
    } else if ((char === '"' || char === "'") && afterEquals) {
      quote = char;
    }
    if (char === '=') afterEquals = true;
    else if (char !== undefined && !WHITESPACE.test(char)) afterEquals = false;
  }
  return raw.length;
}

/** The index just past the first `terminator` at or after `from`, or the end of `raw`. */
function endAfter(raw: string, terminator: string, from: number): number {
  const found = raw.indexOf(terminator, from);
  return found === -1 ? raw.length : found + terminator.length;
}

/** The text an entity stands for, by asking the same parser that built the DOM; undefined if it is not one. */
function decodeEntity(entity: string): string | undefined {
  let decoded = entityCache.get(entity);
  if (decoded === undefined) {
    decoded = parseHTML(`<html><body><p>${entity}</p></body></html>`).document.body.textContent ?? entity;
    if (entityCache.size < ENTITY_CACHE_LIMIT) entityCache.set(entity, decoded);
  }
  return decoded === entity ? undefined : decoded;
}
