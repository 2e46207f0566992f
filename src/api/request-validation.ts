/**
 * How requests are checked against their schemas. Bodies are JSON, so they are taken exactly as sent: a number where
 * text belongs, or a field no schema names, is an error rather than something quietly converted or dropped. Query
 * strings arrive as text, so their numbers and booleans are converted, as Fastify does by default.
 */
import { Ajv, type Options } from 'ajv';
import type { FastifyRequest, FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { isCalendarDate } from '../read/index.ts';

// Fastify's own defaults, minus the coercion and removal that bodies must not have.
const SHARED: Options = { useDefaults: true, allErrors: false, addUsedSchema: false };
const bodies = new Ajv({ ...SHARED, coerceTypes: false, removeAdditional: false });
const parameters = new Ajv({ ...SHARED, coerceTypes: 'array', removeAdditional: true });
// `format: date` is a day that exists: 2025-02-29 and 2025-13-45 are refused, not stored.
for (const ajv of [bodies, parameters]) ajv.addFormat('date', { type: 'string', validate: isCalendarDate });

/** Compiles each route's schemas: strict for bodies, converting for query strings and path parameters. */
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodies : parameters).compile(schema);

/** One error naming the offending field, e.g. `body/extra is not a known field`, `body/date must be a real calendar day`. */
export function schemaErrorFormatter(errors: FastifySchemaValidationError[], dataVar: string): Error {
  return new Error(errors.map((error) => {
    const field = `${dataVar}${error.instancePath}`;
    if (error.keyword === 'additionalProperties') return `${field}/${String(error.params.additionalProperty)} is not a known field`;
    if (error.keyword === 'format' && error.params.format === 'date') return `${field} must be a real calendar day written YYYY-MM-DD`;
    return `${field} ${error.message ?? 'is invalid'}`;
  }).join(', '));
}

/** No field has a use for a NUL character and PostgreSQL text cannot hold one: a request carrying one is refused, naming the field. */
export async function refuseNulCharacters(request: FastifyRequest): Promise<void> {
  const field = fieldWithNul({ querystring: request.query, params: request.params, body: request.body });
  if (field !== undefined) throw Object.assign(new Error(`${field} contains a NUL character`), { statusCode: 400 });
}

/** The path of the first key or string holding U+0000; a loop, not recursion, so deep nesting cannot exhaust the stack. */
function fieldWithNul(parts: Record<string, unknown>): string | undefined {
  const pending: [string, unknown][] = Object.entries(parts);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [path, value] = next;
    if (path.includes('\u0000')) return path.replaceAll('\u0000', '\\0');
    if (typeof value === 'string' && value.includes('\u0000')) return path;
    if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) pending.push([`${path}/${key}`, item]);
    }
  }
  return undefined;
}
