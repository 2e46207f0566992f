/** Headers sent with every response: the dashboard may run only its own bundled scripts. */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * No inline script, no eval, no plugins, no framing; connections only back to this server. Styles are
 * set through the CSSOM by the chart, which `style-src 'self'` allows, so no `'unsafe-inline'` is needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The security headers, by name. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Fastify's handler for requests Node rejects before any route sees them (headers too large, malformed, too slow),
 * with the security headers every other reply carries.
 */
export function replyToClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const statusCode = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify({ statusCode, error: STATUS_CODES[statusCode], message: CLIENT_ERROR_MESSAGES[statusCode] });
  const headers = { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode]}\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`);
  }
  socket.destroy(error);
}

const CLIENT_ERROR_MESSAGES: Readonly<Record<number, string>> = {
  400: 'the request is not valid HTTP',
  408: 'the request took too long to arrive',
  431: 'the request headers are too large',
};
