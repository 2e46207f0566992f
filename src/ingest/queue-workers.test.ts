import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { DEFAULT_PACK_NAME } from '../packs/index.ts';
import { readContent } from '../read/index.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import { createTestDatabase, PG_SKIP_REASON, type TestDatabase } from '../store/postgres/test-database.ts';
import { syntheticArticles } from './synthetic-articles.test-helper.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JOBS = 2000;
let database: TestDatabase | undefined;

before(async () => {
  if (!PG_SKIP_REASON) database = await createTestDatabase();
});
after(async () => {
  await database?.drop();
});

test('two workers over 2,000 queued documents process each exactly once', { skip: PG_SKIP_REASON, timeout: 180_000 }, async () => {
  const url = database!.url;
  const store = await PostgresStore.open(url);
  try {
    const docs = syntheticArticles(JOBS, 7).flatMap((article) => readContent(article.name, article.text).docs);
    assert.equal(await store.queue.enqueue(docs, DEFAULT_PACK_NAME), JOBS);
  } finally {
    await store.close();
  }

  const runWorker = (name: string) => promisify(execFile)(process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--db', url, '--once', '--name', name], { cwd: ROOT });
  const outputs = await Promise.all([runWorker('w1'), runWorker('w2')]);
  const processed = outputs.map(({ stdout }) => Number(/(\d+) processed/.exec(stdout)?.[1]));
  assert.equal(processed[0]! + processed[1]!, JOBS, outputs.map((o) => o.stdout).join(''));
  assert.ok(processed.every((n) => n > 0), `both workers took jobs: ${processed.join(' and ')}`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    assert.equal(await one(`SELECT count(*) AS n FROM ingest_jobs WHERE state = 'done' AND attempts = 1`), JOBS);
    assert.equal(await one('SELECT count(*) AS n FROM documents'), JOBS);
    assert.equal(await one('SELECT count(DISTINCT name) AS n FROM documents'), JOBS);
    assert.equal(await one('SELECT count(DISTINCT document_id) AS n FROM ingest_jobs'), JOBS);
    const byWorker = await client.query<{ locked_by: string; n: string }>(
      'SELECT locked_by, count(*) AS n FROM ingest_jobs GROUP BY locked_by ORDER BY locked_by');
    assert.deepEqual(byWorker.rows.map((row) => [row.locked_by, Number(row.n)]), [['w1', processed[0]], ['w2', processed[1]]]);
  } finally {
    await client.end();
  }
});
