import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { MatrixResult } from '../analyse/index.ts';
import type { Pack } from '../core/index.ts';
import { ingestSources } from '../ingest/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { buildApp } from './build-app.ts';
import { openExampleStore } from './example-store.test-helper.ts';

const NEW_ARTICLE = 'Kremlin repeats demand\nKremlin spokesman Dmitry Peskov said Russia demands that Ukraine renounce NATO membership.\n';

describe('Reads that scale: summarised matrix, cache per store version, a bounded number of expensive requests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redlines-read-load-'));
  const file = join(dir, 'store.db');
  let store: Store;
  let pack: Pack;
  let app: FastifyInstance;

  before(async () => {
    ({ store, pack } = await openExampleStore(file));
    app = await buildApp({ store, pack });
  });
  after(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a matrix cell cites its best records and counts the rest, which /api/matrix/support lists in full', async () => {
    const summary: MatrixResult = (await app.inject('/api/matrix?evidence=1')).json();
    const crowded = summary.cells.find((cell) => cell.supportCount > 1);
    assert.ok(crowded, 'the examples hold a cell supported by more than one record');
    assert.ok(summary.cells.every((cell) => cell.support.length === Math.min(1, cell.supportCount)));
    const full: MatrixResult = (await app.inject('/api/matrix?evidence=100')).json();
    const fullCell = full.cells.find((cell) => cell.party === crowded.party && cell.issue === crowded.issue)!;
    assert.equal(fullCell.support.length, crowded.supportCount);
    // The best first: a direct statement is cited before reported ones.
    if (fullCell.support.some((ref) => ref.mode === 'direct')) assert.equal(crowded.support[0]!.mode, 'direct');
    const { support } = (await app.inject(`/api/matrix/support?party=${crowded.party}&issue=${crowded.issue}`)).json();
    assert.deepEqual(new Set(support.map((ref: { recordId: string }) => ref.recordId)), new Set(fullCell.support.map((ref) => ref.recordId)));
    assert.equal((await app.inject('/api/matrix/support?party=ru')).statusCode, 400, 'the issue is required');
    // What the dashboard's evidence drawer asks for when a cell has more records than it cites: the same records.
    const { items } = (await app.inject(`/api/evidence?party=${crowded.party}&issue=${crowded.issue}&stance=${crowded.stance}&strength=${crowded.strength}`)).json();
    assert.deepEqual(new Set(items.map((item: { record: { id: string } }) => item.record.id)), new Set(fullCell.support.map((ref) => ref.recordId)));
  });

  test('an analysis is recomputed after a write, also one made by another process on the same file', async () => {
    const before = (await app.inject('/api/matrix')).json() as MatrixResult;
    const again = (await app.inject('/api/matrix')).json() as MatrixResult;
    assert.deepEqual(again, before);
    const article = join(dir, 'late.txt');
    writeFileSync(article, NEW_ARTICLE);
    const other = await openStore(file);
    try {
      const { items: [item] } = await ingestSources(other, [article], { pack });
      assert.equal(item?.status, 'new');
    } finally {
      await other.close();
    }
    const after = (await app.inject('/api/matrix')).json() as MatrixResult;
    const cell = (result: MatrixResult) => result.cells.find((c) => c.party === 'ru' && c.issue === 'alliance.ukraine_nato_membership');
    assert.equal(cell(after)?.supportCount, (cell(before)?.supportCount ?? 0) + 1);
  });

  test('pages through /api/positions with limit and afterId, each position once', async () => {
    const everything = (await app.inject('/api/positions?limit=1000')).json() as { id: string }[];
    const paged: string[] = [];
    for (let afterId: string | undefined; ;) {
      const page = (await app.inject(`/api/positions?limit=3${afterId === undefined ? '' : `&afterId=${afterId}`}`)).json() as { id: string }[];
      if (page.length === 0) break;
      paged.push(...page.map((record) => record.id));
      afterId = page.at(-1)!.id;
    }
    assert.deepEqual(paged, everything.map((record) => record.id));
  });
});

describe('The limit on expensive requests', () => {
  let store: Store;
  let app: FastifyInstance;
  let releaseReads: () => void = () => undefined;
  let readsStarted = 0;

  before(async () => {
    let pack: Pack;
    ({ store, pack } = await openExampleStore());
    // Reads of positions hang until released, so requests pile up as behind a slow analysis.
    const gate = new Promise<void>((resolve) => {
      releaseReads = resolve;
    });
    const slowStore: Store = Object.assign(Object.create(store) as Store, {
      queryPositions: async (...args: Parameters<Store['queryPositions']>) => {
        readsStarted += 1;
        await gate;
        return store.queryPositions(...args);
      },
    });
    app = await buildApp({ store: slowStore, pack, expensiveRoutes: { concurrency: 1, queue: 1, waitMs: 60_000 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
  });
  after(async () => {
    releaseReads();
    await app.close();
    await store.close();
  });

  test('runs one at a time, queues one, refuses more with 503, and drops a waiting request whose client left', async () => {
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const running = fetch(`${base}/api/positions?party=ru`);
    while (readsStarted === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const leaving = new AbortController();
    const abandoned = fetch(`${base}/api/positions?party=ua`, { signal: leaving.signal }).catch(() => 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await fetch(`${base}/api/matrix`);
    assert.equal(refused.status, 503);
    assert.match(((await refused.json()) as { message: string }).message, /busy/);
    assert.ok(refused.headers.get('retry-after'));
    assert.equal((await app.inject('/healthz')).statusCode, 200, 'cheap routes are not limited');
    leaving.abort();
    assert.equal(await abandoned, 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The abandoned request left its place in the queue to this one.
    const queued = fetch(`${base}/api/positions?party=us`);
    releaseReads();
    assert.equal((await running).status, 200);
    assert.equal((await queued).status, 200);
    assert.equal(readsStarted, 2, 'the abandoned request never read the store');
  });
});
