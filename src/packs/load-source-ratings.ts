/** `sources.yaml`: outlets rated on the Admiralty scale, `outlets: { reuters.com: A, … }`, checked like a pack. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { RELIABILITIES, type Reliability } from '../core/index.ts';
import { PackError } from './pack-error.ts';
import { schemaProblems } from './validate-pack-schema.ts';
import { readYamlFile } from './yaml-file.ts';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['outlets'],
  properties: {
    outlets: {
      type: 'object',
      propertyNames: { pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)+$' },
      additionalProperties: { enum: RELIABILITIES },
    },
  },
} as const;
const validate = new Ajv({ allErrors: true }).compile<{ outlets: Record<string, Reliability> }>(schema);

/** Reads a sources file into outlet → grade; a bad file throws a `PackError` naming file, line and field. */
export function loadSourceRatings(path: string): ReadonlyMap<string, Reliability> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PackError([{ file: path, field: '', reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, ruleId: 'sources/unreadable' }]);
  }
  const file = readYamlFile(text, path, 'sources/yaml-syntax');
  if ('problems' in file) throw new PackError(file.problems);
  if (!validate(file.data)) throw new PackError(file.place(schemaProblems(validate.errors ?? [], 'sources/schema')));
  return new Map(Object.entries(file.data.outlets).map(([outlet, grade]) => [outlet.replace(/^www\./, ''), grade]));
}
