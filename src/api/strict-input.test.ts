import assert from 'node:assert/strict';
import { get, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Pack } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { buildApp } from './build-app.ts';
import { openExampleStore } from './example-store.test-helper.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const TOKEN = 'test-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const TEXT = 'Kyiv restates its position\nPresident Volodymyr Zelensky said Ukraine will never recognise the annexation of Crimea.';

function assertSecurityHeaders(headers: IncomingHttpHeaders | OutgoingHttpHeaders, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(headers[name], value, `${what}: ${name}`);
}

describe('API input is taken exactly as sent', () => {
  let store: Store;
  let pack: Pack;
  let app: FastifyInstance;
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: auth, payload });
  const documentCount = async () => (await store.listDocuments()).length;

  before(async () => {
    ({ store, pack } = await openExampleStore());
    app = await buildApp({ store, pack, token: TOKEN, writesPerMinute: 100 });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('refuses a body field of the wrong type instead of converting it, naming the field', async () => {
    const before = await documentCount();
    for (const [payload, field] of [[{ text: 42 }, 'body/text'], [{ text: TEXT, title: 7 }, 'body/title'], [{ text: [TEXT] }, 'body/text']] as const) {
      const reply = await post('/api/documents', payload);
      assert.equal(reply.statusCode, 400, JSON.stringify(payload));
      assert.match(reply.json().message, new RegExp(`^${field} must be string`));
    }
    const search = await post('/api/deals/search', { limit: '5' });
    assert.equal(search.statusCode, 400);
    assert.match(search.json().message, /^body\/limit must be integer/);
    assert.equal(await documentCount(), before);
  });

  test('refuses unknown body fields instead of dropping them, naming each', async () => {
    const ingest = await post('/api/documents', { text: TEXT, author: 'someone' });
    assert.equal(ingest.statusCode, 400);
    assert.equal(ingest.json().message, 'body/author is not a known field');
    const check = await post('/api/deals/check', { assignments: {}, window: '2025' });
    assert.equal(check.statusCode, 400);
    assert.equal(check.json().message, 'body/window is not a known field');
  });

  test('checks dates on the calendar in bodies and query strings', async () => {
    for (const date of ['2025-13-45', '2025-02-29', '2025-04-31', '2025-6-5']) {
      const reply = await post('/api/documents', { text: TEXT, date });
      assert.equal(reply.statusCode, 400, date);
      assert.equal(reply.json().message, 'body/date must be a real calendar day written YYYY-MM-DD');
      const query = await app.inject(`/api/positions?since=${date}`);
      assert.equal(query.statusCode, 400, date);
      assert.equal(query.json().message, 'querystring/since must be a real calendar day written YYYY-MM-DD');
    }
    const leapDay = await post('/api/documents', { text: TEXT, date: '2024-02-29' });
    assert.equal(leapDay.statusCode, 201);
    assert.equal(leapDay.json().documents[0].document.date, '2024-02-29');
  });

  test('still reads numbers and booleans from query strings', async () => {
    const reply = await app.inject('/api/positions?limit=2&duplicates=false');
    assert.equal(reply.statusCode, 200);
    assert.equal(reply.json().length, 2);
  });

  test('refuses a NUL character in any field with 400, and text that is only whitespace with the reader\'s reason', async () => {
    for (const [request, field] of [
      [{ method: 'POST', url: '/api/documents', headers: auth, payload: { text: 'a\u0000b' } }, 'body/text'],
      [{ method: 'POST', url: '/api/documents', headers: auth, payload: { text: TEXT, title: 'x\u0000' } }, 'body/title'],
      [{ url: '/api/documents?search=a%00b' }, 'querystring/search'],
      [{ url: '/api/positions?party=ru%00' }, 'querystring/party'],
    ] as const) {
      const reply = await app.inject(request);
      assert.equal(reply.statusCode, 400, field);
      assert.equal(reply.json().message, `${field} contains a NUL character`);
    }
    const blank = await post('/api/documents', { text: ' \n\t ' });
    assert.equal(blank.statusCode, 422);
    assert.equal(blank.json().items[0].reason, 'text: input is empty');
  });
});

