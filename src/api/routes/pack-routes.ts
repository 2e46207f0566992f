/** The pack routes: the negotiation the server was started with, and the packs shipped with redlines. */
import type { FastifyInstance } from 'fastify';
import { listPacks } from '../../packs/index.ts';
import type { ApiContext } from '../api-context.ts';
import { packSchema } from '../schemas.ts';

/** Registers `GET /api/packs`. */
export function packRoutes(app: FastifyInstance, { pack }: ApiContext): void {
  const active = {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    parties: pack.parties.map(({ id, name, stateMedia }) => ({ id, name, stateMedia })),
    issues: pack.issues.map(({ id, proposition }) => ({ id, proposition })),
    relations: pack.relations,
  };
  app.get('/api/packs', {
    schema: {
      summary: 'The active pack (parties, issues, relations) and the names of the shipped packs',
      tags: ['packs'],
      response: { 200: { type: 'object', properties: { active: packSchema, shipped: { type: 'array', items: { type: 'string' } } }, required: ['active', 'shipped'] } },
    },
  }, async () => ({ active, shipped: listPacks() }));
}
