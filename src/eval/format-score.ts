/** Renders a score for people: headline figures, then the per-issue table; verbose adds what to tune. */
import type { GoldPosition, PredictedPosition } from './gold-position.ts';
import type { Agreement, Counts, Score } from './score.ts';

/** How much to show and the document texts that predicted evidence is quoted from. */
export interface FormatScoreOptions {
  readonly texts: ReadonlyMap<string, string>;
  /** Also list the per-document counts, each false positive, false negative and disagreement. */
  readonly verbose?: boolean;
}

const EXCERPT_LENGTH = 120;

/** The score as plain-text lines, figures to three decimals. */
export function formatScore(result: Score, { texts, verbose = false }: FormatScoreOptions): string {
  const { overall } = result;
  const lines = [
    `documents ${result.documents.length}   gold ${overall.gold}   predicted ${overall.predicted}`,
    `precision ${fixed(overall.precision)}   recall ${fixed(overall.recall)}   F1 ${fixed(overall.f1)}`,
    `TP ${overall.truePositives}   FP ${overall.falsePositives}   FN ${overall.falseNegatives}`,
    `strength agreement ${agreement(result.strength)}`,
    `mode agreement     ${agreement(result.mode)}`,
    `evidence overlap   ${agreement(result.evidence)}`,
    '',
    ...table('issue', result.byIssue.map((row) => [row.issue, row])),
  ];
  if (!verbose) return lines.join('\n');

  const quoteOf = (row: PredictedPosition) => excerpt(texts.get(row.doc)?.slice(row.evidence.start, row.evidence.end) ?? '');
  const disagreements = result.matches.filter((match) => !match.strengthAgrees || !match.modeAgrees);
  lines.push(
    '',
    ...table('document', result.byDocument.map((row) => [row.doc, row])),
    '',
    `false positives (${result.falsePositives.length})`,
    ...result.falsePositives.map((row) => `  ${describe(row)}  "${quoteOf(row)}"`),
    '',
    `false negatives (${result.falseNegatives.length})`,
    ...result.falseNegatives.map((row) => `  ${describe(row)}  "${excerpt(row.evidence)}"`),
    '',
    `strength or mode disagreements (${disagreements.length})`,
    ...disagreements.map(
      ({ gold, predicted }) =>
        `  ${describe(gold)}  predicted ${predicted.strength} ${predicted.mode}  "${quoteOf(predicted)}"`,
    ),
  );
  if (result.goldEvidenceNotFound.length > 0) {
    lines.push(
      '',
      `gold evidence not found in its document (${result.goldEvidenceNotFound.length})`,
      ...result.goldEvidenceNotFound.map((row) => `  ${describe(row)}  "${excerpt(row.evidence)}"`),
    );
  }
  return lines.join('\n');
}

function table(label: string, rows: readonly (readonly [string, Counts])[]): string[] {
  const width = Math.max(label.length, ...rows.map(([name]) => name.length));
  const header = [label.padEnd(width), 'gold', 'pred', 'TP', 'P', 'R', 'F1'];
  const cell = (value: string, index: number) => (index === 0 ? value : value.padStart(index < 4 ? 5 : 6));
  return [
    header.map(cell).join(' '),
    ...rows.map(([name, counts]) =>
      [name.padEnd(width), String(counts.gold), String(counts.predicted), String(counts.truePositives), fixed(counts.precision), fixed(counts.recall), fixed(counts.f1)]
        .map(cell)
        .join(' '),
    ),
  ];
}

function describe(row: GoldPosition | PredictedPosition): string {
  return `${row.doc}  ${row.holder} ${row.stance} ${row.issue} (${row.strength}, ${row.mode})`;
}

function agreement({ rate, agreed, of }: Agreement): string {
  return `${fixed(rate)} (${agreed}/${of})`;
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1)}…`;
}
