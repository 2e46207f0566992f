/** Reads a file, a directory tree, stdin (`-`) or an http(s) URL: the one reader that does I/O. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Message } from '../core/index.ts';
import { fetchAllowFromEnvironment, parseFetchAllow, type FetchAllowList } from './fetch-allow.ts';
import { fetchUrl } from './fetch-url.ts';
import { readContent } from './read-content.ts';
import { readMessage } from './read-message.ts';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from './read-options.ts';

/** File names read when walking a directory. */
const READABLE_FILE = /\.(?:txt|text|md|html|htm|xhtml|jsonl|xml|rss|atom)$/i;

/** Reads a file path, a directory (recursively, files sorted by path), `-` for stdin, or an http(s) URL. */
export async function readSource(source: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (typeof source !== 'string' || source === '') throw new TypeError('readSource: source must be a path, a URL or "-"');
  if (source === '-') return readContent('-', await readStdin(), options);
  if (/^https?:\/\//i.test(source)) return readUrl(source, options);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(source)).isDirectory();
  } catch (error) {
    return unreadable(source, error);
  }
  if (!isDirectory) return readFileSource(source, options);
  const docs: ReadResult['docs'] = [];
  const messages: Message[] = [];
  for (const path of await listReadableFiles(source, messages)) {
    const result = await readFileSource(path, options);
    docs.push(...result.docs);
    messages.push(...result.messages);
  }
  return { docs, messages };
}

/** Reads one file, refusing it before loading when it is over the size limit. */
async function readFileSource(path: string, options: ReadOptions): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const { size } = await stat(path);
    if (size > maxBytes) return { docs: [], messages: [readMessage('error', 'read/too-large', path, `input is ${size} bytes, over the limit of ${maxBytes}`)] };
    return readContent(path, await readFile(path), options);
  } catch (error) {
    return unreadable(path, error);
  }
}

/** The readable files under `directory`, sorted by path; unreadable subdirectories become messages. */
async function listReadableFiles(directory: string, messages: Message[]): Promise<string[]> {
  const files: string[] = [];
  const pending = [directory];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    try {
      for (const entry of await readdir(next, { withFileTypes: true })) {
        const path = join(next, entry.name);
        if (entry.isDirectory()) pending.push(path);
        else if (READABLE_FILE.test(entry.name)) files.push(path);
      }
    } catch (error) {
      messages.push(...unreadable(next, error).messages);
    }
  }
  return files.sort();
}

/** Fetches `url` and reads the response as the format its content type or first bytes suggest. */
async function readUrl(url: string, options: ReadOptions): Promise<ReadResult> {
  let allow: FetchAllowList;
  try {
    allow = options.fetchAllow === undefined ? fetchAllowFromEnvironment() : parseFetchAllow(options.fetchAllow, 'fetchAllow');
  } catch (error) {
    return { docs: [], messages: [readMessage('error', 'read/bad-fetch-allow', url, (error as Error).message)] };
  }
  const fetched = await fetchUrl(url, {
    timeoutMs: options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    allow,
  });
  if ('message' in fetched) return { docs: [], messages: [fetched.message] };
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(fetched.contentType ?? '')?.[1]?.toLowerCase();
  let content: string | Uint8Array = fetched.bytes;
  if (charset !== undefined && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(charset)) {
    try {
      content = new TextDecoder(charset).decode(fetched.bytes);
    } catch {
      return { docs: [], messages: [readMessage('error', 'read/unknown-charset', url, `unsupported charset "${charset}"`)] };
    }
  }
  return readContent(url, content, { ...options, url: fetched.url, ...(fetched.contentType === undefined ? {} : { contentType: fetched.contentType }) });
}

/** All of standard input, as bytes. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** The error result for a path that cannot be read. */
function unreadable(path: string, error: unknown): ReadResult {
  const reason = error instanceof Error && 'code' in error ? `cannot read: ${String(error.code)}` : `cannot read: ${String(error)}`;
  return { docs: [], messages: [readMessage('error', 'read/unreadable', path, reason)] };
}
