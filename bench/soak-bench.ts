/**
 * A bounded soak: `redlines serve` on loopback over the example store under a modest mix of reads (matrix, positions
 * pages, timeline, documents, health) and writes (a new article every few seconds) for REDLINES_SOAK_SECONDS
 * (600 by default), counting every failed request, with the server's resident memory at the start and the end.
 * Runs only when named: `npm run bench -- soak`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openExampleStore } from '../src/api/example-store.test-helper.ts';
import { startServer } from './api-server.ts';

const READS_PER_SECOND = 20;
const WRITE_EVERY_READS = 60;
const TOKEN = 'soak-token';
const READS = ['/api/matrix', '/api/positions', '/api/positions?party=ru&limit=5', '/api/timeline?party=ru', '/api/shifts', '/api/documents', '/healthz'];

/** Runs the soak and prints requests, failures and RSS at start and end. */
export async function benchSoak(): Promise<void> {
  const seconds = Number(process.env.REDLINES_SOAK_SECONDS ?? 600);
  const directory = mkdtempSync(join(tmpdir(), 'redlines-soak-'));
  try {
    const file = join(directory, 'soak.db');
    await (await openExampleStore(file)).store.close();
    const server = await startServer(file, TOKEN);
    try {
      const post = (round: number) => fetch(`${server.address}/api/documents`, {
        method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: `Soak report ${round}\nKremlin spokesman Dmitry Peskov said in update ${round} that Russia demands that Ukraine renounce NATO membership.`, date: '2025-06-10' }),
      });
      // One write (which starts the extraction thread) and every read first, so the start figure is the warmed-up server's.
      await (await post(-1)).arrayBuffer();
      for (const path of READS) await (await fetch(`${server.address}${path}`)).arrayBuffer();
      const startRss = server.rssMiB();
      let requests = 0;
      const failures = new Map<string, number>();
      const ended = Date.now() + seconds * 1000;
      for (let round = 0; Date.now() < ended; round += 1) {
        const write = round % WRITE_EVERY_READS === WRITE_EVERY_READS - 1;
        const label = write ? 'POST /api/documents' : `GET ${READS[round % READS.length]}`;
        const reply = await (write ? post(round) : fetch(`${server.address}${READS[round % READS.length]}`)).catch((error: Error) => error);
        requests += 1;
        if (reply instanceof Error || !reply.ok) {
          const what = `${label} ${reply instanceof Error ? reply.message : reply.status}`;
          failures.set(what, (failures.get(what) ?? 0) + 1);
        }
        if (!(reply instanceof Error)) await reply.arrayBuffer();
        await sleep(1000 / READS_PER_SECOND);
      }
      const endRss = server.rssMiB();
      const failed = [...failures.values()].reduce((sum, n) => sum + n, 0);
      process.stdout.write(
        `soak: ${seconds} s, ${requests} requests (${READS_PER_SECOND}/s at most, one write in ${WRITE_EVERY_READS}), ${failed} failed`
        + `${failed > 0 ? ` (${[...failures].map(([what, n]) => `${n}× ${what}`).join(', ')})` : ''}; `
        + `server RSS ${startRss.toFixed(0)} MiB at start, ${endRss.toFixed(0)} MiB at end\n`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
