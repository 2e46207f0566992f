/** Renders positions for people (a table per document) or machines (JSON, JSONL). */
import { counted, toPositionRow, type Position } from '../core/index.ts';

/** The output formats of commands that print positions. */
export type PositionFormat = 'table' | 'json' | 'jsonl';

const EXCERPT_LENGTH = 72;

/** Positions in the chosen format, ending with a newline (empty when there are none in jsonl). */
export function formatPositions(positions: readonly Position[], format: PositionFormat): string {
  if (format === 'jsonl') return positions.map((position) => `${JSON.stringify(toPositionRow(position))}\n`).join('');
  if (format === 'json') return `${JSON.stringify(positions.map(toPositionRow), null, 2)}\n`;
  return positionTable(positions);
}

function positionTable(positions: readonly Position[]): string {
  // No table at all rather than a blank line; the commands say on stderr why there is nothing.
  if (positions.length === 0) return '';
  const header = ['holder', 'stance', 'strength', 'issue', 'voice', 'evidence'];
  const rows = positions.map((p) => [
    p.holder,
    p.stance,
    p.strength,
    p.issue + (p.conditions.length > 0 ? ` (if ${p.conditions.join(', ')})` : ''),
    voice(p),
    excerpt(p.evidence.quote),
  ]);
  const byDoc = new Map<string, string[][]>();
  positions.forEach((p, i) => byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), rows[i] ?? []]));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const explained = (row: readonly string[]) => {
    const reasons = positions[rows.indexOf(row as string[])]?.explanation;
    return reasons ? [line(row), `    why: ${reasons.map(({ feature, weight }) => `${feature} ${weight >= 0 ? '+' : ''}${weight.toFixed(2)}`).join(', ')}`] : [line(row)];
  };
  return [...byDoc].map(([doc, docRows]) => [`${doc}: ${counted(docRows.length, 'position')}`, line(header), ...docRows.flatMap(explained)].join('\n')).join('\n\n') + '\n';
}

/** "Putin (characterized by Korotchenko)", "Zelensky (direct)", "(reported)". */
function voice(position: Position): string {
  const via = position.intermediary ? ` by ${position.intermediary}` : '';
  return `${position.speaker ? `${position.speaker} ` : ''}(${position.mode}${via})`;
}

function excerpt(quote: string): string {
  const flat = quote.replace(/\s+/gu, ' ');
  return flat.length <= EXCERPT_LENGTH ? `“${flat}”` : `“${flat.slice(0, EXCERPT_LENGTH - 1)}…”`;
}
