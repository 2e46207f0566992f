/**
 * Fetches a URL with limits on time, size and redirects, connecting only to public addresses and those an allow-list
 * names: every hop's host is checked, and the check runs on the addresses actually connected to, so a name that
 * resolves differently the second time cannot slip through.
 */
import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Message } from '../core/index.ts';
import { FETCH_ALLOW_VARIABLE, isFetchable, type FetchAllowList } from './fetch-allow.ts';
import { readAtMost } from './read-at-most.ts';
import { readMessage } from './read-message.ts';

/** The body and content type of a successful fetch, or the message saying why there is none. */
export type FetchedUrl = FetchedBody | NotModified | { readonly message: Message };

/** The answer to a conditional request when the resource has not changed since the validators were issued (HTTP 304). */
export interface NotModified {
  readonly notModified: true;
}

/** What identifies the version a client already holds: the response's `ETag` and `Last-Modified`. */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

/** A response body with the headers readers use. */
export interface FetchedBody {
  readonly bytes: Uint8Array;
  readonly contentType?: string;
  readonly url: string;
  /** The `Last-Modified`, `ETag` and `Date` headers, as sent. */
  readonly lastModified?: string;
  readonly etag?: string;
  readonly serverDate?: string;
}

/** What a fetch may cost and where it may go. */
export interface FetchLimits {
  /** For the whole fetch, redirects and body included. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Internal addresses that may be fetched all the same. */
  readonly allow: FetchAllowList;
  /** For a conditional request: the version already held, so an unchanged resource answers 304 without a body. */
  readonly validators?: Validators;
}

/** Redirects followed before giving up; browsers allow 20, but an article that needs more than a few is a loop. */
export const MAX_REDIRECTS = 5;

const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8, */*;q=0.5';

/** Raised by the guarded lookup, so a refusal is told apart from a network failure. */
class InternalAddressError extends Error {}

/** GETs `url`, following redirects hop by hop; gives up after `timeoutMs`, once the body exceeds `maxBytes`, or at an internal address. */
export async function fetchUrl(url: string, { timeoutMs, maxBytes, allow, validators = {} }: FetchLimits): Promise<FetchedUrl> {
  const fail = (ruleId: string, reason: string): FetchedUrl => ({ message: readMessage('error', ruleId, url, reason) });
  const refuse = (host: string) => fail('read/fetch-refused', `${host} is an internal address; to fetch it all the same, name it in ${FETCH_ALLOW_VARIABLE}`);
  if (!URL.canParse(url)) return fail('read/bad-url', 'not a valid URL');
  const signal = AbortSignal.timeout(timeoutMs);
  let target = new URL(url);
  try {
    for (let redirects = 0; ; redirects++) {
      if (target.protocol !== 'http:' && target.protocol !== 'https:') return fail('read/fetch-refused', `only http and https URLs are fetched, not ${target.protocol}`);
      const literal = target.hostname.replace(/^\[(.*)\]$/, '$1');
      if (isIP(literal) !== 0 && !isFetchable(literal, allow)) return refuse(target.hostname);
      const response = await get(target, allow, signal, validators);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location !== undefined) {
        response.destroy();
        if (redirects === MAX_REDIRECTS) return fail('read/fetch-failed', `more than ${MAX_REDIRECTS} redirects`);
        if (!URL.canParse(location, target)) return fail('read/fetch-failed', 'redirected to an invalid URL');
        target = new URL(location, target);
        continue;
      }
      if (status === 304) {
        response.destroy();
        return { notModified: true };
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        return fail('read/fetch-failed', `HTTP ${status} ${response.statusMessage ?? ''}`.trim());
      }
      const declared = Number(response.headers['content-length'] ?? Number.NaN);
      if (declared > maxBytes) {
        response.destroy();
        return fail('read/too-large', `response is ${declared} bytes, over the limit of ${maxBytes}`);
      }
      const bytes = await readAtMost(response, maxBytes);
      if (bytes === undefined) return fail('read/too-large', `response exceeds the limit of ${maxBytes} bytes`);
      const { 'content-type': contentType, 'last-modified': lastModified, etag, date: serverDate } = response.headers;
      return {
        bytes,
        url: target.href,
        ...(contentType === undefined ? {} : { contentType }),
        ...(lastModified === undefined ? {} : { lastModified }),
        ...(etag === undefined ? {} : { etag }),
        ...(serverDate === undefined ? {} : { serverDate }),
      };
    }
  } catch (error) {
    if (signal.aborted) return fail('read/fetch-timeout', `no complete response within ${timeoutMs} ms`);
    if (error instanceof InternalAddressError) return refuse(target.hostname);
    // One wording for every network failure, so no reply tells a closed port from one that answers without HTTP.
    return fail('read/fetch-failed', `no response from ${target.hostname}`);
  }
}

/** Sends the GET and resolves with the response head; the body is left to the caller. */
function get(target: URL, allow: FetchAllowList, signal: AbortSignal, { etag, lastModified }: Validators): Promise<IncomingMessage> {
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = {
    accept: ACCEPT,
    ...(etag === undefined ? {} : { 'if-none-match': etag }),
    ...(lastModified === undefined ? {} : { 'if-modified-since': lastModified }),
  };
  return new Promise((resolve, reject) => {
    // No shared agent: a pooled connection would skip the lookup that checks the address.
    request(target, { signal, agent: false, lookup: guardedLookup(allow), headers }, resolve).on('error', reject).end();
  });
}

/** DNS lookup that fails when the name resolves to any address not fetchable, so the connection is never made. */
function guardedLookup(allow: FetchAllowList): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      if (addresses.some(({ address }) => !isFetchable(address, allow))) return callback(new InternalAddressError(hostname), '');
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
