/** What other layers may import from eval: gold files, scoring and its rendering. */
export { formatScore, type FormatScoreOptions } from './format-score.ts';
export { tupleKey, type GoldPosition, type PredictedPosition } from './gold-position.ts';
export { loadGold } from './load-gold.ts';
export { parseGold } from './parse-gold.ts';
export { occurrencesOf } from './evidence-overlaps.ts';
export { score, type Agreement, type Counts, type DocumentScore, type IssueScore, type Match, type Score } from './score.ts';
