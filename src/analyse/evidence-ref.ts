/** How a record is cited in results, and which document it counts as. */
import type { PositionRecord } from '../core/index.ts';
import type { EvidenceRef } from './types.ts';

/** The citation of one record: its id, document, date, mode, speaker and evidence span. */
export function evidenceRef(record: PositionRecord): EvidenceRef {
  return {
    recordId: record.id,
    doc: record.doc,
    ...(record.duplicateOf === undefined ? {} : { duplicateOf: record.duplicateOf }),
    ...(record.date === undefined ? {} : { date: record.date }),
    mode: record.mode,
    speaker: record.speaker,
    evidence: record.evidence,
  };
}

/** The document a record counts for: near-duplicates of one story all count as the original. */
export function documentKey(record: PositionRecord): string {
  return record.duplicateOf ?? record.doc;
}
