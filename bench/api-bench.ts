/** Load test of `GET /api/matrix` on loopback with autocannon: requests per second, p99 latency and errors. */
import autocannon from 'autocannon';
import { buildApp } from '../src/api/index.ts';
import { openExampleStore } from '../src/api/example-store.test-helper.ts';

const SECONDS = 10;
const CONNECTIONS = 10;

/** Serves the example store on a free loopback port and hammers the matrix for a fixed time. */
export async function benchApi(): Promise<void> {
  const { store, pack } = await openExampleStore();
  const app = await buildApp({ store, pack });
  try {
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const result = await autocannon({ url: `${address}/api/matrix`, connections: CONNECTIONS, duration: SECONDS });
    const errors = result.errors + result.timeouts + result.non2xx;
    process.stdout.write(
      `GET /api/matrix, ${CONNECTIONS} connections for ${SECONDS} s: ${result.requests.average.toFixed(0)} requests/s, `
      + `p99 latency ${result.latency.p99} ms, ${errors} errors (${result.requests.total} requests)\n`,
    );
  } finally {
    await app.close();
    await store.close();
  }
}
