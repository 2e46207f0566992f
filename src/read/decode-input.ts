/** Checks raw input before any reader sees it: size, emptiness, binary content and UTF-8 validity. */
import type { Message } from '../core/index.ts';
import { readMessage } from './read-message.ts';

/** Either the decoded text or the one message explaining why there is none. */
export type DecodedInput = { readonly text: string } | { readonly message: Message };

/** Control characters other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
/** Text files carry almost no control characters; this share marks a binary or corrupt file. */
const MAX_CONTROL_SHARE = 0.1;

/** Decodes `content` as UTF-8 (a BOM is kept) and refuses what no reader should parse. */
export function decodeInput(name: string, content: string | Uint8Array, maxBytes: number): DecodedInput {
  const refuse = (ruleId: string, reason: string): DecodedInput => ({ message: readMessage('error', ruleId, name, reason) });
  const byteLength = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (byteLength > maxBytes) return refuse('read/too-large', `input is ${byteLength} bytes, over the limit of ${maxBytes}`);
  if (typeof content !== 'string' && content.includes(0)) return refuse('read/binary', 'input contains NUL bytes: binary, not text');
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
    } catch {
      return refuse('read/invalid-utf8', 'input is not valid UTF-8');
    }
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return refuse('read/empty-file', 'input is empty');
  if (text.includes('\u0000')) return refuse('read/binary', 'input contains NUL characters: binary, not text');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) {
    return refuse('read/binary', `input is ${Math.round((100 * controls) / text.length)}% control characters: binary, not text`);
  }
  return { text };
}
