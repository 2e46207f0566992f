/** Checks a pack file's data against the schema, naming the field and line of every error. */
import { Ajv, type ErrorObject } from 'ajv';
import { ISO_DATE_FORMAT, packSchema, type PackYaml } from './pack-schema.ts';
import type { DataPath } from './yaml-locator.ts';

/** A schema or semantic problem, before the file name is attached. */
export interface FieldProblem {
  readonly path: DataPath;
  /** Where to point the reader when it differs from `path` (a missing field points at its parent). */
  readonly linePath?: DataPath;
  readonly reason: string;
  readonly ruleId: string;
}

const ajv = new Ajv({ allErrors: true, useDefaults: true });
ajv.addFormat(ISO_DATE_FORMAT, isIsoDate);
const validate = ajv.compile<PackYaml>(packSchema);

/** Validates `data`, filling in defaults in place: the typed data, or every problem the schema finds. */
export function validatePackSchema(data: unknown): { readonly data: PackYaml } | { readonly problems: FieldProblem[] } {
  return validate(data) ? { data } : { problems: schemaProblems(validate.errors ?? [], 'packs/schema') };
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** ajv's errors as problems at data paths, worded for people, each with `ruleId`. */
export function schemaProblems(errors: readonly ErrorObject[], ruleId: string): FieldProblem[] {
  return errors.map((error) => toProblem(error, ruleId));
}

function toProblem(error: ErrorObject, ruleId: string): FieldProblem {
  const path = parsePointer(error.instancePath);
  switch (error.keyword) {
    case 'required':
      return { path: [...path, error.params.missingProperty as string], linePath: path, reason: 'is required', ruleId };
    case 'additionalProperties':
      return { path: [...path, error.params.additionalProperty as string], reason: 'unknown field', ruleId };
    case 'format':
      return { path, reason: 'must be a date written YYYY-MM-DD', ruleId };
    case 'enum':
      return { path, reason: `must be one of: ${(error.params.allowedValues as string[]).join(', ')}`, ruleId };
    default:
      return { path, reason: error.message ?? error.keyword, ruleId };
  }
}

function parsePointer(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((step) => step.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}
