/** `redlines serve`: the HTTP API and the dashboard, on loopback unless told otherwise. */
import { randomBytes } from 'node:crypto';
import { InvalidArgumentError, type Command } from 'commander';
import { buildApp } from '../../api/index.ts';
import { formatSummary, ingestSources } from '../../ingest/index.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { ensureDashboard } from '../../web/index.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface ServeOptions {
  readonly db?: string;
  readonly host: string;
  readonly port: number;
  readonly pack: string;
  readonly ingest?: string[];
  readonly privateReads?: boolean;
}

/** Adds the `serve` command to the program. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, /openapi.json) and the dashboard; adding articles needs $REDLINES_TOKEN')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--host <address>', 'address to listen on; anything but loopback exposes the dashboard to the network', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0 picks a free one)', port, 8080)
    .option('--pack <name|file>', 'the negotiation pack', DEFAULT_PACK_NAME)
    .option('--ingest <sources...>', 'ingest these sources first (known ones are skipped), e.g. examples')
    .option('--private-reads', 'reads need the token too, not only writes')
    .action(async (options: ServeOptions) => {
      process.exitCode = await serve(options);
    });
}

async function serve({ db, host, port: listenPort, pack: packName, ingest, privateReads = false }: ServeOptions): Promise<number> {
  const pack = loadPackOrReport(packName);
  if (!pack) return 1;
  return withStore(db, async (store) => {
    if (ingest !== undefined) {
      const report = await ingestSources(store, ingest, { pack });
      for (const failure of report.failures) process.stderr.write(`${failure.source}: ${failure.reason}\n`);
      process.stdout.write(`${formatSummary(report.counts, report.seconds)}\n`);
    }
    // Without a configured token, one is made for this run, so articles can still be added from the dashboard.
    const token = process.env.REDLINES_TOKEN || randomBytes(18).toString('base64url');
    const app = await buildApp({ store, pack, token, ...(privateReads ? { readToken: token } : {}), webRoot: await ensureDashboard() });
    const address = await app.listen({ host, port: listenPort });
    if (!process.env.REDLINES_TOKEN) process.stdout.write(`token for adding articles (set REDLINES_TOKEN to choose one): ${token}\n`);
    process.stdout.write(`dashboard: ${address}/\nAPI: ${address}/api  OpenAPI: ${address}/openapi.json\n`);
    await waitForSignal();
    await app.close();
    return 0;
  }, { create: true });
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new InvalidArgumentError(`expected a port number 0–65535, not "${value}"`);
  return parsed;
}
