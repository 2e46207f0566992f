/** The analysis routes: matrix, timeline, shifts, consistency and collisions over the stored positions. */
import type { FastifyInstance } from 'fastify';
import { collisions, consistency, matrix, shifts, timeline } from '../../analyse/index.ts';
import { loadRecords, recordFilter, type AnalysisQuery, type ApiContext } from '../api-context.ts';
import {
  analysisQuerySchema, collisionsSchema, consistencySchema, errorSchema, matrixSchema, shiftsSchema, timelineSchema,
} from '../schemas.ts';

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

/** Registers the analysis routes. */
export function analysisRoutes(app: FastifyInstance, { store, pack }: ApiContext): void {
  app.get<{ Querystring: AnalysisQuery }>('/api/matrix', {
    schema: {
      summary: 'Each party\'s current position on each issue, with its evidence',
      tags: ['analysis'], querystring: analysisQuerySchema, response: { 200: matrixSchema, 400: errorSchema },
    },
  }, async ({ query: { since, until, ...filter } }) => matrix(await loadRecords(store, pack, recordFilter(filter)), { since, until }));

  app.get<{ Querystring: AnalysisQuery & { party: string } }>('/api/timeline', {
    schema: {
      summary: 'One party\'s stance over time on each issue (or one), with the confirmed state after each statement',
      tags: ['analysis'], querystring: withParty({ required: true }), response: { 200: timelineSchema, 400: errorSchema },
    },
  }, async ({ query: { since, until, party, issue, ...filter } }) =>
    timeline(await loadRecords(store, pack, recordFilter(filter)), { party, since, until, ...(issue === undefined ? {} : { issue }) }));

  app.get<{ Querystring: AnalysisQuery }>('/api/shifts', {
    schema: {
      summary: 'Confirmed changes of stance or strength, with the evidence before and after',
      tags: ['analysis'], querystring: withParty({ required: false }), response: { 200: shiftsSchema, 400: errorSchema },
    },
  }, async ({ query: { since, until, party, issue, ...filter } }) =>
    shifts(await loadRecords(store, pack, recordFilter(filter)), { since, until, ...(party === undefined ? {} : { party }), ...(issue === undefined ? {} : { issue }) }));

  app.get<{ Querystring: AnalysisQuery }>('/api/consistency', {
    schema: {
      summary: 'How steadily each party (or one) holds its positions',
      tags: ['analysis'], querystring: withParty({ required: false, partyOnly: true }), response: { 200: consistencySchema, 400: errorSchema },
    },
  }, async ({ query: { since, until, party, ...filter } }) =>
    consistency(await loadRecords(store, pack, recordFilter(filter)), { window: { since, until }, ...(party === undefined ? {} : { party }) }));

  app.get<{ Querystring: AnalysisQuery }>('/api/collisions', {
    schema: {
      summary: 'Firm or red-line positions of two parties that no deal can meet together',
      tags: ['analysis'], querystring: analysisQuerySchema, response: { 200: collisionsSchema, 400: errorSchema },
    },
  }, async ({ query: { since, until, ...filter } }) => collisions(await loadRecords(store, pack, recordFilter(filter)), pack, { since, until }));
}