describe('API errors', () => {
  test('a server error is logged with a request id that the reply names', async () => {
    const { store, pack } = await openExampleStore();
    const failing: Store = Object.create(store, { queryPositions: { value: async () => { throw new Error('the disk is on fire'); } } });
    const log = new PassThrough();
    let logged = '';
    log.setEncoding('utf8').on('data', (chunk: string) => { logged += chunk; });
    const app = await buildApp({ store: failing, pack, logStream: log });
    try {
      const reply = await app.inject('/api/positions');
      assert.equal(reply.statusCode, 500);
      const { requestId, message } = reply.json();
      assert.match(requestId, /^[0-9a-f-]{36}$/);
      assert.equal(message, `the server failed to answer; its log has request ${requestId}`);
      assertSecurityHeaders(reply.headers, '500');
      const entry = logged.split('\n').filter(Boolean).map((line) => JSON.parse(line)).find((line) => line.reqId === requestId);
      assert.equal(entry?.err?.message, 'the disk is on fire');
      assert.doesNotMatch(reply.body, /disk is on fire/);
    } finally {
      await app.close();
      await store.close();
    }
  });

  test('every 4xx and 5xx reply carries the security headers, the 431 Node sends for oversized headers too', async () => {
    const { store, pack } = await openExampleStore();
    const app = await buildApp({ store, pack, token: TOKEN, writesPerMinute: 3, bodyLimit: 1000 });
    try {
      const replies = {
        400: await app.inject('/api/positions?stance=maybe'),
        401: await app.inject({ method: 'POST', url: '/api/documents', payload: { text: TEXT } }),
        404: await app.inject('/api/nowhere'),
        413: await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: 'x'.repeat(2000) } }),
        415: await app.inject({ method: 'POST', url: '/api/documents', headers: { ...auth, 'content-type': 'text/csv' }, payload: 'a,b' }),
      };
      // The three writes above spent the allowance.
      const limited = await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: TEXT } });
      for (const [status, reply] of Object.entries({ ...replies, 429: limited })) {
        assert.equal(reply.statusCode, Number(status));
        assertSecurityHeaders(reply.headers, status);
      }
      const address = await app.listen({ host: '127.0.0.1', port: 0 });
      const oversized = await new Promise<{ status?: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
        get(`${address}/api/packs`, { headers: { 'x-padding': 'a'.repeat(20_000) } }, (response) => {
          response.resume();
          resolve({ status: response.statusCode, headers: response.headers });
        }).on('error', reject);
      });
      assert.equal(oversized.status, 431);
      assertSecurityHeaders(oversized.headers, '431');
    } finally {
      await app.close();
      await store.close();
    }
  });

  test('delivers the 413 to a client that sends its whole oversized body before reading', async () => {
    const { store, pack } = await openExampleStore();
    const app = await buildApp({ store, pack, token: TOKEN, writesPerMinute: 10, bodyLimit: 1000 });
    // Several megabytes: more than the socket buffers hold, so the upload is still going when the server answers.
    const body = Buffer.alloc(8 * 1024 * 1024, 'x');
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const upload = () => new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.pause();
        let received = '';
        socket.on('data', (chunk: Buffer) => {
          received += chunk.toString('latin1');
          if (received.includes('\r\n\r\n')) {
            socket.destroy();
            resolve(received.split('\r\n')[0]!);
          }
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(`failed: ${error.code}`));
        socket.write(`POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\n`
          + `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
        // Reads only once everything is written, as a client busy uploading does.
        socket.write(body, () => socket.resume());
      });
      for (let attempt = 0; attempt < 3; attempt += 1) assert.equal(await upload(), 'HTTP/1.1 413 Payload Too Large');
    } finally {
      await app.close();
      await store.close();
    }
  });
});
