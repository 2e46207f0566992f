/**
 * JSON schemas of the API's requests and responses: Fastify validates and serializes with them, and
 * `@fastify/swagger` turns the same objects into `/openapi.json`. Response schemas list every field the
 * analysis types carry, since serialization drops what a schema does not name.
 */
import { MODES, STANCES, STRENGTHS, VERDICTS } from '../core/index.ts';

const text = { type: 'string' } as const;
const optionalNumber = { type: ['number', 'null'] } as const;
// A real calendar day written YYYY-MM-DD (see request-validation.ts).
const isoDate = { type: 'string', format: 'date' } as const;
const stance = { type: 'string', enum: [...STANCES] } as const;
const strength = { type: 'string', enum: [...STRENGTHS] } as const;
const mode = { type: 'string', enum: [...MODES] } as const;
const strings = { type: 'array', items: text } as const;
/** Which reviews the analysis follows: only reviewed positions, only one reviewer's verdicts (docs/review.md). */
const reviewFilters = { reviewed: { type: 'boolean', default: false }, reviewer: text } as const;

function object(properties: Record<string, object>, required: readonly string[] = Object.keys(properties)): object {
  return { type: 'object', properties, required, additionalProperties: false };
}

/** An error reply: what went wrong, said so a person can fix the request. */
export const errorSchema = object({ statusCode: { type: 'integer' }, error: text, message: text, requestId: text }, ['error', 'message']);

/** The verbatim evidence span of a position. */
export const evidenceSchema = object({ start: { type: 'integer' }, end: { type: 'integer' }, quote: text });

/** A `Message`: a content problem carried as data. */
export const messageSchema = object({
  reason: text, stage: text, ruleId: text, severity: { type: 'string', enum: ['error', 'warning', 'info'] }, source: text,
  span: object({ start: { type: 'integer' }, end: { type: 'integer' } }),
}, ['reason', 'stage', 'ruleId', 'severity']);

const reviewStatus = { type: 'string', enum: ['unreviewed', 'confirmed', 'corrected', 'added'] } as const;

/** How analysts judged a position (`ReviewMark`). */
export const reviewMarkSchema = object({ status: reviewStatus, reviewer: text, reviewId: text, at: text }, ['status']);

/** A stored position with its document's metadata (`PositionRecord`), and its review once reviews are applied. */
export const positionRecordSchema = object({
  id: text, documentId: text, doc: text, holder: text, issue: text, stance, strength, mode, speaker: text, intermediary: text, outlet: text,
  conditions: strings, evidence: evidenceSchema, confidence: { type: 'number' }, extractor: text,
  date: isoDate, url: text, title: text, duplicateOf: text, review: reviewMarkSchema,
}, ['id', 'documentId', 'doc', 'holder', 'issue', 'stance', 'strength', 'mode', 'speaker', 'intermediary', 'outlet', 'conditions', 'evidence', 'confidence', 'extractor']);

/** The citation of one record in an analysis result (`EvidenceRef`). */
export const evidenceRefSchema = object({
  recordId: text, doc: text, duplicateOf: text, date: isoDate, mode, speaker: text, evidence: evidenceSchema, review: reviewStatus,
}, ['recordId', 'doc', 'mode', 'speaker', 'evidence']);

const evidenceRefs = { type: 'array', items: evidenceRefSchema } as const;
const positionState = object({ stance, strength });

const partyPositionFields = {
  party: text, issue: text, stance, strength, conditions: strings, support: evidenceRefs,
};

/** A party's current position on an issue (`PartyPosition`). */
export const partyPositionSchema = object(partyPositionFields);

/** One matrix cell (`MatrixCell`). */
export const matrixCellSchema = object({
  ...partyPositionFields,
  wellAttested: { type: 'boolean' }, documents: { type: 'integer' }, latestDate: isoDate, reviewed: { type: 'integer' }, disagreement: { type: 'boolean' },
  alternatives: {
    type: 'array',
    items: object({ stance, strength, documents: { type: 'integer' }, wellAttested: { type: 'boolean' }, latestDate: isoDate },
      ['stance', 'strength', 'documents', 'wellAttested']),
  },
  supportCount: { type: 'integer' },
}, [...Object.keys(partyPositionFields), 'wellAttested', 'documents', 'reviewed', 'disagreement', 'alternatives', 'supportCount']);

/** The matrix (`MatrixResult`). */
export const matrixSchema = object({ parties: strings, issues: strings, cells: { type: 'array', items: matrixCellSchema } });

/** A party's timeline (`TimelineResult`). */
export const timelineSchema = object({
  party: text,
  issues: {
    type: 'array',
    items: object({
      issue: text,
      entries: {
        type: 'array',
        items: object({
          date: isoDate, doc: text, stance, strength, mode,
          confirmedState: { anyOf: [positionState, { type: 'null' }] },
          confirms: { type: 'boolean' }, support: evidenceRefs,
        }),
      },
      periods: {
        type: 'array',
        items: object({ stance, strength, confirmedOn: isoDate, firstSeen: isoDate, lastSeen: isoDate, documents: { type: 'integer' } }),
      },
    }),
  },
  messages: { type: 'array', items: messageSchema },
});

