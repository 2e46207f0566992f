/**
 * A limit on how many requests to expensive routes run at once. Others wait their turn for a while, then get 503;
 * a waiting request whose client has gone is dropped before it costs anything, and the queue itself is bounded.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Counts against the limit on concurrent expensive requests (analyses over the store, position listings). */
    expensive?: boolean;
  }
}

/** How the limit is set. */
export interface ExpensiveRouteLimits {
  /** Expensive requests running at once. */
  readonly concurrency: number;
  /** Expensive requests waiting at once; more get 503 straight away. */
  readonly queue: number;
  /** How long one waits for its turn before it gets 503. */
  readonly waitMs: number;
}

export const DEFAULT_EXPENSIVE_ROUTE_LIMITS: ExpensiveRouteLimits = { concurrency: 4, queue: 200, waitMs: 10_000 };

interface Waiter {
  readonly start: () => void;
}

/** Registers the limit as hooks on every route whose config says `expensive`. */
export function limitExpensiveRoutes(app: FastifyInstance, { concurrency, queue, waitMs }: ExpensiveRouteLimits): void {
  let running = 0;
  const waiting: Waiter[] = [];

  // A finishing request hands its slot straight to the next in line, so no newcomer slips in between.
  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) running -= 1;
    else next.start();
  };
  const busy = (reply: FastifyReply, why: string): FastifyReply => reply.code(503).header('retry-after', String(Math.ceil(waitMs / 1000)))
    .send({ statusCode: 503, error: 'Service Unavailable', message: `the server is busy with other analyses (${why}); try again shortly` });

  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.expensive !== true) return;
    if (running >= concurrency) {
      if (waiting.length >= queue) return busy(reply, `${queue} requests are waiting`);
      const started = await new Promise<boolean>((resolve) => {
        const waiter: Waiter = { start: () => settle(true) };
        const timer = setTimeout(() => settle(false), waitMs);
        // A client that gives up while waiting costs nothing more.
        const leave = (): void => settle(false);
        reply.raw.once('close', leave);
        function settle(turn: boolean): void {
          clearTimeout(timer);
          reply.raw.off('close', leave);
          const index = waiting.indexOf(waiter);
          if (index >= 0) waiting.splice(index, 1);
          resolve(turn);
        }
        waiting.push(waiter);
      });
      // Sent even when the client has gone: a reply is what stops Fastify from running the handler.
      if (!started) return busy(reply, `no turn within ${waitMs / 1000} s`);
    } else {
      running += 1;
    }
    // 'close' comes once the reply is sent or the connection is gone, whichever is first.
    reply.raw.once('close', release);
  });
}
