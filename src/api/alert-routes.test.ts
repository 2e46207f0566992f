import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { readContent } from '../read/index.ts';
import type { Store } from '../store/index.ts';
import { buildApp } from './build-app.ts';
import { openExampleStore } from './example-store.test-helper.ts';

let store: Store;
let app: FastifyInstance;

const evidence = (doc: string, quote: string) => ({ recordId: '1', doc, date: '2026-03-02', mode: 'direct', speaker: 'Volodymyr Zelensky', evidence: { start: 0, end: quote.length, quote } });

before(async () => {
  const opened = await openExampleStore();
  store = opened.store;
  app = await buildApp({ store, pack: opened.pack });
  await store.watch.fireAlerts([
    {
      key: 'new-red-line|ua|territory.recognize_annexation|reject', rule: 'new-red-line',
      body: { rule: 'new-red-line', summary: 'ua states a new red line: reject territory.recognize_annexation', before: [], after: [evidence('https://news.test/2', 'Ukraine will never recognize <the> "occupied" territories & more')] },
    },
    {
      key: 'first-position|ru|territory.recognize_annexation', rule: 'first-position',
      body: { rule: 'first-position', summary: 'ru takes a position on territory.recognize_annexation for the first time: demand', before: [], after: [evidence('kremlin.txt', 'Russia demands recognition')] },
    },
  ]);
});
after(async () => {
  await app.close();
  await store.close();
});

test('GET /api/alerts lists the alerts newest first, with rule, summary and evidence', async () => {
  const reply = await app.inject('/api/alerts?limit=10');
  assert.equal(reply.statusCode, 200);
  const alerts = reply.json() as { rule: string; key: string; after: { evidence: { quote: string } }[] }[];
  assert.deepEqual(alerts.map((alert) => alert.rule), ['first-position', 'new-red-line']);
  assert.equal(alerts[1]!.after[0]!.evidence.quote, 'Ukraine will never recognize <the> "occupied" territories & more');
  assert.equal((await app.inject('/api/alerts?limit=0')).statusCode, 400);
});

test('GET /api/alerts.atom is an Atom feed that parses, one entry per alert, text escaped', async () => {
  const reply = await app.inject('/api/alerts.atom');
  assert.equal(reply.statusCode, 200);
  assert.match(String(reply.headers['content-type']), /^application\/atom\+xml/);
  assert.doesNotMatch(reply.body, /<the>/);
  const { docs, messages } = readContent('alerts.atom', reply.body, { format: 'feed' });
  assert.deepEqual(messages.filter((message) => message.severity === 'error'), []);
  assert.deepEqual(docs.map((doc) => doc.title), [
    '[first-position] ru takes a position on territory.recognize_annexation for the first time: demand',
    '[new-red-line] ua states a new red line: reject territory.recognize_annexation',
  ]);
  assert.equal(docs[1]!.url, 'https://news.test/2');
  assert.match(docs[1]!.text, /Ukraine will never recognize <the> "occupied" territories & more/);
});
