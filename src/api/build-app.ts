/** The HTTP API's composition root: a Fastify app over a store and a pack, optionally serving the dashboard. */
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Pack } from '../core/index.ts';
import { ThreadedExtractor } from '../ingest/index.ts';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../read/index.ts';
import type { Store } from '../store/index.ts';
import type { ApiContext } from './api-context.ts';
import { requireToken, type ReviewerToken } from './bearer-token.ts';
import { DocumentDirectory } from './document-directory.ts';
import { alertRoutes } from './routes/alert-routes.ts';
import { DEFAULT_EXPENSIVE_ROUTE_LIMITS, limitExpensiveRoutes, type ExpensiveRouteLimits } from './expensive-routes.ts';
import { analysisRoutes } from './routes/analysis-routes.ts';
import { dealRoutes } from './routes/deal-routes.ts';
import { documentRoutes } from './routes/document-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { packRoutes } from './routes/pack-routes.ts';
import { positionRoutes } from './routes/position-routes.ts';
import { reviewRoutes } from './routes/review-routes.ts';
import { refuseNulCharacters, schemaErrorFormatter, validatorCompiler } from './request-validation.ts';
import { StoreResultCache } from './result-cache.ts';
import { SECURITY_HEADERS, replyToClientError } from './security-headers.ts';

/** What the app serves and how it guards itself. */
export interface AppOptions {
  readonly store: Store;
  readonly pack: Pack;
  /** The bearer token writes need (`REDLINES_TOKEN`); without one, writes are refused. Its reviews are signed `analyst`. */
  readonly token?: string;
  /** Reviewers' own tokens (`REDLINES_REVIEWERS`): each writes too, and signs its reviews with the reviewer's name. */
  readonly reviewers?: readonly ReviewerToken[];
  /** When set, reads need this token (or the write token) too; otherwise they are open. */
  readonly readToken?: string;
  /** The largest request body accepted, in bytes; larger ones get 413. */
  readonly bodyLimit?: number;
  /** Writes one client may make per minute; more get 429. */
  readonly writesPerMinute?: number;
  readonly fetchTimeoutMs?: number;
  /** Internal addresses and CIDR ranges posted URLs may be fetched from; defaults to `REDLINES_FETCH_ALLOW`. */
  readonly fetchAllow?: readonly string[];
  /** The built dashboard (Vite's output) to serve at `/`; the API alone when absent. */
  readonly webRoot?: string;
  /** Log every request (one JSON line each: method, URL, status, milliseconds), not only server errors. */
  readonly logger?: boolean;
  /** Where the log goes (server errors always, with their request id); standard error by default. */
  readonly logStream?: NodeJS.WritableStream;
  /** An origin whose pages (a notebook, another dashboard) may call the API from a browser; none by default. */
  readonly corsOrigin?: string;
  /** How many analyses and listings run at once, how many wait, and for how long. */
  readonly expensiveRoutes?: ExpensiveRouteLimits;
  /** How long extracting one posted document may take before it fails (it runs in a worker thread). */
  readonly extractionBudgetMs?: number;
}

/** The name reviews made with the plain `REDLINES_TOKEN` carry. */
const DEFAULT_REVIEWER = 'analyst';

/** The default time budget of one posted document's extraction. */
const EXTRACTION_BUDGET_MS = 60_000;

/** How long a client may take to send its whole request; a slow or stalled upload is cut after it. */
const REQUEST_TIMEOUT_MS = 30_000;

/** How long the rest of an oversized body is read and thrown away before the connection is cut. */
const OVERSIZED_BODY_DRAIN_MS = 10_000;

/** Fastify logs a request twice (received, completed); one line with everything is easier to read and to grep. */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}

/** Builds the app with every route registered and ready; the caller listens or injects. */
export async function buildApp({
  store, pack, token, reviewers = [], readToken, bodyLimit = 1024 * 1024, writesPerMinute = 30,
  fetchTimeoutMs = DEFAULT_FETCH_TIMEOUT_MS, fetchAllow, webRoot, logger = false, logStream = process.stderr, corsOrigin,
  expensiveRoutes = DEFAULT_EXPENSIVE_ROUTE_LIMITS, extractionBudgetMs = EXTRACTION_BUDGET_MS,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: logger ? 'info' : 'error', stream: logStream },
    // Unique across restarts, so an id quoted from a reply finds one log line.
    genReqId: () => randomUUID(),
    logController: new OneLinePerRequest(),
    bodyLimit,
    requestTimeout: REQUEST_TIMEOUT_MS,
    schemaErrorFormatter,
    clientErrorHandler: replyToClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.addHook('preValidation', refuseNulCharacters);
  const signers = [...(token ? [{ name: DEFAULT_REVIEWER, token }] : []), ...reviewers];
  const writeTokens = signers.map((signer) => signer.token);
  const readTokens = readToken ? [readToken, ...writeTokens] : undefined;
  const read = { fetchTimeoutMs, ...(fetchAllow === undefined ? {} : { fetchAllow }) };
  const extractor = new ThreadedExtractor(pack, { extractor: 'rules' }, extractionBudgetMs);
  app.addHook('onClose', async () => extractor.close());
  const context: ApiContext = {
    store, pack, directory: new DocumentDirectory(store), extractor, cache: new StoreResultCache(store), writeTokens, reviewers: signers, read, writesPerMinute,
  };

  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
  });
  if (readTokens !== undefined) {
    app.addHook('onRequest', (request, reply, done) => {
      const isRead = request.method === 'GET' || request.method === 'HEAD';
      if (!isRead || !request.url.startsWith('/api/') || requireToken(request, reply, readTokens, 'reading')) done();
    });
  }
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      discardRestOfBody(request, reply);
      return reply.code(413).send({
        statusCode: 413, error: 'Payload Too Large', message: `request body is over the limit of ${bodyLimit} bytes; send a shorter text or its URL`,
      });
    }
    const statusCode = error.statusCode ?? 500;
    if (statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({
        statusCode: 500, error: 'Internal Server Error', message: `the server failed to answer; its log has request ${request.id}`, requestId: request.id,
      });
    }
    return reply.code(statusCode).send({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message: error.message });
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'redlines', version: pack.version, description: 'Negotiating positions extracted from news, with evidence.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  if (corsOrigin !== undefined) await app.register(fastifyCors, { origin: corsOrigin, allowedHeaders: ['Authorization', 'Content-Type'] });
  await app.register(fastifyRateLimit, { global: false });
  limitExpensiveRoutes(app, expensiveRoutes);
  for (const routes of [documentRoutes, positionRoutes, analysisRoutes, dealRoutes, reviewRoutes, packRoutes, alertRoutes, healthRoutes]) routes(app, context);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  if (webRoot !== undefined) await app.register(fastifyStatic, { root: webRoot, prefix: '/' });
  await app.ready();
  return app;
}

/**
 * Closing a connection while the client is still uploading makes the kernel reset it, which can destroy the 413 before
 * the client reads it. So the connection stays open while the rest of the body is read and discarded, for a while at most.
 */
function discardRestOfBody(request: FastifyRequest, reply: FastifyReply): void {
  // Fastify asks for `Connection: close`, which ends the socket as soon as the reply is written.
  reply.removeHeader('connection');
  const timer = setTimeout(() => request.raw.socket.destroy(), OVERSIZED_BODY_DRAIN_MS).unref();
  request.raw.once('close', () => clearTimeout(timer));
  request.raw.resume();
}
