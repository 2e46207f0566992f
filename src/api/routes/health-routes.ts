/** The health route a service manager or load balancer polls. */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';

/** Registers `GET /healthz`: 200 when the store answers a query, 503 with the reason when it does not. */
export function healthRoutes(app: FastifyInstance, { store }: ApiContext): void {
  app.get('/healthz', {
    schema: {
      summary: 'Whether the server and its database answer; open to all, even with private reads',
      tags: ['health'],
      response: {
        200: { type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] },
        503: { type: 'object', properties: { status: { const: 'unavailable' }, reason: { type: 'string' } }, required: ['status', 'reason'] },
      },
    },
  }, async (_request, reply) => {
    try {
      await store.listDocuments({ limit: 1 });
      return { status: 'ok' };
    } catch (error) {
      return reply.code(503).send({ status: 'unavailable', reason: (error as Error).message });
    }
  });
}
