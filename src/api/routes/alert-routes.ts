/** The alert routes: what `redlines watch` fired, as JSON and as an Atom feed. */
import type { FastifyInstance } from 'fastify';
import { alertsAtom, alertsPayload } from '../../watch/index.ts';
import type { ApiContext } from '../api-context.ts';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
const limitQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
} as const;

/** Registers `GET /api/alerts` and `GET /api/alerts.atom`. */
export function alertRoutes(app: FastifyInstance, { store }: ApiContext): void {
  app.get<{ Querystring: { limit: number } }>('/api/alerts', {
    schema: {
      summary: 'Alerts fired by the watcher, newest first: rule, summary, evidence before and after',
      tags: ['alerts'],
      querystring: limitQuery,
    },
  }, async ({ query: { limit } }) => alertsPayload(await store.watch.listAlerts(limit), false).alerts);

  app.get<{ Querystring: { limit: number } }>('/api/alerts.atom', {
    schema: { summary: 'The same alerts as an Atom feed', tags: ['alerts'], querystring: limitQuery },
  }, async (request, reply) => {
    const selfUrl = `${request.protocol}://${request.host}/api/alerts.atom`;
    return reply.type('application/atom+xml; charset=utf-8').send(alertsAtom(await store.watch.listAlerts(request.query.limit), selfUrl));
  });
}
