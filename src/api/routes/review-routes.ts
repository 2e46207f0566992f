/** The review routes: verdicts on positions, added positions, undo, the audit log and the review queue (docs/review.md). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ReviewFields, ReviewInput } from '../../core/index.ts';
import { orphanedReviews, reviewedPositions, reviewFieldsProblem, reviewQueue, reviewTargetOf } from '../../review/index.ts';
import type { ApiContext } from '../api-context.ts';
import { requireToken, tokenOwner } from '../bearer-token.ts';
import {
  addedReviewBodySchema, errorSchema, reviewBodySchema, reviewChangeSchema, reviewQueueSchema, reviewSchema,
} from '../schemas.ts';

interface ReviewBody {
  readonly positionId: string;
  readonly verdict: 'confirmed' | 'rejected' | 'corrected';
  readonly fields?: ReviewFields;
  readonly note?: string;
}

interface AddedBody extends ReviewFields {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly holder: string;
  readonly issue: string;
  readonly stance: NonNullable<ReviewFields['stance']>;
  readonly note?: string;
}

const WRITE_ERRORS = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 429: errorSchema } as const;

/** Registers the review routes; writes need a token, and the token names the reviewer. */
export function reviewRoutes(app: FastifyInstance, { store, pack, writeTokens, reviewers, writesPerMinute }: ApiContext): void {
  // Reviewing is quick work, a verdict a second: a higher limit than ingest's, still a bound.
  const write = {
    config: { rateLimit: { max: writesPerMinute * 10, timeWindow: '1 minute' } },
    preHandler: (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      if (requireToken(request, reply, writeTokens, 'reviewing')) done();
    },
  };
  const reviewerOf = (request: FastifyRequest) => tokenOwner(request, reviewers)!;
  const badRequest = (reply: FastifyReply, message: string) => reply.code(400).send({ statusCode: 400, error: 'Bad Request', message });
  const notFound = (reply: FastifyReply, message: string) => reply.code(404).send({ statusCode: 404, error: 'Not Found', message });

  app.get<{ Querystring: { reviewer?: string; documentId?: string; orphaned: boolean } }>('/api/reviews', {
    schema: {
      summary: 'Reviews, each reviewer\'s kept apart; orphaned=true lists those whose position re-extraction no longer finds',
      tags: ['reviews'],
      querystring: { type: 'object', properties: { reviewer: { type: 'string' }, documentId: { type: 'string' }, orphaned: { type: 'boolean', default: false } }, additionalProperties: false },
      response: { 200: { type: 'array', items: reviewSchema }, 400: errorSchema },
    },
  }, async ({ query: { reviewer, documentId, orphaned } }) => {
    const query = { ...(reviewer === undefined ? {} : { reviewer }), ...(documentId === undefined ? {} : { documentId }) };
    if (!orphaned) return store.listReviews(query);
    return (await orphanedReviews(store, query)).filter((review) => documentId === undefined || review.target.documentId === documentId);
  });

  app.get<{ Querystring: { reviewer?: string; limit: number } }>('/api/reviews/log', {
    schema: {
      summary: 'The audit log of reviews, newest first: who changed what, when, before and after',
      tags: ['reviews'],
      querystring: { type: 'object', properties: { reviewer: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 10_000, default: 100 } }, additionalProperties: false },
      response: { 200: { type: 'array', items: reviewChangeSchema }, 400: errorSchema },
    },
  }, async ({ query: { reviewer, limit } }) => store.reviewLog({ limit, ...(reviewer === undefined ? {} : { reviewer }) }));

  app.get<{ Querystring: { reviewer?: string; limit: number } }>('/api/reviews/queue', {
    schema: {
      summary: 'Unreviewed positions, those deciding a red line, a collision or a shift first, then the least confident',
      tags: ['reviews'],
      querystring: { type: 'object', properties: { reviewer: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 20 } }, additionalProperties: false },
      response: { 200: reviewQueueSchema, 400: errorSchema },
    },
  }, async ({ query: { reviewer, limit } }) =>
    reviewQueue(await reviewedPositions(store, {}, reviewer === undefined ? {} : { reviewer }), pack, { limit }));

  app.post<{ Body: ReviewBody }>('/api/reviews', {
    ...write,
    schema: {
      summary: 'Confirm, reject or correct a position by its id; the reviewer is the token\'s owner',
      tags: ['reviews'], security: [{ bearer: [] }], body: reviewBodySchema,
      response: { 201: reviewSchema, ...WRITE_ERRORS },
    },
  }, async (request, reply) => {
    const { positionId, verdict, fields, note } = request.body;
    const problem = fields && reviewFieldsProblem(fields, pack);
    if (problem) return badRequest(reply, `body/fields/${problem}`);
    const target = await reviewTargetOf(store, positionId);
    if (!target) return notFound(reply, `no position with id "${positionId}"`);
    const input: ReviewInput = { target, reviewer: reviewerOf(request), verdict, ...(fields === undefined ? {} : { fields }), ...(note === undefined ? {} : { note }) };
    return reply.code(201).send(await store.putReview(input));
  });

  app.post<{ Body: AddedBody }>('/api/reviews/added', {
    ...write,
    schema: {
      summary: 'Add a position the extractor missed: its document, evidence offsets and fields; the reviewer is the token\'s owner',
      tags: ['reviews'], security: [{ bearer: [] }], body: addedReviewBodySchema,
      response: { 201: reviewSchema, ...WRITE_ERRORS },
    },
  }, async (request, reply) => {
    const { documentId, start, end, holder, issue, stance, note, ...fields } = request.body;
    const problem = reviewFieldsProblem({ holder, issue, stance, ...fields }, pack);
    if (problem) return badRequest(reply, `body/${problem}`);
    const stored = await store.getDocument(documentId);
    if (!stored) return notFound(reply, `no document with id "${documentId}"`);
    if (end <= start || end > stored.doc.text.length) return badRequest(reply, `body/end: the evidence ${start}–${end} is not a span of document ${documentId} (${stored.doc.text.length} characters)`);
    const review = await store.putReview({
      target: { documentId, holder, issue, stance, evidence: { start, end } }, reviewer: reviewerOf(request), verdict: 'added', fields, ...(note === undefined ? {} : { note }),
    });
    return reply.code(201).send(review);
  });

  app.post('/api/reviews/undo', {
    ...write,
    schema: {
      summary: 'Undo the token owner\'s latest review change (again to go further back)',
      tags: ['reviews'], security: [{ bearer: [] }],
      response: { 200: reviewChangeSchema, ...WRITE_ERRORS },
    },
  }, async (request, reply) => {
    const reviewer = reviewerOf(request);
    const change = await store.undoReview(reviewer);
    return change ?? notFound(reply, `${reviewer} has nothing left to undo`);
  });
}
