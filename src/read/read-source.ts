/** Reads a file, a directory tree, stdin (`-`) or an http(s) URL: the one reader that does I/O. */
import { createReadStream, type Dirent, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Doc, Message } from '../core/index.ts';
import { fetchAllowFromEnvironment, parseFetchAllow, type FetchAllowList } from './fetch-allow.ts';
import { fetchUrl, type FetchedBody, type NotModified, type Validators } from './fetch-url.ts';
import { readAtMost } from './read-at-most.ts';
import { readContent } from './read-content.ts';
import { readMessage } from './read-message.ts';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from './read-options.ts';

/** File names read when walking a directory. */
const READABLE_FILE = /\.(?:txt|text|md|html|htm|xhtml|jsonl|xml|rss|atom)$/i;

/** Reads a file path, a directory (recursively, files sorted by path), `-` for stdin, or an http(s) URL. */
export async function readSource(source: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (typeof source !== 'string' || source === '') throw new TypeError('readSource: source must be a path, a URL or "-"');
  if (source === '-') return readStream('-', process.stdin, options);
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

/**
 * Reads one named file: a regular file over the size limit is refused before loading; anything else (a FIFO, a device)
 * is read as a stream up to the limit.
 */
async function readFileSource(path: string, options: ReadOptions): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const stats = await stat(path);
    if (stats.isFile() && stats.size > maxBytes) return tooLarge(path, `input is ${stats.size} bytes, over the limit of ${maxBytes}`);
    return await readStream(path, createReadStream(path), options);
  } catch (error) {
    return unreadable(path, error);
  }
}

/** Reads `stream` up to the size limit, then the content it holds. */
async function readStream(name: string, stream: AsyncIterable<Uint8Array>, options: ReadOptions): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readAtMost(stream, maxBytes);
  return bytes === undefined ? tooLarge(name, `input exceeds the limit of ${maxBytes} bytes`) : readContent(name, bytes, options);
}

function tooLarge(name: string, reason: string): ReadResult {
  return { docs: [], messages: [readMessage('error', 'read/too-large', name, reason)] };
}

/**
 * The readable files under `directory`, sorted by path. Only regular files (or links to them) are taken: a FIFO or a
 * device could block or never end, so those and sockets become messages, as do unreadable subdirectories.
 */
async function listReadableFiles(directory: string, messages: Message[]): Promise<string[]> {
  const files: string[] = [];
  const pending = [directory];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    try {
      for (const entry of await readdir(next, { withFileTypes: true })) {
        const path = join(next, entry.name);
        if (entry.isDirectory()) pending.push(path);
        else if (READABLE_FILE.test(entry.name)) await takeRegularFile(entry, path, files, messages);
      }
    } catch (error) {
      messages.push(...unreadable(next, error).messages);
    }
  }
  return files.sort();
}

/** Adds `path` to `files` when it is, or links to, a regular file; reports a FIFO, device or socket. Linked directories are not followed. */
async function takeRegularFile(entry: Dirent, path: string, files: string[], messages: Message[]): Promise<void> {
  let type: Dirent | Stats = entry;
  if (entry.isSymbolicLink()) {
    try {
      type = await stat(path);
    } catch (error) {
      messages.push(...unreadable(path, error).messages);
      return;
    }
  }
  if (type.isFile()) files.push(path);
  else if (!type.isDirectory()) messages.push(readMessage('error', 'read/not-a-file', path, `skipped: ${specialFileKind(type)}, not a regular file`));
}

function specialFileKind(type: Dirent | Stats): string {
  if (type.isFIFO()) return 'a FIFO';
  if (type.isSocket()) return 'a socket';
  if (type.isCharacterDevice() || type.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** Fetches `url` and reads the response as the format its content type or first bytes suggest. */
async function readUrl(url: string, options: ReadOptions): Promise<ReadResult> {
  const read = await readUrlIfChanged(url, {}, options);
  // Without validators the server has nothing to compare, so it never answers 304.
  return 'notModified' in read ? { docs: [], messages: [] } : read;
}

/** A fetched URL's documents, with the validators to send next time so that an unchanged resource is not read again. */
export type ChangedUrl = ReadResult & Validators;

/**
 * Fetches `url` with a conditional request (the `validators` of the version already read) and reads the response as
 * `readSource` does; an unchanged resource answers `{ notModified: true }`. Errors are messages, as everywhere in read.
 */
export async function readUrlIfChanged(url: string, validators: Validators, options: ReadOptions = {}): Promise<ChangedUrl | NotModified> {
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
    validators,
  });
  if ('message' in fetched) return { docs: [], messages: [fetched.message] };
  if ('notModified' in fetched) return fetched;
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(fetched.contentType ?? '')?.[1]?.toLowerCase();
  let content: string | Uint8Array = fetched.bytes;
  if (charset !== undefined && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(charset)) {
    try {
      content = new TextDecoder(charset).decode(fetched.bytes);
    } catch {
      return { docs: [], messages: [readMessage('error', 'read/unknown-charset', url, `unsupported charset "${charset}"`)] };
    }
  }
  const read = readContent(url, content, { ...options, url: fetched.url, ...(fetched.contentType === undefined ? {} : { contentType: fetched.contentType }) });
  return {
    ...read,
    docs: read.docs.map((doc) => withHeaderDate(doc, fetched)),
    ...(fetched.etag === undefined ? {} : { etag: fetched.etag }),
    ...(fetched.lastModified === undefined ? {} : { lastModified: fetched.lastModified }),
  };
}

/** A fetched page that names no date of its own takes the server's: `Last-Modified`, else `Date`, saying which. */
function withHeaderDate(doc: Doc, { lastModified, serverDate }: FetchedBody): Doc {
  if (doc.date !== undefined) return doc;
  const modified = httpDate(lastModified);
  if (modified !== undefined) return { ...doc, date: modified, dateSource: 'http-last-modified' };
  const sent = httpDate(serverDate);
  return sent === undefined ? doc : { ...doc, date: sent, dateSource: 'http-date' };
}

/** The ISO day of an HTTP date header (`Tue, 03 Jun 2025 10:00:00 GMT`), when it is one. */
function httpDate(header: string | undefined): string | undefined {
  const time = header === undefined ? Number.NaN : Date.parse(header);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** The error result for a path that cannot be read. */
function unreadable(path: string, error: unknown): ReadResult {
  const reason = error instanceof Error && 'code' in error ? `cannot read: ${String(error.code)}` : `cannot read: ${String(error)}`;
  return { docs: [], messages: [readMessage('error', 'read/unreadable', path, reason)] };
}
