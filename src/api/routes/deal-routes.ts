/** The deal routes: check a proposed settlement, or search for one that keeps every red line. */
import type { FastifyInstance } from 'fastify';
import { checkDeal, searchDeal } from '../../analyse/index.ts';
import type { IssueId } from '../../core/index.ts';
import { loadRecords, type ApiContext, type RecordFilter } from '../api-context.ts';
import { dealCheckBodySchema, dealCheckSchema, dealSearchBodySchema, dealSearchSchema, errorSchema } from '../schemas.ts';

/** The record filters a deal body shares with the analysis query strings. */
interface DealFilter extends RecordFilter {
  readonly since?: string;
  readonly until?: string;
}

interface DealCheckBody extends DealFilter {
  readonly assignments: Record<IssueId, boolean>;
}

interface DealSearchBody extends DealFilter {
  readonly parties?: string[];
  readonly fixed?: Record<IssueId, boolean>;
  readonly limit?: number;
}

/** Registers `POST /api/deals/check` and `POST /api/deals/search`. */
export function dealRoutes(app: FastifyInstance, { store, pack }: ApiContext): void {
  app.post<{ Body: DealCheckBody }>('/api/deals/check', {
    schema: {
      summary: 'What a deal (propositions set true or false; absent ones open) does to each party\'s positions',
      tags: ['deals'], body: dealCheckBodySchema, response: { 200: dealCheckSchema, 400: errorSchema },
    },
  }, async ({ body: { assignments, since, until, ...filter } }) => checkDeal({ assignments }, await loadRecords(store, pack, filter), pack, { since, until }));

  app.post<{ Body: DealSearchBody }>('/api/deals/search', {
    schema: {
      summary: 'A deal keeping every red line, or the minimal sets of red lines to relax (minimal concessions); fixed propositions are kept as given',
      tags: ['deals'], body: dealSearchBodySchema, response: { 200: dealSearchSchema, 400: errorSchema },
    },
  }, async ({ body: { parties, fixed, since, until, limit, ...filter } }) =>
    searchDeal(await loadRecords(store, pack, filter), pack, {
      since, until, ...(parties === undefined ? {} : { parties }), ...(fixed === undefined ? {} : { fixed }), ...(limit === undefined ? {} : { limit }),
    }));
}
