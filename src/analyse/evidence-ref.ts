/** How a record is cited in results, and which document it counts as. */
import type { PositionRecord } from '../core/index.ts';
import type { EvidenceRef } from './types.ts';

/** The citation of one record: its id, document, date, mode, speaker and evidence span. */
export function evidenceRef(record: PositionRecord): EvidenceRef {
  // Built field by field rather than with spreads: the matrix cites up to a million records.
  const ref: { -readonly [K in keyof EvidenceRef]: EvidenceRef[K] } = {
    recordId: record.id, doc: record.doc, mode: record.mode, speaker: record.speaker, evidence: record.evidence,
  };
  if (record.duplicateOf !== undefined) ref.duplicateOf = record.duplicateOf;
  if (record.date !== undefined) ref.date = record.date;
  if (record.review !== undefined) ref.review = record.review.status;
  if (record.statedOn !== undefined) ref.statedOn = record.statedOn;
  if (record.reliability !== undefined) ref.reliability = record.reliability;
  return ref;
}

/** The document a record counts for: near-duplicates of one story all count as the original. */
export function documentKey(record: PositionRecord): string {
  return record.duplicateOf ?? record.doc;
}
