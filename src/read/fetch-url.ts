/** Fetches a URL with a time limit and a size limit, turning every failure into a message. */
import type { Message } from '../core/index.ts';
import { readMessage } from './read-message.ts';

/** The body and content type of a successful fetch, or the message saying why there is none. */
export type FetchedUrl = { readonly bytes: Uint8Array; readonly contentType?: string; readonly url: string } | { readonly message: Message };

/** GETs `url`, giving up after `timeoutMs` or once the body exceeds `maxBytes`. */
export async function fetchUrl(url: string, { timeoutMs, maxBytes }: { readonly timeoutMs: number; readonly maxBytes: number }): Promise<FetchedUrl> {
  const fail = (ruleId: string, reason: string): FetchedUrl => ({ message: readMessage('error', ruleId, url, reason) });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8, */*;q=0.5' } });
    if (!response.ok) return fail('read/fetch-failed', `HTTP ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      return fail('read/too-large', `response is ${declared} bytes, over the limit of ${maxBytes}`);
    }
    const chunks: Uint8Array[] = [];
    let received = 0;
    // Leaving the loop early cancels the body stream, so an oversized response is never read to its end.
    for await (const chunk of response.body ?? []) {
      received += chunk.byteLength;
      if (received > maxBytes) break;
      chunks.push(chunk);
    }
    if (received > maxBytes) return fail('read/too-large', `response exceeds the limit of ${maxBytes} bytes`);
    const contentType = response.headers.get('content-type') ?? undefined;
    return { bytes: Buffer.concat(chunks), url: response.url || url, ...(contentType === undefined ? {} : { contentType }) };
  } catch (error) {
    return controller.signal.aborted
      ? fail('read/fetch-timeout', `no complete response within ${timeoutMs} ms`)
      : fail('read/fetch-failed', `fetch failed: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}
