/** The document routes: list and search, one document with its positions, and ingest of a text or a URL. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { extractPositions, loadExtractorModel } from '../../extract/index.ts';
import { ingestDocument, ingestSources, type IngestItemResult } from '../../ingest/index.ts';
import type { StoredDocument } from '../../store/index.ts';
import type { ApiContext } from '../api-context.ts';
import { requireToken } from '../bearer-token.ts';
import { documentPositions, documentView } from '../document-view.ts';
import {
  documentSummarySchema, documentWithPositionsSchema, errorSchema, ingestBodySchema, ingestReplySchema,
} from '../schemas.ts';
import { textDocument, type PastedText } from '../text-document.ts';

const EXPLAINED_FEATURES = 5;

const explanationsSchema = {
  type: 'object',
  properties: {
    extractor: { type: 'string' },
    positions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          holder: { type: 'string' }, issue: { type: 'string' }, stance: { type: 'string' }, strength: { type: 'string' }, mode: { type: 'string' },
          confidence: { type: 'number' },
          evidence: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, quote: { type: 'string' } } },
          explanation: { type: 'array', items: { type: 'object', properties: { feature: { type: 'string' }, weight: { type: 'number' } } } },
        },
      },
    },
  },
} as const;

interface ListQuery {
  readonly search?: string;
  readonly limit: number;
  readonly afterId?: string;
}

/** Registers `GET /api/documents`, `GET /api/documents/:id`, `GET /api/documents/:id/explanations` and `POST /api/documents`. */
export function documentRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store, pack, directory, extractor, writeTokens, read, writesPerMinute } = context;
  /** The stored document with this id, or undefined after replying 404. */
  const storedOrNotFound = async (id: string, reply: FastifyReply): Promise<StoredDocument | undefined> => {
    const stored = /^\d+$/.test(id) ? await store.getDocument(id) : undefined;
    if (stored === undefined) void reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no document with id ${id}` });
    return stored;
  };

  app.get<{ Querystring: ListQuery }>('/api/documents', {
    schema: {
      summary: 'Stored documents in id order, or those matching a full-text search',
      tags: ['documents'],
      querystring: {
        type: 'object',
        properties: { search: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, afterId: { type: 'string' } },
        additionalProperties: false,
      },
      response: { 200: { type: 'array', items: documentSummarySchema }, 400: errorSchema },
    },
  }, async ({ query: { search, limit, afterId } }) =>
    store.listDocuments({ limit, ...(search === undefined ? {} : { search }), ...(afterId === undefined ? {} : { afterId }) }));

  app.get<{ Params: { id: string } }>('/api/documents/:id', {
    schema: {
      summary: 'One document with its text and current positions',
      tags: ['documents'],
      params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      response: { 200: documentWithPositionsSchema, 404: errorSchema },
    },
  }, async ({ params: { id } }, reply) => {
    const stored = await storedOrNotFound(id, reply);
    if (stored === undefined) return reply;
    return { document: documentView(stored, pack), positions: await documentPositions(store, stored) };
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id/explanations', {
    schema: {
      summary: "Why: the trained model's positions for one document, each with the features that weighed most",
      tags: ['documents'],
      params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      response: { 200: explanationsSchema, 404: errorSchema },
    },
  }, async ({ params: { id } }, reply) => {
    const stored = await storedOrNotFound(id, reply);
    if (stored === undefined) return reply;
    const model = loadExtractorModel();
    const { positions } = extractPositions(stored.doc, pack, { model, explain: EXPLAINED_FEATURES });
    return {
      extractor: `model@${model.version}`,
      positions: positions.map(({ holder, issue, stance, strength, mode, confidence, evidence, explanation }) => ({
        holder, issue, stance, strength, mode, confidence, evidence: { start: evidence.start, end: evidence.end, quote: evidence.quote }, explanation: explanation ?? [],
      })),
    };
  });

  app.post<{ Body: PastedText | { url: string } }>('/api/documents', {
    config: { rateLimit: { max: writesPerMinute, timeWindow: '1 minute' } },
    preHandler: (request, reply, done) => {
      if (requireToken(request, reply, writeTokens, 'adding documents')) done();
    },
    schema: {
      summary: 'Ingest a pasted text ({text, title?, url?, date?}) or fetch a URL ({url}); needs the bearer token',
      tags: ['documents'],
      security: [{ bearer: [] }],
      body: ingestBodySchema,
      response: {
        200: ingestReplySchema, 201: ingestReplySchema, 422: ingestReplySchema,
        400: errorSchema, 401: errorSchema, 403: errorSchema, 413: errorSchema, 429: errorSchema,
      },
    },
  }, async ({ body }, reply) => {
    const items = 'text' in body ? await ingestText(body) : await ingestUrl(body.url);
    const stored = await Promise.all(items.flatMap((item) => (item.documentId === undefined ? [] : [store.getDocument(item.documentId)])));
    const documents = await Promise.all(stored.flatMap((document) => (document === undefined ? [] : [document])).map(async (document) => ({
      document: documentView(document, pack), positions: await documentPositions(store, document),
    })));
    await directory.refresh();
    const status = items.length === 0 || items.every((item) => item.status === 'failed') ? 422
      : items.some((item) => item.status !== 'unchanged' && item.status !== 'failed') ? 201 : 200;
    return reply.code(status).send({ items, documents });
  });

  async function ingestText(pasted: PastedText): Promise<IngestItemResult[]> {
    const pastedDocument = textDocument(pasted);
    if ('message' in pastedDocument) {
      const { source = 'text', reason } = pastedDocument.message;
      return [{ source, status: 'failed', positions: 0, reason: `text: ${reason}` }];
    }
    await store.putPack(pack);
    return [await ingestDocument(store, pastedDocument.doc, { pack, extractor })];
  }

  // A URL goes through batch ingest, which fetches and reads it like `redlines ingest URL` and records the run.
  async function ingestUrl(url: string): Promise<IngestItemResult[]> {
    return [...(await ingestSources(store, [url], { pack, read, extractor })).items];
  }
}
