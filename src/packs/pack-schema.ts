/** The JSON Schema of a pack file, and the shape of the data it admits (snake_case, as written in YAML). */

/** An official as written in a pack file. */
export interface OfficialYaml {
  name: string;
  aliases: string[];
  title?: string;
  from?: string;
  to?: string;
}

/** A party as written in a pack file. */
export interface PartyYaml {
  id: string;
  name: string;
  names: string[];
  adjectives: string[];
  metonyms: string[];
  officials: OfficialYaml[];
  state_media: string[];
  kind?: 'organisation';
}

/** A pack file's data once the schema has accepted it and filled in its defaults. */
export interface PackYaml {
  id: string;
  name: string;
  version: string;
  parties: PartyYaml[];
  issues: { id: string; proposition: string; cues: string[]; opposites: string[] }[];
  relations: { type: 'excludes' | 'implies'; from: string; to: string; note?: string }[];
  concessions: { cues: string[]; by: Record<string, string> }[];
}

/** Name of the ajv format that accepts real calendar dates written `YYYY-MM-DD`. */
export const ISO_DATE_FORMAT = 'iso-date';

const text = { type: 'string', minLength: 1 } as const;
const texts = { type: 'array', items: { type: 'string' }, default: [] } as const;
const isoDate = { type: 'string', format: ISO_DATE_FORMAT } as const;

/** The schema; arrays default to empty and unknown fields are errors, so typos do not pass silently. */
export const packSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'version'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' },
    name: text,
    version: text,
    parties: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
          name: text,
          names: texts,
          adjectives: texts,
          metonyms: texts,
          state_media: texts,
          kind: { enum: ['organisation'] },
          officials: {
            type: 'array',
            default: [],
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: { name: text, aliases: texts, title: text, from: isoDate, to: isoDate },
            },
          },
        },
      },
    },
    issues: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'proposition'],
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$' },
          proposition: text,
          cues: texts,
          opposites: texts,
        },
      },
    },
    relations: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'from', 'to'],
        properties: { type: { enum: ['excludes', 'implies'] }, from: text, to: text, note: text },
      },
    },
    concessions: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['cues', 'by'],
        properties: { cues: { ...texts, minItems: 1 }, by: { type: 'object', minProperties: 1, additionalProperties: text } },
      },
    },
  },
} as const;
