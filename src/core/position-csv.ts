/** Positions as CSV, the columns `redlines export` writes and the dashboard downloads. */
import type { PositionRecord } from './types.ts';

/** The CSV columns, in order: the position, then its document's metadata. */
export const CSV_COLUMNS = [
  'id', 'doc', 'date', 'outlet', 'url', 'title', 'holder', 'issue', 'stance', 'strength', 'mode', 'speaker', 'intermediary',
  'conditions', 'evidence', 'evidence_start', 'evidence_end', 'confidence', 'extractor', 'duplicate_of',
] as const;

/** Positions as CSV rows (without the header), quoted per RFC 4180; conditions are joined with `;`. */
export function positionsCsvRows(records: readonly PositionRecord[]): string {
  return records.map((r) => `${positionCsvRow(r).map(csvField).join(',')}\n`).join('');
}

/** One position's fields in the order of CSV_COLUMNS; conditions are joined with `;`. */
export function positionCsvRow(r: PositionRecord): readonly (string | number | undefined)[] {
  return [
    r.id, r.doc, r.date, r.outlet, r.url, r.title, r.holder, r.issue, r.stance, r.strength, r.mode, r.speaker, r.intermediary,
    r.conditions.join(';'), r.evidence.quote, r.evidence.start, r.evidence.end, r.confidence, r.extractor, r.duplicateOf,
  ];
}

/** One CSV field, quoted per RFC 4180 when it holds a quote, comma or line break. */
export function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
