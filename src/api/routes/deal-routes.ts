/** The deal routes: check a proposed settlement, or search for one that keeps every red line. */
import type { FastifyInstance } from 'fastify';
import { checkDeal, searchDeal } from '../../analyse/index.ts';
import type { IssueId } from '../../core/index.ts';
import { loadRecords, type ApiContext, type RecordFilter } from '../api-context.ts';
import { dealCheckBodySchema, dealCheckSchema, dealSearchBodySchema, dealSearchSchema, errorSchema } from '../schemas.ts';

interface DealCheckBody extends Pick<RecordFilter, 'reviewed' | 'reviewer'> {
  readonly assignments: Record<IssueId, boolean>;
  readonly since?: string;
  readonly until?: string;
}

interface DealSearchBody extends Pick<RecordFilter, 'reviewed' | 'reviewer'> {
  readonly parties?: string[];
  readonly since?: string;
  readonly until?: string;
  readonly limit?: number;
}

/** Registers `POST /api/deals/check` and `POST /api/deals/search`. */
export function dealRoutes(app: FastifyInstance, { store, pack }: ApiContext): void {
  app.post<{ Body: DealCheckBody }>('/api/deals/check', {
    schema: {
      summary: 'What a deal (propositions set true or false; absent ones open) does to each party\'s positions',
      tags: ['deals'], body: dealCheckBodySchema, response: { 200: dealCheckSchema, 400: errorSchema },
    },
  }, async ({ body: { assignments, since, until, ...review } }) => checkDeal({ assignments }, await loadRecords(store, review), pack, { since, until }));

  app.post<{ Body: DealSearchBody }>('/api/deals/search', {
    schema: {
      summary: 'A deal keeping every red line, or the minimal sets of red lines to relax (minimal concessions)',
      tags: ['deals'], body: dealSearchBodySchema, response: { 200: dealSearchSchema, 400: errorSchema },
    },
  }, async ({ body: { parties, since, until, limit, ...review } }) =>
    searchDeal(await loadRecords(store, review), pack, { since, until, ...(parties === undefined ? {} : { parties }), ...(limit === undefined ? {} : { limit }) }));
}
