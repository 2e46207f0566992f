/** The API as the dashboard uses it: the outlet list, filters shared by every view, a disagreement's evidence, deals with fixed choices. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { DealCheck, DealSearch, MatrixResult, TimelineResult } from '../analyse/index.ts';
import type { Store } from '../store/index.ts';
import { buildApp } from './build-app.ts';
import { openNegotiationStore } from './negotiation-store.test-helper.ts';

describe('dashboard filters over the scripted negotiation', () => {
  let store: Store;
  let app: FastifyInstance;

  before(async () => {
    const opened = await openNegotiationStore();
    store = opened.store;
    app = await buildApp({ store, pack: opened.pack });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('lists every outlet, most positions first, naming state media', async () => {
    const reply = await app.inject('/api/outlets');
    assert.equal(reply.statusCode, 200);
    assert.deepEqual(reply.json(), {
      outlets: [
        { outlet: 'example.org', positions: 9 },
        { outlet: 'news.example.com', positions: 11 },
        { outlet: 'tass.ru', positions: 3, stateMediaOf: 'ru' },
      ].sort((a, b) => b.positions - a.positions),
    });
  });

  test('takes several outlets and leaves out state media on request', async () => {
    const all: MatrixResult = (await app.inject('/api/matrix')).json();
    const two: MatrixResult = (await app.inject('/api/matrix?outlet=example.org&outlet=tass.ru')).json();
    const one: MatrixResult = (await app.inject('/api/matrix?outlet=tass.ru')).json();
    assert.deepEqual(one.parties, ['ru']);
    assert.ok(two.cells.length > one.cells.length && two.cells.length < all.cells.length);
    assert.ok(!two.parties.includes('gb'), 'London is only quoted by news.example.com');
    const withoutStateMedia: MatrixResult = (await app.inject('/api/matrix?excludeStateMedia=true')).json();
    const ruTroops = (result: MatrixResult) => result.cells.find((cell) => cell.party === 'ru' && cell.issue === 'security.western_troops_in_ukraine');
    assert.ok(ruTroops(all), 'only TASS reports Moscow on Western troops');
    assert.equal(ruTroops(withoutStateMedia), undefined);
    const timeline: TimelineResult = (await app.inject('/api/timeline?party=ru&excludeStateMedia=true')).json();
    assert.ok(timeline.issues.every((issue) => issue.entries.every((entry) => !entry.doc.includes('tass.ru'))));
    assert.equal((await app.inject('/api/matrix?excludeStateMedia=maybe')).statusCode, 400);
  });

  test('cites the evidence of the disagreeing stance of a flagged cell, with its date', async () => {
    const { cells }: MatrixResult = (await app.inject('/api/matrix')).json();
    const ceasefire = cells.find((cell) => cell.party === 'ru' && cell.issue === 'ceasefire.immediate')!;
    assert.equal(ceasefire.stance, 'reject');
    assert.equal(ceasefire.disagreement, true);
    const [other] = ceasefire.alternatives;
    assert.equal(other?.stance, 'accept');
    assert.equal(other?.latestDate, '2025-03-20');
    const evidence = (search: string) => app.inject(`/api/evidence?party=ru&issue=ceasefire.immediate&${search}`);
    const { items } = (await evidence('stance=accept&strength=soft')).json();
    assert.deepEqual(items.map((item: { record: { evidence: { quote: string } } }) => item.record.evidence.quote), ['The Kremlin could accept a pause in the fighting.']);
    assert.equal(items[0].document.stateMediaOf, 'ru');
    assert.deepEqual((await evidence('stance=accept&strength=soft&excludeStateMedia=true')).json(), { items: [] });
    assert.deepEqual((await evidence('stance=accept&strength=soft&until=2025-03-01')).json(), { items: [] });
    assert.equal((await evidence('stance=reject&strength=firm&since=2025-02-01')).json().items.length, 1);
    const incomplete = await evidence('stance=accept');
    assert.equal(incomplete.statusCode, 400, 'ids, or a stance with its strength');
  });

  test('checks and searches deals over the filtered records, keeping fixed propositions', async () => {
    const deal = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
    const annexation = { 'territory.recognize_annexation': true };
    const check: DealCheck = (await deal('/api/deals/check', { assignments: annexation })).json();
    assert.equal(check.parties.find((verdict) => verdict.party === 'ua')?.redLinesKept, false);
    const tassOnly: DealCheck = (await deal('/api/deals/check', { assignments: annexation, outlets: ['tass.ru'] })).json();
    assert.deepEqual(tassOnly.parties.map((verdict) => verdict.party), ['ru']);
    const search: DealSearch = (await deal('/api/deals/search', { parties: ['ru', 'ua'], fixed: annexation })).json();
    assert.equal(search.feasible, false);
    assert.ok(search.correctionSets.length > 0);
    for (const set of search.correctionSets) {
      assert.equal(set.deal.assignments['territory.recognize_annexation'], true);
      assert.ok(set.redLines.some((line) => line.party === 'ua' && line.issue === 'territory.recognize_annexation'));
    }
    const unknown = await deal('/api/deals/search', { fixed: { 'territory.recognize_annexation': 'yes' } });
    assert.equal(unknown.statusCode, 400);
    assert.equal((await deal('/api/deals/check', { assignments: {}, outlet: 'tass.ru' })).statusCode, 400, 'bodies name outlets in a list');
  });
});
