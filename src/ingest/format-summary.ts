/** The final summary of a batch, printed whether or not a terminal is attached. */
import type { IngestCounts } from '../store/index.ts';

/** One line: totals by outcome, time and throughput. */
export function formatSummary(counts: IngestCounts, seconds: number): string {
  const total = counts.new + counts.unchanged + counts.newVersion + counts.nearDuplicate + counts.failed;
  const rate = seconds > 0 ? Math.round(total / seconds) : 0;
  return `${total} documents: ${counts.new} new, ${counts.unchanged} unchanged, ${counts.newVersion} new version${counts.newVersion === 1 ? '' : 's'}, `
    + `${counts.nearDuplicate} near-duplicate${counts.nearDuplicate === 1 ? '' : 's'}, ${counts.failed} failed `
    + `(${seconds.toFixed(1)} s, ${rate} docs/s)`;
}
