/** `redlines serve`: the HTTP API and the dashboard, on loopback unless told otherwise. */
import { randomBytes } from 'node:crypto';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { buildApp, parseReviewerTokens, type ReviewerToken } from '../../api/index.ts';
import { formatSummary, ingestSources, RULES_EXTRACTOR } from '../../ingest/index.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { ensureDashboard } from '../../web/index.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { DEFAULT_INTERVAL } from '../../watch/index.ts';
import { watchConfigOrReport, watchWithLog } from '../watch-runner.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface ServeOptions {
  readonly db?: string;
  readonly host: string;
  readonly port: number;
  readonly pack: string;
  readonly ingest?: string[];
  readonly privateReads?: boolean;
  readonly dashboard: boolean;
  readonly log?: boolean;
  readonly watch?: string;
  readonly cors?: string;
}

/** Adds the `serve` command to the program. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, /openapi.json) and the dashboard; adding articles needs $REDLINES_TOKEN')
    .option('--db <url>', DB_OPTION_HELP)
    .addOption(new Option('--host <address>', 'address to listen on; anything but loopback exposes the dashboard to the network').env('REDLINES_HOST').default('127.0.0.1'))
    .addOption(new Option('--port <n>', 'port to listen on (0 picks a free one)').env('REDLINES_PORT').argParser(port).default(8080))
    .addOption(new Option('--pack <name|file>', 'the negotiation pack').env('REDLINES_PACK').default(DEFAULT_PACK_NAME))
    .option('--ingest <sources...>', 'ingest these sources first (known ones are skipped), e.g. examples')
    .option('--private-reads', 'reads need the token too, not only writes')
    .option('--no-dashboard', 'serve the API only, without building or serving the dashboard')
    .option('--log', 'one JSON line per request on stderr (method, URL, status, milliseconds); server errors are logged always')
    .option('--watch <file>', 'also run the watch.yaml\'s feeds, alerts and deliveries in this process (see docs/watch.md)')
    .addOption(new Option('--cors <origin>', 'let pages from this origin call the API from a browser, e.g. http://localhost:8888 for a notebook').env('REDLINES_CORS').argParser(origin))
    .action(async (options: ServeOptions) => {
      process.exitCode = await serve(options);
    });
}

async function serve({ db, host, port: listenPort, pack: packName, ingest, privateReads = false, dashboard, log = false, watch, cors }: ServeOptions): Promise<number> {
  const pack = loadPackOrReport(packName);
  if (!pack) return 1;
  let reviewers: ReviewerToken[];
  try {
    reviewers = parseReviewerTokens(process.env.REDLINES_REVIEWERS ?? '');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const watchConfig = watch === undefined ? undefined : watchConfigOrReport(watch, [], DEFAULT_INTERVAL);
  if (watch !== undefined && !watchConfig) return 1;
  return withStore(db, async (store) => {
    if (ingest !== undefined) {
      const report = await ingestSources(store, ingest, { pack });
      for (const failure of report.failures) process.stderr.write(`${failure.source}: ${failure.reason}\n`);
      process.stdout.write(`${formatSummary(report.counts, report.seconds)}\n`);
    }
    // Without a configured token, one is made for this run, so articles can still be added from the dashboard.
    const token = process.env.REDLINES_TOKEN || randomBytes(18).toString('base64url');
    const webRoot = dashboard ? { webRoot: await ensureDashboard() } : {};
    const app = await buildApp({ store, pack, token, reviewers, ...(privateReads ? { readToken: token } : {}), ...webRoot, logger: log, ...(cors === undefined ? {} : { corsOrigin: cors }) });
    let address: string;
    try {
      address = await app.listen({ host, port: listenPort });
    } catch (error) {
      await app.close();
      process.stderr.write(`${listenFailure(error as NodeJS.ErrnoException, host, listenPort)}\n`);
      return 1;
    }
    if (!process.env.REDLINES_TOKEN) process.stdout.write(`token for adding articles (set REDLINES_TOKEN to choose one): ${token}\n`);
    if (dashboard) process.stdout.write(`dashboard: ${address}/\n`);
    process.stdout.write(`API: ${address}/api  OpenAPI: ${address}/openapi.json  health: ${address}/healthz\n`);
    const stopWatching = new AbortController();
    const watching = watchConfig === undefined ? undefined : watchWithLog(store, watchConfig, { pack, extractor: RULES_EXTRACTOR, signal: stopWatching.signal });
    await waitForSignal();
    stopWatching.abort();
    await watching;
    await app.close();
    return 0;
  }, { create: true });
}

/** One line saying why the server could not listen and how to change the address. */
function listenFailure({ code, message }: NodeJS.ErrnoException, host: string, listenPort: number): string {
  const reason = code === 'EADDRINUSE' ? `port ${listenPort} is already in use` : code === 'EACCES' ? `no permission to use port ${listenPort}` : message;
  return `redlines serve: cannot listen on ${host}:${listenPort}: ${reason}; choose another port with --port or REDLINES_PORT (0 picks a free one)`;
}

// Fastify's close() stops accepting connections and waits for the requests in flight: a drain, then exit.
function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** An origin as browsers send it (scheme, host and port, nothing after), normalised as they write it. */
function origin(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || url.origin === 'null' || url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new InvalidArgumentError(`expected an origin such as http://localhost:8888 (scheme, host and port only), not "${value}"`);
  }
  return url.origin;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new InvalidArgumentError(`expected a port number 0–65535, not "${value}"`);
  return parsed;
}
