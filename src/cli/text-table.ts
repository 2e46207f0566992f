/** Plain-text tables and evidence excerpts for the commands that print results for people. */
import type { EvidenceRef, PartyPosition, PositionState } from '../analyse/index.ts';

const EXCERPT_LENGTH = 90;
// Evidence lines shown per position in text output; JSON output carries all of them.
const EVIDENCE_SHOWN = 3;

/** Rows under a header, columns padded to their widest cell and separated by two spaces. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** A quote on one line, in quotation marks, cut to a readable length. */
export function excerpt(quote: string, length = EXCERPT_LENGTH): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  return flat.length <= length ? `“${flat}”` : `“${flat.slice(0, length - 1)}…”`;
}

/** `demand/red_line`: a state as one word. */
export function stateLabel({ stance, strength }: PositionState): string {
  return `${stance}/${strength}`;
}

/** `2025-05-19  doc.txt  characterized, Vladimir Putin  “…”`: where one piece of evidence comes from, and its words. */
export function evidenceLine({ date, statedOn, doc, duplicateOf, mode, speaker, evidence }: EvidenceRef): string {
  const source = duplicateOf === undefined ? doc : `${doc} (copy of document ${duplicateOf})`;
  // A statement the text dates shows that day first, with the phrase and the publication date behind it.
  const when = statedOn === undefined || statedOn.date === date ? date ?? 'undated' : `${statedOn.date} (“${statedOn.quote}”, published ${date ?? 'undated'})`;
  return `${when}  ${source}  ${mode}${speaker ? `, ${speaker}` : ''}  ${excerpt(evidence.quote)}`;
}

/** `ru demand/red_line territory.ukraine_withdraws (if ceasefire.immediate)`: a party's position on one line. */
export function positionLabel({ party, issue, stance, strength, conditions }: PartyPosition): string {
  return `${party} ${stateLabel({ stance, strength })} ${issue}${conditions.length > 0 ? ` (if ${conditions.join(', ')})` : ''}`;
}

/** The first few evidence lines of a position, indented, and how many more the JSON output holds. */
export function supportLines(support: readonly EvidenceRef[], indent: string): string {
  const shown = support.slice(0, EVIDENCE_SHOWN).map((ref) => `${indent}${evidenceLine(ref)}\n`).join('');
  const more = support.length - EVIDENCE_SHOWN;
  return more > 0 ? `${shown}${indent}… ${more} more (--format json lists them all)\n` : shown;
}
