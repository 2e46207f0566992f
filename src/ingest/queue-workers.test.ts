import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
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

test('a worker SIGKILLed mid-job: queue status shows its job, a --once worker takes it over after the lease, each document once; dead jobs retried', { skip: PG_SKIP_REASON, timeout: 180_000 }, async () => {
  const killed = await createTestDatabase();
  const url = killed.url;
  const jobs = 200;
  const client = new pg.Client({ connectionString: url });
  try {
    const store = await PostgresStore.open(url);
    try {
      const articles = syntheticArticles(jobs, 11);
      // The last job is a long article, so the worker is still extracting it when the test kills it, however loaded the machine.
      const last = articles.at(-1)!;
      articles[articles.length - 1] = { ...last, text: `${last.text}\n${articles.slice(0, 100).map((article) => article.text).join('\n')}` };
      const docs = articles.flatMap((article) => readContent(article.name, article.text).docs);
      // A job whose pack cannot be loaded dies on its only attempt.
      await store.queue.enqueue([{ ...docs[0]!, id: 'no-pack.txt' }], 'no-such-pack', { maxAttempts: 1 });
      await store.queue.enqueue(docs, DEFAULT_PACK_NAME);
    } finally {
      await store.close();
    }
    await client.connect();
    const rows = async (query: string) => (await client.query(query)).rows as Record<string, string>[];
    const cli = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT })
      .catch((error: { stdout: string; stderr: string; code: number }) => error);

    const doomed = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--db', url, '--once', '--name', 'doomed'],
      { cwd: ROOT, stdio: 'ignore' });
    // Killed while it holds the last job, so the survivor finds none ready and waits for the lease.
    let held: Record<string, string>[] = [];
    for (;;) {
      const [{ n }] = (await rows(`SELECT count(*) AS n FROM ingest_jobs WHERE state = 'queued'`)) as [{ n: string }];
      held = await rows(`SELECT id FROM ingest_jobs WHERE state = 'running' AND locked_by = 'doomed'`);
      if (Number(n) === 0 && held.length === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    doomed.kill('SIGKILL');
    await new Promise((resolve) => doomed.once('exit', resolve));
    const left = await rows(`SELECT id, name FROM ingest_jobs WHERE state = 'running'`);
    assert.equal(left.length, 1, 'the killed worker left its job running');

    const status = await cli('queue', 'status', '--db', url);
    assert.match(status.stdout, /^queued 0, running 1, done 199, dead 1\nrunning:\n/);
    assert.match(status.stdout, new RegExp(`^  job ${left[0]!.id} ${left[0]!.name}: worker doomed, claimed \\d+ s ago`, 'm'));

    // The lease decides when the survivor takes the job over: long enough that it waits first, and says so.
    const survivor = await cli('worker', '--db', url, '--once', '--name', 'survivor', '--lease', '20');
    assert.match(survivor.stderr, new RegExp(`waiting for 1 job running in other workers:\\n  job ${left[0]!.id} `));
    const one = async (query: string) => Number((await rows(query))[0]!.n);
    assert.equal(await one(`SELECT count(*) AS n FROM ingest_jobs WHERE state = 'done'`), jobs);
    assert.equal(await one(`SELECT count(*) AS n FROM ingest_jobs WHERE state = 'running'`), 0);
    assert.equal(await one('SELECT count(*) AS n FROM documents'), jobs, 'every document stored once');
    assert.equal(await one('SELECT count(DISTINCT name) AS n FROM documents'), jobs);
    const [takenOver] = await rows(`SELECT state, attempts, locked_by FROM ingest_jobs WHERE id = ${Number(left[0]!.id)}`);
    assert.deepEqual(takenOver, { state: 'done', attempts: 2, locked_by: 'survivor' });

    const dead = await cli('queue', 'status', '--db', url);
    assert.match(dead.stdout, /dead 1\n/);
    assert.match(dead.stdout, /^  job \d+ no-pack\.txt: 1 attempt, last error: .*no-such-pack/m);
    assert.equal((await cli('queue', 'retry-dead', '--db', url)).stdout, '1 dead job queued again\n');
    assert.match((await cli('queue', 'status', '--db', url)).stdout, /^queued 1, running 0, done 200, dead 0\n/);
  } finally {
    await client.end();
    await killed.drop();
  }
});
