import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { syntheticArticles } from '../../ingest/synthetic-articles.test-helper.ts';
import { startFeedServer, type FeedServer } from '../../watch/feed-server.test-helper.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ITEMS = 600;
const directory = mkdtempSync(join(tmpdir(), 'redlines-watch-cli-'));
let server: FeedServer;

before(async () => { server = await startFeedServer(); });
after(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

/** Runs `redlines watch ARGS…` in a child process; resolves with its exit code or signal and its output. */
function watch(args: readonly string[], killWhen?: () => boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'watch', ...args], {
    cwd: ROOT, env: { ...process.env, REDLINES_FETCH_ALLOW: '127.0.0.1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  if (killWhen) {
    void (async () => {
      while (child.exitCode === null && child.signalCode === null) {
        if (killWhen()) return void child.kill('SIGKILL');
        await sleep(20);
      }
    })();
  }
  return exited;
}

function count(db: string, query: string): number {
  try {
    const database = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (database.prepare(query).get() as { n: number }).n;
    } finally {
      database.close();
    }
  } catch {
    return 0; // Not created or not migrated yet.
  }
}

test('a watcher killed with SIGKILL mid-poll and restarted loses and repeats no item', { timeout: 240_000 }, async () => {
  const items = syntheticArticles(ITEMS, 7).map((article, index) => ({
    link: `https://news.test/item-${index}`, date: '2026-03-12', title: `Item ${index}`, text: article.text,
  }));
  server.route('/big.xml', items);
  const db = join(directory, 'killed.db');
  const feed = `${server.base}/big.xml`;
  const killed = await watch([feed, '--once', '--db', db], () => count(db, 'SELECT count(*) AS n FROM watch_items') >= ITEMS / 6);
  assert.equal(killed.signal, 'SIGKILL');
  const survivors = count(db, 'SELECT count(*) AS n FROM documents');
  assert.ok(survivors > 0 && survivors < ITEMS, `killed mid-poll, with ${survivors} documents stored`);
  assert.equal(count(db, 'SELECT count(*) AS n FROM watch_feeds WHERE etag IS NOT NULL'), 0, 'the feed\'s validators are saved only after a complete poll');
  const seenBeforeKill = count(db, 'SELECT count(*) AS n FROM watch_items');

  const resumed = await watch([feed, '--once', '--db', db]);
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stdout, new RegExp(`${feed}: ${ITEMS - seenBeforeKill} new items`));
  assert.equal(count(db, 'SELECT count(*) AS n FROM documents'), ITEMS);
  assert.equal(count(db, 'SELECT count(DISTINCT url) AS n FROM documents'), ITEMS);
  assert.equal(count(db, 'SELECT count(*) AS n FROM watch_items'), ITEMS);
  assert.equal(count(db, `SELECT count(*) AS n FROM (SELECT 1 FROM positions
    GROUP BY document_id, holder, issue, stance, strength, evidence_start, evidence_end HAVING count(*) > 1)`), 0);
  // Alerts fire once by key: none twice, and the rules ran over every document.
  assert.equal(count(db, 'SELECT count(*) AS n FROM alerts'), count(db, 'SELECT count(DISTINCT key) AS n FROM alerts'));
  assert.equal(count(db, 'SELECT count(*) AS n FROM watch_items WHERE checked_at IS NULL'), 0);

  const again = await watch([feed, '--once', '--db', db]);
  assert.match(again.stdout, /: not modified$/m);
  assert.equal(count(db, 'SELECT count(*) AS n FROM documents'), ITEMS);
});

test('a bad watch file names the file, line and field; a bad interval is a usage error', async () => {
  const file = join(directory, 'watch.yaml');
  writeFileSync(file, 'every: 10s\nfeeds:\n  - https://news.test/feed.xml\n  - url: ftp://news.test/x\nalerts:\n  rules: [new-red-line, gossip]\n');
  const bad = await watch(['--config', file, '--once', '--db', join(directory, 'bad.db')]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /watch\.yaml:4: feeds\[1\]/);
  assert.match(bad.stderr, /watch\.yaml:6: alerts\.rules\[1\]: must be one of: new-red-line, confirmed-shift, new-collision, first-position, contradiction/);
  const fast = await watch(['https://news.test/feed.xml', '--every', '5s', '--once', '--db', join(directory, 'bad.db')]);
  assert.equal(fast.code, 1);
  assert.match(fast.stderr, /--every 5s: expected an interval of at least 1m/);
});

test('serve --watch polls inside the server, its alerts are at /api/alerts.atom, and SIGTERM stops both', { timeout: 120_000 }, async () => {
  server.route('/served.xml', [{
    link: 'https://news.test/kyiv', date: '2026-03-02', title: 'Kyiv',
    text: 'Ukrainian President Volodymyr Zelensky said on Monday: "Ukraine will never recognize the occupied territories as Russian."',
  }]);
  const file = join(directory, 'serve-watch.yaml');
  writeFileSync(file, `feeds:\n  - ${server.base}/served.xml\nalerts:\n  rules: [new-red-line]\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--no-dashboard', '--port', '0', '--watch', file, '--db', join(directory, 'served.db')], {
    cwd: ROOT, env: { ...process.env, REDLINES_FETCH_ALLOW: '127.0.0.1', REDLINES_TOKEN: 'token' },
  });
  let stdout = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (/alert 1 \[new-red-line\]/.test(stdout) && /API: /.test(stdout)) resolve();
  }));
  const api = /API: (http:\/\/\S+)\/api/.exec(stdout)![1]!;
  const atom = await (await fetch(`${api}/api/alerts.atom`)).text();
  assert.match(atom, /<title type="html"><!\[CDATA\[\[new-red-line\] ua states a new red line: reject territory\.recognize_annexation\]\]><\/title>/);
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});
