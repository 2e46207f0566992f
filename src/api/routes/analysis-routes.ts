/** The analysis routes: matrix, timeline, shifts, consistency and collisions over the stored positions. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { collisions, consistency, matrix, shifts, timeline } from '../../analyse/index.ts';
import { loadRecords, recordFilter, type AnalysisQuery, type ApiContext } from '../api-context.ts';
import { queryKey } from '../result-cache.ts';
import {
  analysisQuerySchema, collisionsSchema, consistencySchema, errorSchema, evidenceRefSchema, matrixSchema, shiftsSchema, timelineSchema,
} from '../schemas.ts';

/** Records a matrix cell cites unless the request asks for another number; the rest come from `/api/matrix/support`. */
const EVIDENCE_PER_CELL = 3;

interface MatrixQuery extends AnalysisQuery {
  readonly evidence: number;
}

/** The shared filters plus a party (and an issue, unless `partyOnly`). */
function withParty({ required, partyOnly = false }: { required: boolean; partyOnly?: boolean }): object {
  return {
    type: 'object',
    properties: {
      ...(analysisQuerySchema as { properties: object }).properties,
      party: { type: 'string' },
      ...(partyOnly ? {} : { issue: { type: 'string' } }),
    },
    required: required ? ['party'] : [],
    additionalProperties: false,
  };
}

/** Registers the analysis routes; each result is cached until the store changes, and they count as expensive. */
export function analysisRoutes(app: FastifyInstance, { store, pack, cache }: ApiContext): void {
  const config = { expensive: true };
  /**
   * Replies with the route's result for this query, from the cache or computed once for every request asking at the
   * same time; what is kept is the serialized reply, so a cached read costs neither the analysis nor the serialization.
   */
  const cached = async (route: string, query: object, reply: FastifyReply, compute: () => Promise<unknown>): Promise<FastifyReply> => {
    const json = await cache.get(queryKey(route, query), async () => reply.serialize(await compute()));
    return reply.type('application/json; charset=utf-8').send(json);
  };

  app.get<{ Querystring: MatrixQuery }>('/api/matrix', {
    config,
    schema: {
      summary: 'Each party\'s current position on each issue, with counts and its best evidence (all of it from /api/matrix/support)',
      tags: ['analysis'],
      querystring: {
        ...analysisQuerySchema,
        properties: {
          ...(analysisQuerySchema as { properties: object }).properties,
          evidence: { type: 'integer', minimum: 0, maximum: 100, default: EVIDENCE_PER_CELL },
        },
      },
      response: { 200: matrixSchema, 400: errorSchema },
    },
  }, async ({ query }, reply) => cached('matrix', query, reply, async () => {
    const { since, until, evidence, ...filter } = query;
    return matrix(await loadRecords(store, pack, recordFilter(filter)), { since, until, evidencePerCell: evidence });
  }));

  app.get<{ Querystring: AnalysisQuery & { party: string; issue: string } }>('/api/matrix/support', {
    config,
    schema: {
      summary: 'Every record supporting one matrix cell\'s current position, best first',
      tags: ['analysis'],
      querystring: { ...withParty({ required: true }), required: ['party', 'issue'] },
      response: { 200: { type: 'object', properties: { support: { type: 'array', items: evidenceRefSchema } } }, 400: errorSchema },
    },
  }, async ({ query }, reply) => cached('matrix/support', query, reply, async () => {
    const { since, until, party, issue, ...filter } = query;
    // Reviews may move a record into this cell, so the cell's records are chosen after they apply.
    const records = (await loadRecords(store, pack, recordFilter(filter))).filter((record) => record.holder === party && record.issue === issue);
    const [cell] = matrix(records, { since, until, evidencePerCell: Number.MAX_SAFE_INTEGER }).cells;
    return { support: cell?.support ?? [] };
  }));

  app.get<{ Querystring: AnalysisQuery & { party: string } }>('/api/timeline', {
    config,
    schema: {
      summary: 'One party\'s stance over time on each issue (or one), with the confirmed state after each statement',
      tags: ['analysis'], querystring: withParty({ required: true }), response: { 200: timelineSchema, 400: errorSchema },
    },
  }, async ({ query }, reply) => cached('timeline', query, reply, async () => {
    const { since, until, party, issue, ...filter } = query;
    return timeline(await loadRecords(store, pack, recordFilter(filter)), { party, since, until, ...(issue === undefined ? {} : { issue }) });
  }));

  app.get<{ Querystring: AnalysisQuery }>('/api/shifts', {
    config,
    schema: {
      summary: 'Confirmed changes of stance or strength, with the evidence before and after',
      tags: ['analysis'], querystring: withParty({ required: false }), response: { 200: shiftsSchema, 400: errorSchema },
    },
  }, async ({ query }, reply) => cached('shifts', query, reply, async () => {
    const { since, until, party, issue, ...filter } = query;
    return shifts(await loadRecords(store, pack, recordFilter(filter)), { since, until, ...(party === undefined ? {} : { party }), ...(issue === undefined ? {} : { issue }) });
  }));

  app.get<{ Querystring: AnalysisQuery }>('/api/consistency', {
    config,
    schema: {
      summary: 'How steadily each party (or one) holds its positions',
      tags: ['analysis'], querystring: withParty({ required: false, partyOnly: true }), response: { 200: consistencySchema, 400: errorSchema },
    },
  }, async ({ query }, reply) => cached('consistency', query, reply, async () => {
    const { since, until, party, ...filter } = query;
    return consistency(await loadRecords(store, pack, recordFilter(filter)), { window: { since, until }, ...(party === undefined ? {} : { party }) });
  }));

  app.get<{ Querystring: AnalysisQuery }>('/api/collisions', {
    config,
    schema: {
      summary: 'Firm or red-line positions of two parties that no deal can meet together',
      tags: ['analysis'], querystring: analysisQuerySchema, response: { 200: collisionsSchema, 400: errorSchema },
    },
  }, async ({ query }, reply) => cached('collisions', query, reply, async () => {
    const { since, until, ...filter } = query;
    return collisions(await loadRecords(store, pack, recordFilter(filter)), pack, { since, until });
  }));
}
