import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { buildApp } from '../api/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../packs/index.ts';
import { openStore } from '../store/index.ts';
import { syntheticArticles } from './synthetic-articles.test-helper.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INGESTED = 400;
const POSTED = 40;
const TOKEN = 'test-token';
const directory = mkdtempSync(join(tmpdir(), 'redlines-writers-'));
after(() => rmSync(directory, { recursive: true, force: true }));

/** Runs `redlines ingest` in a child process; resolves with its exit code and what it wrote to stderr. */
function ingest(corpus: string, db: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', corpus, '--db', db], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

test('two ingests and a server adding articles write one SQLite file at once: every document stored once, none lost to locking', { timeout: 240_000 }, async () => {
  const articles = syntheticArticles(INGESTED + POSTED);
  const corpus = join(directory, 'corpus');
  mkdirSync(corpus);
  for (const article of articles.slice(0, INGESTED)) writeFileSync(join(corpus, article.name), article.text);
  const db = join(directory, 'shared.db');

  // Both ingests get the same files, so they also race to store the same texts.
  const ingests = [ingest(corpus, db), ingest(corpus, db)];
  const store = await openStore(db);
  const app = await buildApp({ store, pack: loadPack(DEFAULT_PACK_NAME), token: TOKEN, writesPerMinute: POSTED });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const statuses: number[] = [];
    for (const article of articles.slice(INGESTED)) {
      const reply = await fetch(`http://127.0.0.1:${port}/api/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: article.text, title: article.name }),
      });
      statuses.push(reply.status);
    }
    assert.deepEqual(statuses, Array(POSTED).fill(201));
  } finally {
    await app.close();
    await store.close();
  }
  for (const { code, stderr } of await Promise.all(ingests)) {
    assert.equal(stderr.match(/locked|busy/i), null, stderr);
    assert.equal(code, 0, stderr);
  }

  const database = new Database(db, { readonly: true });
  try {
    const value = (query: string) => Object.values(database.prepare(query).get() as Record<string, unknown>)[0];
    assert.equal(value('SELECT count(*) FROM documents'), INGESTED + POSTED);
    assert.equal(value('SELECT count(DISTINCT content_hash) FROM documents'), INGESTED + POSTED);
    assert.equal(value(`SELECT count(*) FROM (SELECT 1 FROM positions
      GROUP BY document_id, holder, issue, stance, strength, evidence_start, evidence_end, extractor HAVING count(*) > 1)`), 0);
    assert.equal(value('PRAGMA integrity_check'), 'ok');
  } finally {
    database.close();
  }
});
