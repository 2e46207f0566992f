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
