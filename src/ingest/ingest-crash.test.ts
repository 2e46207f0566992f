import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { extractPositionsByRules } from '../extract/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../packs/index.ts';
import { readContent } from '../read/index.ts';
import { syntheticArticles } from './synthetic-articles.test-helper.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = 10_000;
const directory = mkdtempSync(join(tmpdir(), 'redlines-crash-'));
after(() => rmSync(directory, { recursive: true, force: true }));

/** Runs `redlines ingest` in a child process; resolves with its exit code or the signal that ended it. */
function ingest(corpus: string, db: string, killWhen?: () => boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', corpus, '--db', db], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  if (killWhen) {
    void (async () => {
      while (child.exitCode === null && child.signalCode === null) {
        if (killWhen()) {
          child.kill('SIGKILL');
          return;
        }
        await sleep(50);
      }
    })();
  }
  return exited;
}

function documentCount(db: string): number {
  try {
    const database = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (database.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      database.close();
    }
  } catch {
    return 0; // Not created or not migrated yet.
  }
}

test('kill -9 in the middle of a 10,000-document ingest, then the same command: every document once, no duplicate position', { timeout: 240_000 }, async () => {
  const corpus = join(directory, 'corpus');
  mkdirSync(corpus);
  const articles = syntheticArticles(ARTICLES);
  for (const article of articles) writeFileSync(join(corpus, article.name), article.text);
  const db = join(directory, 'crash.db');

  const killed = await ingest(corpus, db, () => documentCount(db) >= ARTICLES / 5);
  assert.equal(killed.signal, 'SIGKILL');
  const survivors = documentCount(db);
  assert.ok(survivors > 0 && survivors < ARTICLES, `killed mid-way, with ${survivors} documents stored`);

  const resumed = await ingest(corpus, db);
  assert.equal(resumed.code, 0);

  const database = new Database(db, { readonly: true });
  try {
    const count = (sql: string) => (database.prepare(sql).get() as { n: number }).n;
    assert.equal(count('SELECT count(*) AS n FROM documents'), ARTICLES);
    assert.equal(count('SELECT count(DISTINCT name) AS n FROM documents'), ARTICLES);
    assert.equal(count(`SELECT count(*) AS n FROM (SELECT 1 FROM positions
      GROUP BY document_id, holder, issue, stance, strength, evidence_start, evidence_end, extractor HAVING count(*) > 1)`), 0);
    // No partial document: a sample's stored positions are exactly what extraction yields for it.
    const pack = loadPack(DEFAULT_PACK_NAME);
    const stored = database.prepare('SELECT count(*) AS n FROM positions p JOIN documents d ON d.id = p.document_id WHERE d.name = ?');
    for (const article of articles.filter((_, index) => index % 50 === 0)) {
      const [doc] = readContent(article.name, article.text).docs;
      assert.equal((stored.get(article.name) as { n: number }).n, extractPositionsByRules(doc!, pack).positions.length, article.name);
    }
  } finally {
    database.close();
  }
});
