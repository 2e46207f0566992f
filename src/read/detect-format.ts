/** Picks a reader for an input from its name, its HTTP content type and its first characters. */
import type { ReadFormat } from './read-options.ts';
import { looksLikeSeedHeader } from './seed-header.ts';
import { firstLine } from './text-lines.ts';

/** A concrete format: what `auto` resolves to. */
export type ConcreteFormat = Exclude<ReadFormat, 'auto'>;

const BY_EXTENSION: ReadonlyArray<readonly [RegExp, ConcreteFormat]> = [
  [/\.(?:html?|xhtml)$/i, 'html'],
  [/\.(?:jsonl|ndjson)$/i, 'jsonl'],
  [/\.(?:rss|atom)$/i, 'feed'],
];
const BY_CONTENT_TYPE: ReadonlyArray<readonly [RegExp, ConcreteFormat]> = [
  [/^(?:text\/html|application\/xhtml\+xml)/i, 'html'],
  [/^application\/(?:rss|atom|rdf)\+xml/i, 'feed'],
  [/^application\/(?:jsonl|x-ndjson|ndjson|jsonlines)/i, 'jsonl'],
];

/** The format of `text` read from `name`: a known extension or content type wins, then sniffing. */
export function detectFormat(name: string, text: string, contentType?: string): ConcreteFormat {
  const path = name.replace(/[?#].*$/, '');
  const declared =
    BY_EXTENSION.find(([pattern]) => pattern.test(path))?.[1] ??
    (contentType === undefined ? undefined : BY_CONTENT_TYPE.find(([pattern]) => pattern.test(contentType.trim()))?.[1]);
  return declared ?? sniffFormat(text);
}

/** The format suggested by the first characters of `text`. */
function sniffFormat(text: string): ConcreteFormat {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  const markup = head.replace(/^(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)*/i, '').toLowerCase();
  if (markup.startsWith('<rss') || markup.startsWith('<feed') || markup.startsWith('<rdf:rdf')) return 'feed';
  if (markup.startsWith('<!doctype') || markup.startsWith('<html')) return 'html';
  if (looksLikeSeedHeader(firstLine(text))) return 'seed';
  return 'text';
}
