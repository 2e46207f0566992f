import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { MatrixResult } from '../analyse/index.ts';
import type { Pack } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { buildApp } from './build-app.ts';
import { openExampleStore } from './example-store.test-helper.ts';

const TOKEN = 'test-token';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('HTTP API over the example articles', () => {
  let store: Store;
  let pack: Pack;
  let app: FastifyInstance;

  before(async () => {
    ({ store, pack } = await openExampleStore());
    app = await buildApp({ store, pack, token: TOKEN, writesPerMinute: 8 });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test("explains the trained model's positions for a document, each quoting the text at its offsets", async () => {
    const { document } = (await app.inject('/api/documents/1')).json();
    const reply = await app.inject('/api/documents/1/explanations');
    assert.equal(reply.statusCode, 200);
    const { extractor, positions } = reply.json();
    assert.match(extractor, /^model@/u);
    assert.ok(positions.length > 0);
    for (const position of positions) {
      assert.equal(document.text.slice(position.evidence.start, position.evidence.end), position.evidence.quote);
      assert.ok(position.explanation.length > 0 && position.explanation.every((reason: { feature: string; weight: number }) => typeof reason.feature === 'string' && Number.isFinite(reason.weight)));
    }
    assert.equal((await app.inject('/api/documents/999/explanations')).statusCode, 404);
  });

  test('lists the stored documents and finds them by full-text search', async () => {
    const all = (await app.inject('/api/documents')).json();
    assert.equal(all.length, 3);
    const found = (await app.inject('/api/documents?search=Kremlin')).json();
    assert.ok(found.length >= 1 && found.length < 3, `search should narrow the list, got ${found.length}`);
  });

  test('returns one document with its text and positions whose quotes match the text', async () => {
    const reply = await app.inject('/api/documents/1');
    assert.equal(reply.statusCode, 200);
    const { document, positions } = reply.json();
    assert.match(document.text, /Peskov/);
    assert.ok(positions.length > 0);
    for (const position of positions) assert.equal(document.text.slice(position.evidence.start, position.evidence.end), position.evidence.quote);
    assert.equal((await app.inject('/api/documents/999')).statusCode, 404);
  });

  test('filters positions like the CLI and rejects an unknown stance', async () => {
    const ru = (await app.inject('/api/positions?party=ru&stance=reject')).json();
    assert.ok(ru.length > 0);
    assert.ok(ru.every((p: { holder: string; stance: string }) => p.holder === 'ru' && p.stance === 'reject'));
    const late = (await app.inject('/api/positions?since=2025-06-04')).json();
    assert.ok(late.every((p: { date: string }) => p.date >= '2025-06-04'));
    assert.equal((await app.inject('/api/positions?stance=maybe')).statusCode, 400);
  });

  test('builds the matrix and narrows it by mode and date window', async () => {
    const full: MatrixResult = (await app.inject('/api/matrix')).json();
    assert.ok(full.parties.includes('ru') && full.parties.includes('ua'));
    const direct: MatrixResult = (await app.inject('/api/matrix?mode=direct')).json();
    assert.ok(direct.cells.length > 0 && direct.cells.length < full.cells.length);
    assert.ok(direct.cells.every((cell) => cell.support.every((ref) => ref.mode === 'direct')));
    const firstDay: MatrixResult = (await app.inject('/api/matrix?until=2025-06-02')).json();
    assert.deepEqual(firstDay.parties, ['ru']);
  });

  test('returns the evidence records of a cell with the document text they index', async () => {
    const { cells }: MatrixResult = (await app.inject('/api/matrix')).json();
    const cell = cells.find((candidate) => candidate.party === 'ru')!;
    const ids = cell.support.map((ref) => ref.recordId).join(',');
    const { items } = (await app.inject(`/api/evidence?party=ru&issue=${cell.issue}&ids=${ids}`)).json();
    assert.equal(items.length, cell.support.length);
    for (const { record, document } of items) assert.equal(document.text.slice(record.evidence.start, record.evidence.end), record.evidence.quote);
  });

  test('answers the timeline, shifts, consistency and collisions routes', async () => {
    const timeline = (await app.inject('/api/timeline?party=ru')).json();
    assert.equal(timeline.party, 'ru');
    assert.ok(timeline.issues.length > 0);
    assert.equal((await app.inject('/api/timeline')).statusCode, 400, 'party is required');
    assert.deepEqual(Object.keys((await app.inject('/api/shifts')).json()), ['shifts', 'messages']);
    assert.ok((await app.inject('/api/consistency?party=ru')).json().parties.every((p: { party: string }) => p.party === 'ru'));
    const { collisions } = (await app.inject('/api/collisions')).json();
    assert.ok(collisions.some((c: { parties: string[] }) => c.parties.includes('ru') && c.parties.includes('ua')));
  });

  test('checks a deal that breaks a red line and searches for minimal concessions', async () => {
    const { redLines } = (await app.inject({ method: 'POST', url: '/api/deals/search', payload: {} })).json();
    const redLine = redLines[0];
    const broken = (await app.inject({
      method: 'POST', url: '/api/deals/check', payload: { assignments: { [redLine.issue]: redLine.stance === 'reject' } },
    })).json();
    const verdict = broken.parties.find((p: { party: string }) => p.party === redLine.party);
    assert.equal(verdict.redLinesKept, false);
    assert.equal(verdict.byStrength.red_line.violated[0].issue, redLine.issue);
    const bad = await app.inject({ method: 'POST', url: '/api/deals/check', payload: { assignments: { x: 'yes' } } });
    assert.equal(bad.statusCode, 400);
  });

  test('lists the active pack with state media and the shipped packs', async () => {
    const { active, shipped } = (await app.inject('/api/packs')).json();
    assert.equal(active.id, pack.id);
    assert.ok(active.parties.find((p: { id: string }) => p.id === 'ru').stateMedia.includes('tass.ru'));
    assert.ok(shipped.includes('russia-ukraine'));
  });

  test('serves an OpenAPI document naming every route', async () => {
    const { openapi, paths } = (await app.inject('/openapi.json')).json();
    assert.match(openapi, /^3\./);
    for (const path of ['/api/documents', '/api/documents/{id}', '/api/positions', '/api/matrix', '/api/timeline', '/api/shifts',
      '/api/consistency', '/api/collisions', '/api/deals/check', '/api/deals/search', '/api/packs', '/api/outlets']) {
      assert.ok(path in paths, `${path} missing from the OpenAPI document`);
    }
  });

  test('sends a Content-Security-Policy without inline script on every response', async () => {
    const csp = (await app.inject('/api/packs')).headers['content-security-policy'];
    assert.match(String(csp), /script-src 'self'/);
    assert.doesNotMatch(String(csp), /unsafe-inline|unsafe-eval/);
  });

  test('refuses to ingest without the bearer token, then ingests pasted text with it', async () => {
    const text = 'Kremlin repeats demand\nKremlin spokesman Dmitry Peskov said Russia demands that Ukraine renounce NATO membership.';
    const refused = await app.inject({ method: 'POST', url: '/api/documents', payload: { text } });
    assert.equal(refused.statusCode, 401);
    const wrong = await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: 'Bearer nope' }, payload: { text } });
    assert.equal(wrong.statusCode, 401);
    const reply = await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text, date: '2025-06-05' } });
    assert.equal(reply.statusCode, 201);
    const [{ document, positions }] = reply.json().documents;
    assert.equal(document.date, '2025-06-05');
    assert.ok(positions.some((p: { holder: string; issue: string }) => p.holder === 'ru' && p.issue === 'alliance.ukraine_nato_membership'));
    const again = await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text, date: '2025-06-05' } });
    assert.equal(again.json().items[0].status, 'unchanged');
  });

  test('answers an oversized body with a clear 413 and writes past the limit with 429', async () => {
    const big = await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: 'x'.repeat(1_100_000) } });
    assert.equal(big.statusCode, 413);
    assert.match(big.json().message, /over the limit of \d+ bytes/);
    // The earlier tests of this suite spent 5 of the 8 writes a minute allowed.
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      statuses.push((await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: `note ${index}` } })).statusCode);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429]);
  });
});

