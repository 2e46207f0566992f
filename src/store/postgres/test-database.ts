/** Test support: a throwaway PostgreSQL database per test run, so runs are isolated and repeatable. */
import pg from 'pg';

/** The server tests use, from `REDLINES_TEST_PG`; undefined when it is not set. */
export const TEST_PG_URL = process.env.REDLINES_TEST_PG;

/** Why PostgreSQL tests are skipped, or undefined when they can run. */
export const PG_SKIP_REASON = TEST_PG_URL ? undefined : 'REDLINES_TEST_PG is not set (CI sets it; locally point it at a PostgreSQL server)';

/** A fresh database on the test server, and a way to drop it. */
export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

let created = 0;

/** Creates an empty database named after this process; `drop` removes it even with connections left open. */
export async function createTestDatabase(serverUrl: string = TEST_PG_URL!): Promise<TestDatabase> {
  const name = `redlines_test_${process.pid}_${Date.now()}_${++created}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop(): Promise<void> {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
