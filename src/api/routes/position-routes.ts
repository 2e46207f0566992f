/** The position routes: stored positions by the CLI's filters, and evidence with the documents it quotes. */
import type { FastifyInstance } from 'fastify';
import type { PositionFilter } from '../../store/index.ts';
import type { ApiContext } from '../api-context.ts';
import { documentView } from '../document-view.ts';
import { errorSchema, evidenceReplySchema, positionRecordSchema, positionsQuerySchema } from '../schemas.ts';

interface PositionsQuery extends Omit<PositionFilter, 'excludeDuplicates' | 'limit' | 'afterId'> {
  readonly duplicates: boolean;
  readonly limit: number;
  readonly afterId?: string;
}

interface EvidenceQuery {
  readonly party: string;
  readonly issue: string;
  /** Comma-separated record ids, as analysis results cite them. */
  readonly ids: string;
}

/** Registers `GET /api/positions` and `GET /api/evidence`. */
export function positionRoutes(app: FastifyInstance, { store, pack, directory }: ApiContext): void {
  app.get<{ Querystring: PositionsQuery }>('/api/positions', {
    config: { expensive: true },
    schema: {
      summary: 'Stored positions in id order, filtered like `redlines positions`, a page of `limit` at a time: the next page starts afterId = the last id',
      tags: ['positions'], querystring: positionsQuerySchema,
      response: { 200: { type: 'array', items: positionRecordSchema }, 400: errorSchema },
    },
  }, async ({ query: { duplicates, ...filter } }) => store.queryPositions({ ...filter, excludeDuplicates: !duplicates }));

  app.get<{ Querystring: EvidenceQuery }>('/api/evidence', {
    config: { expensive: true },
    schema: {
      summary: 'The cited records of one party and issue, each with the document text its evidence indexes',
      tags: ['positions'],
      querystring: {
        type: 'object',
        properties: { party: { type: 'string' }, issue: { type: 'string' }, ids: { type: 'string', pattern: '^[^,]+(,[^,]+)*$' } },
        required: ['party', 'issue', 'ids'],
        additionalProperties: false,
      },
      response: { 200: evidenceReplySchema, 400: errorSchema },
    },
  }, async ({ query: { party, issue, ids } }) => {
    const wanted = new Set(ids.split(','));
    const records = (await store.queryPositions({ party, issue })).filter((record) => wanted.has(record.id));
    const items = await Promise.all(records.map(async (record) => {
      const stored = await directory.find(record.doc, record.evidence);
      return stored === undefined ? { record } : { record, document: documentView(stored, pack) };
    }));
    return { items };
  });
}
