/** From what an analyst points at (a position id, a document and a span) to what a review attaches to. */
import type { Pack, PositionRecord, ReviewFields, ReviewTarget } from '../core/index.ts';
import { MODES, STANCES, STRENGTHS } from '../core/index.ts';
import type { Store } from '../store/index.ts';

/** An added position's record id: `added-<review id>`. */
const ADDED_ID = /^added-(\d+)$/;

/**
 * The identity a review of position `id` attaches to: a stored position's own identity (before any correction,
 * so a second correction replaces the first), or the identity an analyst gave an added one. Undefined when unknown.
 */
export async function reviewTargetOf(store: Store, id: string): Promise<ReviewTarget | undefined> {
  const added = ADDED_ID.exec(id);
  if (added) return (await store.listReviews()).find((review) => review.id === added[1] && review.verdict === 'added')?.target;
  if (!/^\d+$/.test(id)) return undefined;
  const [record] = await store.queryPositions({ afterId: String(Number(id) - 1), limit: 1 });
  return record?.id === id ? targetOfRecord(record) : undefined;
}

/** A stored record's identity. */
export function targetOfRecord(record: PositionRecord): ReviewTarget {
  const { documentId, holder, issue, stance, evidence } = record;
  return { documentId, holder, issue, stance, evidence: { start: evidence.start, end: evidence.end } };
}

/** Why fields given for a correction or an addition do not fit the pack, naming the field; undefined when they fit. */
export function reviewFieldsProblem(fields: ReviewFields, pack: Pack): string | undefined {
  const parties = pack.parties.map((party) => party.id);
  const issues = pack.issues.map((issue) => issue.id);
  const oneOf = (name: string, value: string | undefined, allowed: readonly string[]) => (value === undefined || allowed.includes(value)
    ? undefined : `${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return oneOf('holder', fields.holder, parties)
    ?? oneOf('issue', fields.issue, issues)
    ?? oneOf('stance', fields.stance, STANCES)
    ?? oneOf('strength', fields.strength, STRENGTHS)
    ?? oneOf('mode', fields.mode, MODES)
    ?? fields.conditions?.map((condition) => oneOf('conditions', condition, issues)).find((problem) => problem !== undefined);
}

/** Where `quote` stands in `text`: its only occurrence, or the reason it cannot be placed. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | string {
  const start = text.indexOf(quote);
  if (quote === '' || start === -1) return 'evidence: the quote does not occur in the document';
  if (text.indexOf(quote, start + 1) !== -1) return 'evidence: the quote occurs more than once in the document; give --start and --end';
  return { start, end: start + quote.length };
}
