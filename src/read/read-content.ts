/** Reads in-memory content of any supported format into documents, turning every problem into a message. */
import { decodeInput } from './decode-input.ts';
import { detectFormat } from './detect-format.ts';
import { readFeed } from './read-feed.ts';
import { readHtml } from './read-html.ts';
import { readJsonl } from './read-jsonl.ts';
import { readMessage } from './read-message.ts';
import { DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from './read-options.ts';
import { readPlainText } from './read-plain-text.ts';
import { readSeed } from './read-seed.ts';
import { looksLikeSeedHeader } from './seed-header.ts';
import { firstLine } from './text-lines.ts';
import { outletOfUrl } from './outlet-of-url.ts';

/** Where in-memory content came from, when it was fetched rather than read from a file. */
export interface ContentOrigin {
  /** The URL the content was fetched from. */
  readonly url?: string;
  /** The HTTP `Content-Type`, used to pick a reader. */
  readonly contentType?: string;
}

/** Reads in-memory content; `name` is the file name or URL (used for id, format detection and messages). */
export function readContent(
  name: string,
  content: string | Uint8Array,
  { maxBytes = DEFAULT_MAX_BYTES, format = 'auto', url, contentType }: ReadOptions & ContentOrigin = {},
): ReadResult {
  if (typeof content !== 'string' && !(content instanceof Uint8Array)) {
    throw new TypeError('readContent: content must be a string or a Uint8Array');
  }
  const decoded = decodeInput(name, content, maxBytes);
  if ('message' in decoded) return { docs: [], messages: [decoded.message] };
  const { text } = decoded;
  const chosen = format === 'auto' ? detectFormat(name, text, contentType) : format;
  switch (chosen) {
    case 'seed': {
      if (!looksLikeSeedHeader(firstLine(text))) {
        return { docs: [], messages: [readMessage('error', 'read/missing-header', name, 'seed format needs a first line " date YYYY-MM-DD URL"')] };
      }
      const { doc, messages } = readSeed(name, text);
      return { docs: doc === undefined ? [] : [doc], messages };
    }
    case 'html': {
      const { doc, messages } = readHtml(name, text, url === undefined ? {} : { url });
      return { docs: doc === undefined ? [] : [doc], messages };
    }
    case 'jsonl':
      return readJsonl(name, text);
    case 'feed':
      return readFeed(name, text);
    case 'text': {
      const outlet = outletOfUrl(url);
      return { docs: [readPlainText(name, text, { ...(url === undefined ? {} : { url }), ...(outlet === undefined ? {} : { outlet }) })], messages: [] };
    }
    default:
      throw new TypeError(`readContent: unknown format "${String(chosen)}"; use auto, seed, text, html, jsonl or feed`);
  }
}
