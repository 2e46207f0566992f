import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { MatrixResult } from '../analyse/index.ts';
import type { PositionRecord } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { parseReviewerTokens } from './bearer-token.ts';
import { buildApp } from './build-app.ts';
import { openExampleStore } from './example-store.test-helper.ts';

const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('review routes', () => {
  let store: Store;
  let app: FastifyInstance;

  before(async () => {
    const opened = await openExampleStore();
    store = opened.store;
    app = await buildApp({ store, pack: opened.pack, token: 'plain-token', reviewers: parseReviewerTokens('ana:ana-token, ben:ben-token') });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  const positions = async (): Promise<PositionRecord[]> => (await app.inject('/api/positions')).json();
  const find = async (holder: string, issue: string) => (await positions()).find((p) => p.holder === holder && p.issue === issue)!;
  const cell = async (party: string, issue: string, query = '') =>
    ((await app.inject(`/api/matrix${query}`)).json() as MatrixResult).cells.find((c) => c.party === party && c.issue === issue);

  test('a verdict needs a token, and the token names the reviewer; the matrix follows', async () => {
    const neutrality = await find('ru', 'alliance.ukraine_neutrality');
    const body = { positionId: neutrality.id, verdict: 'confirmed' };
    assert.equal((await app.inject({ method: 'POST', url: '/api/reviews', payload: body })).statusCode, 401);
    assert.equal((await app.inject({ method: 'POST', url: '/api/reviews', payload: body, headers: as('wrong') })).statusCode, 401);
    const byAna = await app.inject({ method: 'POST', url: '/api/reviews', payload: body, headers: as('ana-token') });
    assert.equal(byAna.statusCode, 201);
    assert.deepEqual([byAna.json().reviewer, byAna.json().verdict, byAna.json().doc], ['ana', 'confirmed', neutrality.doc]);
    const plain = await app.inject({ method: 'POST', url: '/api/reviews', payload: body, headers: as('plain-token') });
    assert.equal(plain.json().reviewer, 'analyst');
    assert.equal((await cell('ru', 'alliance.ukraine_neutrality'))!.reviewed, 1);
    assert.deepEqual((await app.inject('/api/reviews?reviewer=ana')).json().map((r: { verdict: string }) => r.verdict), ['confirmed']);

    const annexation = await find('ua', 'territory.recognize_annexation');
    const corrected = await app.inject({ method: 'POST', url: '/api/reviews', headers: as('ben-token'), payload: { positionId: annexation.id, verdict: 'corrected', fields: { stance: 'accept' } } });
    assert.equal(corrected.statusCode, 201);
    assert.equal((await cell('ua', 'territory.recognize_annexation'))!.stance, 'accept');
    const reviewedOnly = ((await app.inject('/api/matrix?reviewed=true')).json() as MatrixResult).cells.map((c) => `${c.party} ${c.issue}`).sort();
    assert.deepEqual(reviewedOnly, ['ru alliance.ukraine_neutrality', 'ua territory.recognize_annexation']);
    const undone = await app.inject({ method: 'POST', url: '/api/reviews/undo', headers: as('ben-token') });
    assert.deepEqual([undone.statusCode, undone.json().action, undone.json().before.verdict], [200, 'undo', 'corrected']);
    assert.equal((await cell('ua', 'territory.recognize_annexation'))!.stance, 'reject');
    assert.equal((await app.inject({ method: 'POST', url: '/api/reviews/undo', headers: as('ben-token') })).statusCode, 404);
    const log = (await app.inject('/api/reviews/log')).json() as { reviewer: string; action: string }[];
    assert.deepEqual(log.map((change) => `${change.reviewer} ${change.action}`), ['ben undo', 'ben review', 'analyst review', 'ana review']);
  });

  test('a rejected position leaves the positions and the evidence; an added one joins them with its evidence', async () => {
    const withdraws = (await positions()).find((p) => p.doc === '2025-06-03-kyiv-responds.txt' && p.holder === 'ru' && p.issue === 'territory.ukraine_withdraws')!;
    assert.equal((await app.inject({ method: 'POST', url: '/api/reviews', headers: as('ana-token'), payload: { positionId: withdraws.id, verdict: 'rejected', note: 'reported by Kyiv' } })).statusCode, 201);
    assert.equal((await positions()).some((p) => p.id === withdraws.id), false);
    const { document } = (await app.inject(`/api/documents/${withdraws.documentId}`)).json();
    const quote = 'far apart on territory';
    const start = (document.text as string).indexOf(quote);
    const added = await app.inject({
      method: 'POST', url: '/api/reviews/added', headers: as('ana-token'),
      payload: { documentId: withdraws.documentId, start, end: start + quote.length, holder: 'ua', issue: 'territory.russia_withdraws', stance: 'demand', strength: 'firm' },
    });
    assert.equal(added.statusCode, 201, added.body);
    const joined = (await cell('ua', 'territory.russia_withdraws'))!;
    assert.equal(joined.support[0]!.evidence.quote, quote);
    const evidence = (await app.inject(`/api/evidence?party=ua&issue=territory.russia_withdraws&ids=${joined.support[0]!.recordId}`)).json();
    assert.equal(evidence.items[0].record.review.status, 'added');
    const positionsOfDocument = (await app.inject(`/api/documents/${withdraws.documentId}`)).json().positions as PositionRecord[];
    assert.ok(positionsOfDocument.some((p) => p.id.startsWith('added-')) && !positionsOfDocument.some((p) => p.id === withdraws.id));
  });

  test('the queue lists unreviewed positions, decisive ones first', async () => {
    const queue = (await app.inject('/api/reviews/queue?limit=5')).json() as { record: PositionRecord; reasons: string[] }[];
    assert.equal(queue.length, 5);
    assert.ok(queue[0]!.reasons.length > 0);
    assert.ok(queue.every((item) => item.record.review?.status === 'unreviewed'));
  });

  test('bad requests name the field: unknown position, document, party, a correction without fields, a span past the text', async () => {
    const id = (await positions())[0]!.id;
    const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload, headers: as('ana-token') });
    const cases: [string, object, number, RegExp][] = [
      ['/api/reviews', { positionId: '99999', verdict: 'confirmed' }, 404, /no position with id "99999"/],
      ['/api/reviews', { positionId: id, verdict: 'corrected' }, 400, /body must have required property 'fields'/],
      ['/api/reviews', { positionId: id, verdict: 'confirmed', fields: { stance: 'accept' } }, 400, /body/],
      ['/api/reviews', { positionId: id, verdict: 'corrected', fields: { holder: 'atlantis' } }, 400, /body\/fields\/holder: "atlantis" is not one of/],
      ['/api/reviews', { positionId: id, verdict: 'corrected', fields: { colour: 'red' } }, 400, /colour is not a known field/],
      ['/api/reviews', { positionId: id, verdict: 'added' }, 400, /body\/verdict must be equal to one of the allowed values/],
      ['/api/reviews/added', { documentId: '99', start: 0, end: 4, holder: 'ua', issue: 'ceasefire.immediate', stance: 'demand' }, 404, /no document with id "99"/],
      ['/api/reviews/added', { documentId: '1', start: 0, end: 999999, holder: 'ua', issue: 'ceasefire.immediate', stance: 'demand' }, 400, /body\/end: the evidence 0–999999 is not a span of document 1/],
      ['/api/reviews/added', { documentId: '1', start: 0, end: 4, holder: 'ua', issue: 'moon.landing', stance: 'demand' }, 400, /body\/issue: "moon.landing" is not one of/],
    ];
    for (const [url, payload, status, message] of cases) {
      const reply = await post(url, payload);
      assert.equal(reply.statusCode, status, `${JSON.stringify(payload)}: ${reply.body}`);
      assert.match(reply.json().message, message, JSON.stringify(payload));
    }
  });
});

test('REDLINES_REVIEWERS: name:token pairs; a malformed entry or a shared token is an error that does not echo the token', () => {
  assert.deepEqual(parseReviewerTokens(' ana:t1 ,ben:t2,'), [{ name: 'ana', token: 't1' }, { name: 'ben', token: 't2' }]);
  assert.deepEqual(parseReviewerTokens(''), []);
  assert.throws(() => parseReviewerTokens('ana:t1,secret-token'), (error: Error) => /entry 2 is not name:token/.test(error.message) && !error.message.includes('secret'));
  assert.throws(() => parseReviewerTokens('ana:t1,ben:t1'), /share a token/);
});
