/**
 * The readable text of a DOM subtree, one paragraph per block, each character mapped back into the
 * raw HTML the DOM was parsed from (see raw-html-text.ts).
 */
import type { RawHtmlText } from './raw-html-text.ts';

/** Text with `offsets[i]` the raw index of `text[i]`; `offsets` has one more entry for the end. */
export interface MappedText {
  readonly text: string;
  readonly offsets: number[];
}

/** Elements that start a new paragraph. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose text is never article text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math']);
const WHITESPACE = /\s/;
const PARAGRAPH_BREAK = '\n\n';

/** The minimal DOM surface walked here, which both linkedom nodes and Readability's output satisfy. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

/** One character of output and the raw range it came from. */
interface MappedChar {
  readonly char: string;
  readonly start: number;
  readonly end: number;
}

/** Walks `root` in document order; text nodes are found in `raw` left to right so offsets only grow. */
export function domText(root: DomNode, raw: RawHtmlText): MappedText {
  const paragraphs: MappedChar[][] = [];
  let current: MappedChar[] = [];
  let searchFrom = 0;
  let rawCursor = 0;
  const flush = (): void => {
    const collapsed = collapseWhitespace(current);
    if (collapsed.length > 0) paragraphs.push(collapsed);
    current = [];
  };
  const appendText = (data: string): void => {
    const found = locate(data, raw, searchFrom);
    if (found === undefined) {
      for (let index = 0; index < data.length; index += 1) current.push({ char: data[index] ?? '', start: rawCursor, end: rawCursor });
      return;
    }
    for (const mapped of found.chars) current.push(mapped);
    searchFrom = found.next;
    rawCursor = found.rawEnd;
  };
  // An explicit stack: pages nested thousands of levels deep must not overflow the call stack.
  const stack: Array<DomNode | 'end-block'> = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === 'end-block') {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      appendText(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toLowerCase();
    if (HIDDEN_ELEMENTS.has(name)) continue;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) {
      flush();
      stack.push('end-block');
    }
    // linkedom builds `childNodes` afresh on every access, so read it once.
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child !== undefined) stack.push(child);
    }
  }
  flush();
  return joinParagraphs(paragraphs);
}

/** Where the text node `data` sits in the raw text at or after `searchFrom`, character by character. */
function locate(data: string, raw: RawHtmlText, searchFrom: number): { chars: MappedChar[]; next: number; rawEnd: number } | undefined {
  const key = data.replace(/\s+/g, ' ').trim();
  if (key === '') return undefined;
  const at = raw.text.indexOf(key, searchFrom);
  if (at === -1) return undefined;
  const firstStart = raw.starts[at] ?? 0;
  const lastEnd = raw.ends[at + key.length - 1] ?? firstStart;
  const chars: MappedChar[] = [];
  let keyIndex = 0;
  let inWhitespace = false;
  // By UTF-16 unit, not code point: raw text maps each unit to its place.
  for (let index = 0; index < data.length; index += 1) {
    const char = data[index] ?? '';
    if (WHITESPACE.test(char)) {
      // Whitespace collapses to one key space; the characters of a run share the place of that space.
      const inside = keyIndex > 0 && keyIndex < key.length;
      if (inside && !inWhitespace) keyIndex += 1;
      inWhitespace = true;
      const place = keyIndex === 0 ? firstStart : inside ? (raw.starts[at + keyIndex - 1] ?? lastEnd) : lastEnd;
      chars.push({ char, start: place, end: place });
      continue;
    }
    inWhitespace = false;
    chars.push({ char, start: raw.starts[at + keyIndex] ?? lastEnd, end: raw.ends[at + keyIndex] ?? lastEnd });
    keyIndex += 1;
  }
  return { chars, next: at + key.length, rawEnd: lastEnd };
}

/** Drops leading and trailing whitespace and keeps one space per inner run, as a browser renders it. */
function collapseWhitespace(chars: readonly MappedChar[]): MappedChar[] {
  const collapsed: MappedChar[] = [];
  let pendingSpace: MappedChar | undefined;
  for (const mapped of chars) {
    if (WHITESPACE.test(mapped.char)) {
      pendingSpace ??= mapped;
      continue;
    }
    if (pendingSpace !== undefined && collapsed.length > 0) collapsed.push({ ...pendingSpace, char: ' ' });
    pendingSpace = undefined;
    collapsed.push(mapped);
  }
  return collapsed;
}

/** Joins paragraphs with blank lines; a break maps to where the previous paragraph ended, keeping offsets monotonic. */
function joinParagraphs(paragraphs: readonly MappedChar[][]): MappedText {
  let text = '';
  const offsets: number[] = [];
  let high = 0;
  const emit = (part: string, offset: number): void => {
    text += part;
    for (let index = 0; index < part.length; index += 1) offsets.push(high = Math.max(high, offset));
  };
  let lastEnd = 0;
  for (const paragraph of paragraphs) {
    if (text !== '') emit(PARAGRAPH_BREAK, lastEnd);
    const pieces: string[] = [];
    for (const mapped of paragraph) {
      pieces.push(mapped.char);
      offsets.push(high = Math.max(high, mapped.start));
      lastEnd = Math.max(lastEnd, mapped.end);
    }
    text += pieces.join('');
  }
  offsets.push(Math.max(high, lastEnd));
  return { text, offsets };
}
