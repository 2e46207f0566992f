/**
 * Load test of the API's read routes on loopback with autocannon: `GET /api/matrix` and `GET /api/positions` (pages
 * at random places) over a store of 100,000 generated positions (and 1,000,000 with `REDLINES_BENCH_MILLION=1`),
 * 50 connections for 20 s each, against `redlines serve` in its own process: the first (uncached) matrix's time,
 * p99 latency and every error, timeout and non-2xx reply.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { openStore } from '../src/store/index.ts';
import { startServer } from './api-server.ts';
import { fillPositions } from './store-bench.ts';

const SECONDS = 20;
const CONNECTIONS = 50;
const TARGET_P99_MS = 200;

/** Serves each generated store and loads each read route in turn. */
export async function benchApi(): Promise<void> {
  const sizes = process.env.REDLINES_BENCH_MILLION === '1' ? [100_000, 1_000_000] : [100_000];
  const directory = mkdtempSync(join(tmpdir(), 'redlines-api-bench-'));
  try {
    for (const positions of sizes) await benchReads(join(directory, `${positions}.db`), positions);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function benchReads(file: string, positions: number): Promise<void> {
  await (await openStore(file)).close();
  fillPositions(file, positions);
  const server = await startServer(file, 'bench-token');
  try {
    const start = performance.now();
    const first = await fetch(`${server.address}/api/matrix`);
    const bytes = (await first.arrayBuffer()).byteLength;
    process.stdout.write(
      `${positions.toLocaleString('en')} positions: first GET /api/matrix (uncached) ${((performance.now() - start) / 1000).toFixed(2)} s, `
      + `${(bytes / 1024).toFixed(0)} KiB, status ${first.status}\n`,
    );
    await load('GET /api/matrix', { url: `${server.address}/api/matrix` });
    // Each request asks for a page (the default 100) starting at a random position.
    const randomPage = (request: { path: string }) => ({ ...request, path: `/api/positions?afterId=${Math.floor(Math.random() * positions)}` });
    await load('GET /api/positions at random pages', { url: server.address, requests: [{ setupRequest: randomPage }] });
  } finally {
    await server.stop();
  }
}

async function load(label: string, target: Pick<Parameters<typeof autocannon>[0], 'url' | 'requests'>): Promise<void> {
  const result = await autocannon({ ...target, connections: CONNECTIONS, duration: SECONDS });
  const met = result.latency.p99 < TARGET_P99_MS && result.errors + result.timeouts + result.non2xx === 0;
  process.stdout.write(
    `  ${label}, ${CONNECTIONS} connections for ${SECONDS} s: ${result.requests.average.toFixed(0)} requests/s, `
    + `p99 ${result.latency.p99} ms, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx `
    + `(${result.requests.total} requests; target p99 < ${TARGET_P99_MS} ms, none failed: ${met ? 'met' : 'NOT met'})\n`,
  );
}
