/** The final summary of a batch, printed whether or not a terminal is attached. */
import { counted } from '../core/index.ts';
import type { IngestCounts } from '../store/index.ts';

/** One line: totals by outcome, time and throughput. */
export function formatSummary(counts: IngestCounts, seconds: number): string {
  const total = counts.new + counts.unchanged + counts.newVersion + counts.nearDuplicate + counts.failed;
  const rate = seconds > 0 ? Math.round(total / seconds) : 0;
  return `${counted(total, 'document')}: ${counts.new} new, ${counts.unchanged} unchanged, ${counted(counts.newVersion, 'new version')}, `
    + `${counted(counts.nearDuplicate, 'near-duplicate')}, ${counts.failed} failed `
    + `(${seconds.toFixed(1)} s, ${rate} docs/s)`;
}
