/** Bearer-token checks for the API: writes always need the token; reads only when the server is private. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Whether the request's `Authorization: Bearer …` header carries one of `tokens`, compared in constant time. */
export function hasBearerToken(request: FastifyRequest, tokens: readonly string[]): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match) return false;
  // Hashing first gives equal lengths, which timingSafeEqual needs, without leaking the token's length.
  const given = digest(match[1]!);
  return tokens.some((token) => timingSafeEqual(given, digest(token)));
}

/** A reviewer of the API: the name their verdicts carry, and the token that proves it. */
export interface ReviewerToken {
  readonly name: string;
  readonly token: string;
}

/** Whose token the request carries, compared in constant time; undefined when none matches. */
export function tokenOwner(request: FastifyRequest, reviewers: readonly ReviewerToken[]): string | undefined {
  return reviewers.find((reviewer) => hasBearerToken(request, [reviewer.token]))?.name;
}

/**
 * Parses `REDLINES_REVIEWERS`: `name:token` pairs separated by commas. Throws naming the variable and the
 * entry when one is malformed, or when two reviewers share a token (their verdicts could not be told apart).
 */
export function parseReviewerTokens(value: string): ReviewerToken[] {
  const reviewers = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '').map((entry, index) => {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    // The entry itself is not echoed: it may be a token.
    if (colon <= 0 || name === '' || token === '') throw new Error(`REDLINES_REVIEWERS: entry ${index + 1} is not name:token`);
    return { name, token };
  });
  const tokens = new Set(reviewers.map((reviewer) => reviewer.token));
  if (tokens.size !== reviewers.length) throw new Error('REDLINES_REVIEWERS: two reviewers share a token');
  return reviewers;
}

/** Replies 401 (or 403 when no token is configured at all) and returns false when the request is not authorised. */
export function requireToken(request: FastifyRequest, reply: FastifyReply, tokens: readonly string[], action: string): boolean {
  if (tokens.length === 0) {
    void reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: `${action} is disabled: start the server with REDLINES_TOKEN set` });
    return false;
  }
  if (hasBearerToken(request, tokens)) return true;
  void reply.code(401).header('www-authenticate', 'Bearer').send({
    statusCode: 401, error: 'Unauthorized', message: `${action} needs the header "Authorization: Bearer <REDLINES_TOKEN>"`,
  });
  return false;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
