import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { RULES_EXTRACTOR } from '../ingest/index.ts';
import { loadPack } from '../packs/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { startFeedServer, type FeedServer, type TestItem } from './feed-server.test-helper.ts';
import { isDue, pollSource, type PollContext } from './poll-source.ts';
import { runWatch } from './run-watch.ts';

const directory = mkdtempSync(join(tmpdir(), 'redlines-watch-'));
const pack = loadPack('russia-ukraine');
const EVERY = 15 * 60_000;
let server: FeedServer;
let stores = 0;

before(async () => { server = await startFeedServer(); });
after(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

async function context(): Promise<PollContext & { store: Store }> {
  const store = await openStore(join(directory, `watch-${++stores}.db`));
  return { store, pack, extractor: RULES_EXTRACTOR, read: { fetchAllow: ['127.0.0.1'] } };
}

function item(n: number, text: string): TestItem {
  return { link: `https://news.test/${n}`, date: `2026-03-0${n}`, title: `Story ${n}`, text };
}

const ITEMS = [
  item(1, 'Ukrainian President Volodymyr Zelensky said on Thursday: "Ukraine will never recognize the occupied territories as Russian."'),
  item(2, 'Russian President Vladimir Putin said on Tuesday: "Russia demands the recognition of the occupied territories as Russian."'),
  item(3, 'Russia will never accept Ukraine joining NATO, Vladimir Putin said on Tuesday.'),
];

test('a feed that changes between polls gives each new item once; an unchanged one answers 304 and adds nothing', async () => {
  const ctx = await context();
  const source = { url: `${server.base}/changing.xml`, everyMs: EVERY };
  server.route('/changing.xml', ITEMS.slice(0, 2));
  const first = await pollSource(source, ctx, new Date('2026-03-12T10:00:00Z'));
  assert.deepEqual([first.status, first.items.map((i) => i.status)], ['changed', ['new', 'new']]);
  const second = await pollSource(source, ctx, new Date('2026-03-12T10:15:00Z'));
  assert.deepEqual([second.status, second.items], ['not-modified', []]);
  assert.ok(server.requests.filter((r) => r.path === '/changing.xml').at(-1)?.ifNoneMatch, 'the second poll is conditional');
  server.route('/changing.xml', ITEMS);
  const third = await pollSource(source, ctx, new Date('2026-03-12T10:30:00Z'));
  assert.deepEqual([third.status, third.items.map((i) => i.source)], ['changed', ['https://news.test/3']]);
  const documents = await ctx.store.listDocuments();
  assert.deepEqual(documents.map((d) => [d.url, d.date]), ITEMS.map((i) => [i.link, i.date]));
  // The feed item's date is the document's, and the store says where it came from.
  assert.equal((await ctx.store.getDocument(documents[0]!.id))?.doc.dateSource, 'feed-item');
  await ctx.store.close();
});

test('a source that fails backs off, doubling its wait, and recovers', async () => {
  const ctx = await context();
  let failuresLeft = 2;
  server.route('/flaky.xml', (_request, response) => {
    if (failuresLeft-- > 0) return void response.writeHead(500).end('down');
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel><item><link>https://news.test/f</link><description>${ITEMS[2]!.text}</description></item></channel></rss>`);
  });
  const source = { url: `${server.base}/flaky.xml`, everyMs: EVERY };
  const t0 = new Date('2026-03-12T10:00:00Z');
  const failed = await pollSource(source, ctx, t0);
  assert.deepEqual([failed.status, failed.error], ['failed', 'HTTP 500 Internal Server Error']);
  let state = await ctx.store.watch.feedState(source.url);
  assert.deepEqual([state?.failures, state?.retryAt], [1, '2026-03-12T10:15:00.000Z']);
  assert.equal(isDue(source, state, new Date('2026-03-12T10:14:00Z')), false);
  assert.equal(isDue(source, state, new Date('2026-03-12T10:15:00Z')), true);
  await pollSource(source, ctx, new Date('2026-03-12T10:15:00Z'));
  state = await ctx.store.watch.feedState(source.url);
  assert.deepEqual([state?.failures, state?.retryAt, state?.lastError], [2, '2026-03-12T10:45:00.000Z', 'HTTP 500 Internal Server Error']);
  const recovered = await pollSource(source, ctx, new Date('2026-03-12T10:45:00Z'));
  assert.deepEqual([recovered.status, recovered.items.map((i) => i.status)], ['changed', ['new']]);
  state = await ctx.store.watch.feedState(source.url);
  assert.deepEqual([state?.failures, state?.retryAt, state?.lastError], [0, undefined, undefined]);
  await ctx.store.close();
});

test('an oversized or malformed feed is a clear error, and the watcher goes on to the next source', async () => {
  const ctx = await context();
  server.route('/huge.xml', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    // 50 MB in 1 MB chunks; the reader stops at its 10 MB limit and the rest is never sent.
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const write = (): void => {
      while (sent < 50 && response.write(chunk)) sent++;
      if (sent >= 50) response.end();
      else response.once('drain', () => { sent++; write(); });
    };
    response.on('error', () => {});
    write();
  });
  server.route('/broken.xml', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>unclosed');
  });
  server.route('/fine.xml', ITEMS.slice(2));
  const polled: [string, string, string | undefined][] = [];
  await runWatch({
    ...ctx,
    sources: ['/huge.xml', '/broken.xml', '/fine.xml'].map((path) => ({ url: `${server.base}${path}`, everyMs: EVERY })),
    rules: [], digest: false, deliveries: [], once: true,
    onEvent: (event) => { if (event.kind === 'poll') polled.push([new URL(event.outcome.url).pathname, event.outcome.status, event.outcome.error]); },
  });
  assert.deepEqual(polled.map(([path, status]) => [path, status]), [['/huge.xml', 'failed'], ['/broken.xml', 'failed'], ['/fine.xml', 'changed']]);
  assert.match(polled[0]![2] ?? '', /exceeds the limit of 10485760 bytes/);
  assert.match(polled[1]![2] ?? '', /feed/);
  assert.equal((await ctx.store.listDocuments()).length, 1);
  await ctx.store.close();
});