/** Confirmed shifts (`ShiftsResult`). */
export const shiftsSchema = object({
  shifts: {
    type: 'array',
    items: object({
      party: text, issue: text, date: isoDate, firstSeen: isoDate, change: { type: 'string', enum: ['stance', 'strength'] },
      from: positionState, to: positionState, before: evidenceRefs, after: evidenceRefs,
    }),
  },
  messages: { type: 'array', items: messageSchema },
});

/** Consistency scores (`ConsistencyResult`). */
export const consistencySchema = object({
  parties: {
    type: 'array',
    items: object({
      party: text, overall: optionalNumber, comparisons: { type: 'integer' },
      issues: {
        type: 'array',
        items: object({
          issue: text, score: optionalNumber, statements: { type: 'integer' }, comparisons: { type: 'integer' },
          stanceChanges: { type: 'integer' }, strengthChanges: { type: 'integer' }, support: evidenceRefs,
        }),
      },
    }),
  },
  messages: { type: 'array', items: messageSchema },
});

const relationSchema = object({ type: { type: 'string', enum: ['excludes', 'implies'] }, from: text, to: text, note: text }, ['type', 'from', 'to']);

/** Collisions (`CollisionsResult`). */
export const collisionsSchema = object({
  collisions: {
    type: 'array',
    items: object({
      issues: strings, parties: strings, level: { type: 'string', enum: ['red_line', 'firm'] },
      sides: { type: 'array', items: partyPositionSchema }, relations: { type: 'array', items: relationSchema },
    }),
  },
});

const propositionValueSchema = object({
  issue: text, value: { type: ['boolean', 'null'] }, source: { type: 'string', enum: ['deal', 'relation', 'open'] },
  relations: { type: 'array', items: relationSchema },
});
const positionOutcomes = {
  type: 'array',
  items: object({
    ...partyPositionFields,
    outcome: { type: 'string', enum: ['satisfied', 'violated', 'open', 'moot'] },
    value: propositionValueSchema, conditionValues: { type: 'array', items: propositionValueSchema },
  }),
} as const;
const outcomeGroups = object({ violated: positionOutcomes, satisfied: positionOutcomes, open: positionOutcomes, moot: positionOutcomes });

/** A deal's check (`DealCheck`). */
export const dealCheckSchema = object({
  values: { type: 'array', items: propositionValueSchema },
  parties: {
    type: 'array',
    items: object({
      party: text, redLinesKept: { type: 'boolean' },
      byStrength: object({ red_line: outcomeGroups, firm: outcomeGroups, soft: outcomeGroups }),
    }),
  },
  messages: { type: 'array', items: messageSchema },
});

const assignmentsSchema = { type: 'object', additionalProperties: { type: 'boolean' } } as const;
const dealSchema = object({ assignments: assignmentsSchema });

/** A deal search (`DealSearch`). */
export const dealSearchSchema = object({
  feasible: { type: 'boolean' },
  deal: { anyOf: [dealSchema, { type: 'null' }] },
  redLines: { type: 'array', items: partyPositionSchema },
  correctionSets: {
    type: 'array',
    items: object({ size: { type: 'integer' }, redLines: { type: 'array', items: partyPositionSchema }, parties: strings, deal: dealSchema }),
  },
  complete: { type: 'boolean' },
});

/** The record filters a deal body takes, as the analysis query strings do: a date window, outlets, a mode, no state media, reviews. */
const dealFilterFields = { since: isoDate, until: isoDate, outlets: strings, mode, excludeStateMedia: { type: 'boolean' }, ...reviewFilters };

/** The body of `POST /api/deals/check`. */
export const dealCheckBodySchema = object({ assignments: assignmentsSchema, ...dealFilterFields }, ['assignments']);

/** The body of `POST /api/deals/search`; `fixed` propositions keep the value given whatever it costs. */
export const dealSearchBodySchema = object({
  parties: strings, fixed: assignmentsSchema, limit: { type: 'integer', minimum: 1, maximum: 100 }, ...dealFilterFields,
}, []);

/**
 * Filters shared by the analysis routes: a date window, outlets (`outlet` repeated for several), a reporting
 * mode, whether to leave out the outlets the pack lists as state media, and the review filters.
 */
export const analysisQuerySchema = object({
  since: isoDate, until: isoDate, outlet: { type: 'array', items: text }, mode, excludeStateMedia: { type: 'boolean' }, ...reviewFilters,
}, []);

/** The outlets of the stored positions (`GET /api/outlets`), with whose state media each is. */
export const outletsSchema = object({
  outlets: { type: 'array', items: object({ outlet: text, positions: { type: 'integer' }, stateMediaOf: text }, ['outlet', 'positions']) },
});