describe('HTTP API access control', () => {
  test('makes reads token-only when a read token is configured', async () => {
    const { store, pack } = await openExampleStore();
    const app = await buildApp({ store, pack, token: 'writer', readToken: 'reader' });
    try {
      assert.equal((await app.inject('/api/matrix')).statusCode, 401);
      assert.equal((await app.inject({ url: '/api/matrix', headers: { authorization: 'Bearer reader' } })).statusCode, 200);
      assert.equal((await app.inject({ url: '/api/matrix', headers: { authorization: 'Bearer writer' } })).statusCode, 200);
    } finally {
      await app.close();
      await store.close();
    }
  });

  test('/healthz answers without a token, and 503 with the reason once the database is gone', async () => {
    const { store, pack } = await openExampleStore();
    const app = await buildApp({ store, pack, token: 'writer', readToken: 'reader' });
    try {
      const ok = await app.inject('/healthz');
      assert.equal(ok.statusCode, 200);
      assert.deepEqual(ok.json(), { status: 'ok' });
      await store.close();
      const down = await app.inject('/healthz');
      assert.equal(down.statusCode, 503);
      assert.equal(down.json().status, 'unavailable');
      assert.ok(down.json().reason.length > 0);
    } finally {
      await app.close();
    }
  });

  test('refuses writes with 403 when no token is configured', async () => {
    const { store, pack } = await openExampleStore();
    const app = await buildApp({ store, pack });
    try {
      const reply = await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: 'Bearer x' }, payload: { text: 'a' } });
      assert.equal(reply.statusCode, 403);
      assert.match(reply.json().message, /REDLINES_TOKEN/);
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe('HTTP API on a real loopback port', () => {
  test('serves the matrix over TCP and ingests an article fetched from a loopback URL', async () => {
    const article = 'Kyiv restates its position\nPresident Volodymyr Zelensky said Ukraine will never recognize the annexation of Crimea.';
    const origin = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end(article));
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    const articleUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}/kyiv.txt`;
    const { store, pack } = await openExampleStore();
    // Loopback is internal: only the allow-list lets the API fetch from it.
    const app = await buildApp({ store, pack, token: TOKEN, fetchAllow: ['127.0.0.1'] });
    try {
      const address = await app.listen({ host: '127.0.0.1', port: 0 });
      const matrix = await fetch(`${address}/api/matrix`);
      assert.equal(matrix.status, 200);
      assert.ok(((await matrix.json()) as MatrixResult).cells.length > 0);
      const posted = await fetch(`${address}/api/documents`, {
        method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ url: articleUrl }),
      });
      assert.equal(posted.status, 201);
      const { documents } = (await posted.json()) as { documents: { document: { url: string }; positions: { holder: string }[] }[] };
      assert.equal(documents[0]!.document.url, articleUrl);
      assert.ok(documents[0]!.positions.some((position) => position.holder === 'ua'));
    } finally {
      await app.close();
      await store.close();
      origin.close();
    }
  });

  test('refuses to fetch a posted URL on an internal address, and never reaches it', async () => {
    let reached = 0;
    const internal = createServer((_request, response) => {
      reached += 1;
      response.writeHead(200, { 'content-type': 'text/plain' }).end('Internal secret.');
    });
    await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
    const { port } = internal.address() as AddressInfo;
    const { store, pack } = await openExampleStore();
    const app = await buildApp({ store, pack, token: TOKEN, fetchAllow: [] });
    try {
      for (const host of ['127.0.0.1', '127.1', '2130706433', '0x7f000001', '0.0.0.0', '[::1]', '[::ffff:127.0.0.1]', 'localhost']) {
        const reply = await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { url: `http://${host}:${port}/` } });
        assert.equal(reply.statusCode, 422, host);
        assert.match(reply.json().items[0].reason, /internal address/, host);
        assert.doesNotMatch(reply.body, /Internal secret/, host);
      }
      assert.equal(reached, 0);
    } finally {
      await app.close();
      await store.close();
      internal.close();
    }
  });
});
