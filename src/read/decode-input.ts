/** Checks raw input before any reader sees it: size, encoding (UTF-8, or UTF-16 by its byte-order mark), emptiness and binary content. */
import type { Message } from '../core/index.ts';
import { readMessage } from './read-message.ts';

/** Either the decoded text or the one message explaining why there is none. */
export type DecodedInput = { readonly text: string } | { readonly message: Message };

/** Control characters other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
/** Text files carry almost no control characters; this share marks a binary or corrupt file. */
const MAX_CONTROL_SHARE = 0.1;

/** UTF-16's byte-order marks and the decoder each selects. */
const UTF16_MARKS = [
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', label: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', label: 'UTF-16 BE' },
] as const;
/** UTF-32's marks; the LE one begins like UTF-16 LE's, so they are checked first. */
const UTF32_MARKS = [[0xff, 0xfe, 0x00, 0x00], [0x00, 0x00, 0xfe, 0xff]] as const;
/** How many leading bytes are sampled to recognise UTF-16 that lacks its byte-order mark. */
const UTF16_SAMPLE_BYTES = 4096;

/** Decodes `content` (a BOM is kept as U+FEFF, whichever encoding it selects) and refuses what no reader should parse. */
export function decodeInput(name: string, content: string | Uint8Array, maxBytes: number): DecodedInput {
  const refuse = (ruleId: string, reason: string): DecodedInput => ({ message: readMessage('error', ruleId, name, reason) });
  const byteLength = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (byteLength > maxBytes) return refuse('read/too-large', `input is ${byteLength} bytes, over the limit of ${maxBytes}`);
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    const decoded = decodeBytes(content);
    if ('ruleId' in decoded) return refuse(decoded.ruleId, decoded.reason);
    text = decoded.text;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return refuse('read/empty-file', 'input is empty');
  if (text.includes('\u0000')) return refuse('read/binary', 'input contains NUL characters: binary, not text');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) {
    return refuse('read/binary', `input is ${Math.round((100 * controls) / text.length)}% control characters: binary, not text`);
  }
  return { text };
}

/** UTF-16 when a byte-order mark says so, otherwise UTF-8; anything else is refused with what it appears to be. */
function decodeBytes(bytes: Uint8Array): { readonly text: string } | { readonly ruleId: string; readonly reason: string } {
  if (UTF32_MARKS.some((mark) => startsWith(bytes, mark))) {
    return { ruleId: 'read/unsupported-encoding', reason: 'input is UTF-32 (by its byte-order mark), which is not read; convert it to UTF-8' };
  }
  const utf16 = UTF16_MARKS.find((mark) => startsWith(bytes, mark.bytes));
  if (utf16 !== undefined) {
    try {
      return { text: new TextDecoder(utf16.encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      return { ruleId: 'read/invalid-utf16', reason: `input starts with a ${utf16.label} byte-order mark but is not valid ${utf16.label}` };
    }
  }
  if (bytes.includes(0)) {
    return looksLikeUtf16(bytes)
      ? { ruleId: 'read/unsupported-encoding', reason: 'input looks like UTF-16 without a byte-order mark; add one or convert it to UTF-8' }
      : { ruleId: 'read/binary', reason: 'input contains NUL bytes: binary, not text' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return {
      ruleId: 'read/invalid-utf8',
      reason: 'input is not valid UTF-8 (nor UTF-16 with a byte-order mark); convert it, e.g. iconv -f windows-1252 -t utf-8',
    };
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** Mostly-Latin UTF-16 puts a NUL in every other byte, all on one side; binary formats scatter them. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, UTF16_SAMPLE_BYTES);
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample; index++) {
    if (bytes[index] !== 0) continue;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  }
  return Math.max(even, odd) > sample / 4 && Math.min(even, odd) === 0;
}