/** The `positions` filters, as in the CLI. */
export const positionsQuerySchema = object({
  party: text, issue: text, stance, strength, since: isoDate, until: isoDate, outlet: text, mode, ...reviewFilters,
  duplicates: { type: 'boolean', default: true },
  limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
  afterId: text,
}, []);

/** One line of a document listing (`DocumentSummary`). */
export const documentSummarySchema = object({
  id: text, name: text, url: text, date: isoDate, outlet: text, title: text, version: { type: 'integer' },
  duplicateOf: text, positionCount: { type: 'integer' },
}, ['id', 'name', 'version', 'positionCount']);

/** A document's metadata and text as the evidence panel shows it; `stateMediaOf` names the party whose state media published it. */
export const documentViewSchema = object({
  id: text, name: text, title: text, date: isoDate, url: text, outlet: text, stateMediaOf: text, text,
}, ['id', 'name', 'text']);

/** A document with its positions. */
export const documentWithPositionsSchema = object({
  document: documentViewSchema, positions: { type: 'array', items: positionRecordSchema },
});

/** The body of `POST /api/documents`: pasted text with optional metadata, or only a URL to fetch. */
export const ingestBodySchema = {
  ...object({ text: { type: 'string', minLength: 1 }, title: text, url: { type: 'string', pattern: '^https?://' }, date: isoDate }, []),
  anyOf: [{ required: ['text'] }, { required: ['url'] }],
};

/** The reply to an ingest: what the pipeline did with each document read, with their positions. */
export const ingestReplySchema = object({
  items: {
    type: 'array',
    items: object({
      source: text, status: text, documentId: text, positions: { type: 'integer' }, reason: text, duplicateOf: text, similarity: { type: 'number' },
    }, ['source', 'status', 'positions']),
  },
  documents: { type: 'array', items: documentWithPositionsSchema },
});

/** Evidence records with their documents, for the evidence panel. */
export const evidenceReplySchema = object({
  items: { type: 'array', items: object({ record: positionRecordSchema, document: documentViewSchema }, ['record']) },
});

/** The active pack, as the dashboard needs it. */
export const packSchema = object({
  id: text, name: text, version: text,
  parties: { type: 'array', items: object({ id: text, name: text, stateMedia: strings }) },
  issues: { type: 'array', items: object({ id: text, proposition: text }) },
  relations: { type: 'array', items: relationSchema },
});

const reviewFieldsProperties = {
  holder: text, issue: text, stance, strength, mode, speaker: text, intermediary: text, conditions: strings,
} as const;

/** The fields a correction replaces (`ReviewFields`). */
export const reviewFieldsSchema = { ...object(reviewFieldsProperties, []), minProperties: 1 };

const reviewTargetSchema = object({
  documentId: text, holder: text, issue: text, stance, evidence: object({ start: { type: 'integer' }, end: { type: 'integer' } }),
});
const verdict = { type: 'string', enum: [...VERDICTS] } as const;

/** A stored review (`Review`). */
export const reviewSchema = object({
  id: text, target: reviewTargetSchema, doc: text, evidence: evidenceSchema, reviewer: text, verdict,
  fields: object(reviewFieldsProperties, []), note: text, at: text,
  document: object({ date: isoDate, url: text, title: text, outlet: text, duplicateOf: text, replaced: { type: 'boolean' } }, ['replaced']),
});

const reviewSnapshotSchema = object({ target: reviewTargetSchema, reviewer: text, verdict, fields: object(reviewFieldsProperties, []), note: text, at: text });

/** One change of the audit log (`ReviewChange`). */
export const reviewChangeSchema = object({
  id: text, reviewer: text, action: { type: 'string', enum: ['review', 'undo'] }, reviewId: text,
  before: reviewSnapshotSchema, after: reviewSnapshotSchema, at: text, undoneAt: text,
}, ['id', 'reviewer', 'action', 'reviewId', 'at']);

/** The body of `POST /api/reviews`: a verdict on a position by its id. */
export const reviewBodySchema = {
  ...object({ positionId: { type: 'string', minLength: 1 }, verdict: { type: 'string', enum: ['confirmed', 'rejected', 'corrected'] }, fields: reviewFieldsSchema, note: text }, ['positionId', 'verdict']),
  // A correction names what it corrects; a confirmation or rejection changes nothing.
  if: { properties: { verdict: { const: 'corrected' } } }, then: { required: ['fields'] }, else: { not: { required: ['fields'] } },
};

/** The body of `POST /api/reviews/added`: a position the extractor missed, by its document and evidence offsets. */
export const addedReviewBodySchema = object({
  documentId: { type: 'string', minLength: 1 }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 1 },
  ...reviewFieldsProperties, note: text,
}, ['documentId', 'start', 'end', 'holder', 'issue', 'stance']);

/** The review queue (`QueueItem[]`). */
export const reviewQueueSchema = {
  type: 'array',
  items: object({ record: positionRecordSchema, reasons: { type: 'array', items: { type: 'string', enum: ['red line', 'collision', 'shift'] } } }),
};
