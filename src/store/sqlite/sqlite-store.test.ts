import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { runStoreContract } from '../store-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

const directory = mkdtempSync(join(tmpdir(), 'redlines-sqlite-'));
let files = 0;
after(() => rmSync(directory, { recursive: true, force: true }));

runStoreContract({
  name: 'SQLite',
  async open() {
    const file = join(directory, `contract-${++files}.db`);
    return { store: await SqliteStore.open(file), reopen: () => SqliteStore.open(file) };
  },
  skip: [{
    reason: 'SQLite has no job queue: scale-out ingest needs PostgreSQL, where workers on several machines can share one',
    tests: ['hands each queued job to one worker, retries failures and then marks them dead'],
  }],
});
