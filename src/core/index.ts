/** What other layers may import from core. */
export * from './types.ts';
export * from './review.ts';
export { toPositionRow, type PositionRow } from './position-row.ts';
export { runScanner } from './char-runs.ts';
export { counted } from './counted.ts';
export { CSV_COLUMNS, csvField, positionCsvRow, positionsCsvRows } from './position-csv.ts';
export { inWindow } from './date-window.ts';