test('an item without text is fetched from its link once, main content only, dated by the feed', async () => {
  const ctx = await context();
  const article = `${server.base}/articles/kyiv.html`;
  server.route('/articles/kyiv.html', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>Kyiv sets out its red lines</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
      <article><h1>Kyiv sets out its red lines</h1>
      <p>${ITEMS[0]!.text}</p>
      <p>The statement came after a week of heavy shelling in the east of the country, officials in Kyiv said.</p>
      <p>Diplomats in several European capitals said they expected the talks to resume within weeks.</p></article>
      <footer>Subscribe to our newsletter</footer></body></html>`);
  });
  server.route('/links.xml', (request, response) => {
    if (request.headers['if-none-match'] === '"links-1"') return void response.writeHead(304).end();
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"links-1"' })
      .end(`<rss><channel><item><title>Kyiv</title><link>${article}</link><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item></channel></rss>`);
  });
  const source = { url: `${server.base}/links.xml`, everyMs: EVERY };
  const first = await pollSource(source, ctx, new Date('2026-03-12T10:00:00Z'));
  assert.deepEqual([first.status, first.items.map((i) => [i.source, i.status])], ['changed', [[article, 'new']]]);
  const [summary] = await ctx.store.listDocuments();
  const stored = await ctx.store.getDocument(summary!.id);
  assert.deepEqual([stored?.doc.date, stored?.doc.dateSource], ['2026-03-02', 'feed-item']);
  assert.doesNotMatch(stored?.doc.text ?? '', /newsletter|Sport/);
  assert.equal(summary?.positionCount, 1);
  const second = await pollSource(source, ctx, new Date('2026-03-12T10:15:00Z'));
  assert.equal(second.status, 'not-modified');
  assert.equal(server.requests.filter((r) => r.path === '/articles/kyiv.html').length, 1);
  await ctx.store.close();
});
