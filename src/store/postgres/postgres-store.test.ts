import { after } from 'node:test';
import { runStoreContract } from '../store-contract.ts';
import { PostgresStore } from './postgres-store.ts';
import { createTestDatabase, PG_SKIP_REASON, type TestDatabase } from './test-database.ts';

const databases: TestDatabase[] = [];
after(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

runStoreContract({
  name: 'PostgreSQL',
  skipAll: PG_SKIP_REASON,
  async open() {
    const database = await createTestDatabase();
    databases.push(database);
    const options = { queue: { retryDelaySeconds: 0 } };
    return { store: await PostgresStore.open(database.url, options), reopen: () => PostgresStore.open(database.url, options) };
  },
});
