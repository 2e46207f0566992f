/** The position routes: stored positions by the CLI's filters, and evidence with the documents it quotes. */
import type { FastifyInstance } from 'fastify';
import { inWindow, STANCES, STRENGTHS, type Stance, type Strength } from '../../core/index.ts';
import { reviewedPositions } from '../../review/index.ts';
import type { PositionFilter } from '../../store/index.ts';
import { loadRecords, recordFilter, type AnalysisQuery, type ApiContext, type RecordFilter } from '../api-context.ts';
import { documentView, stateMediaParty } from '../document-view.ts';
import { analysisQuerySchema, errorSchema, evidenceReplySchema, outletsSchema, positionRecordSchema, positionsQuerySchema } from '../schemas.ts';

interface PositionsQuery extends Omit<PositionFilter, 'excludeDuplicates' | 'limit' | 'afterId'>, Pick<RecordFilter, 'reviewed' | 'reviewer'> {
  readonly duplicates: boolean;
  readonly limit: number;
  readonly afterId?: string;
}

/** Which records `GET /api/evidence` returns: those cited by id, or those of one state under the analysis filters. */
interface EvidenceQuery extends AnalysisQuery {
  readonly party: string;
  readonly issue: string;
  /** Comma-separated record ids, as analysis results cite them. */
  readonly ids?: string;
  readonly stance?: Stance;
  readonly strength?: Strength;
}

/** Registers `GET /api/positions`, `GET /api/evidence` and `GET /api/outlets`. */
export function positionRoutes(app: FastifyInstance, { store, pack, directory }: ApiContext): void {
  app.get<{ Querystring: PositionsQuery }>('/api/positions', {
    config: { expensive: true },
    schema: {
      summary: 'Stored positions with reviews applied, filtered like `redlines positions`, in id order, a page of `limit` at a time: the next page starts afterId = the last id',
      tags: ['positions'], querystring: positionsQuerySchema,
      response: { 200: { type: 'array', items: positionRecordSchema }, 400: errorSchema },
    },
  }, async ({ query: { duplicates, reviewed = false, reviewer, ...filter } }) =>
    reviewedPositions(store, { ...filter, excludeDuplicates: !duplicates }, { reviewedOnly: reviewed, ...(reviewer === undefined ? {} : { reviewer }) }));

  app.get<{ Querystring: EvidenceQuery }>('/api/evidence', {
    config: { expensive: true },
    schema: {
      summary: 'Records of one party and issue with the document text their evidence indexes: those cited (ids), or those of one stance and strength under the analysis filters (a matrix cell\'s other states)',
      tags: ['positions'],
      querystring: {
        type: 'object',
        properties: {
          ...(analysisQuerySchema as { properties: object }).properties,
          party: { type: 'string' }, issue: { type: 'string' }, ids: { type: 'string', pattern: '^[^,]+(,[^,]+)*$' },
          stance: { type: 'string', enum: [...STANCES] }, strength: { type: 'string', enum: [...STRENGTHS] },
        },
        required: ['party', 'issue'],
        anyOf: [{ required: ['ids'] }, { required: ['stance', 'strength'] }],
        additionalProperties: false,
      },
      response: { 200: evidenceReplySchema, 400: errorSchema },
    },
  }, async ({ query: { party, issue, ids, stance, strength, since, until, ...filter } }) => {
    const wanted = ids === undefined ? undefined : new Set(ids.split(','));
    const records = wanted === undefined
      ? (await loadRecords(store, pack, recordFilter(filter))).filter((record) => record.holder === party && record.issue === issue
        && record.stance === stance && record.strength === strength && inWindow(record.date, { since, until }))
      : (await reviewedPositions(store, { party, issue })).filter((record) => wanted.has(record.id));
    const items = await Promise.all(records.map(async (record) => {
      const stored = await directory.find(record.doc, record.evidence);
      return stored === undefined ? { record } : { record, document: documentView(stored, pack) };
    }));
    return { items };
  });

  app.get('/api/outlets', {
    schema: {
      summary: 'Every outlet the stored positions come from, most positions first, with whose state media it is',
      tags: ['positions'], response: { 200: outletsSchema },
    },
  }, async () => {
    const counts = new Map<string, number>();
    for (const record of await store.queryPositions()) if (record.outlet !== '') counts.set(record.outlet, (counts.get(record.outlet) ?? 0) + 1);
    const outlets = [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)).map(([outlet, positions]) => {
      const stateMediaOf = stateMediaParty(outlet, pack);
      return { outlet, positions, ...(stateMediaOf === undefined ? {} : { stateMediaOf }) };
    });
    return { outlets };
  });
}
