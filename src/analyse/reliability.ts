/** Source reliability: records rated by their outlet's Admiralty grade, and kept only from outlets rated well enough. */
import { RELIABILITIES, type PositionRecord, type Reliability } from '../core/index.ts';

/** Outlet host → grade. A host also rates its subdomains (`reuters.com` rates `uk.reuters.com`). */
export type SourceRatings = ReadonlyMap<string, Reliability>;

/** The grade of `outlet`: its own, else its nearest rated parent domain's; undefined when unrated. */
export function outletReliability(outlet: string, ratings: SourceRatings): Reliability | undefined {
  const labels = outlet.toLowerCase().replace(/^www\./, '').split('.');
  for (let start = 0; start < labels.length - 1; start++) {
    const rating = ratings.get(labels.slice(start).join('.'));
    if (rating !== undefined) return rating;
  }
  return undefined;
}

/** `records`, each with its outlet's grade where the ratings have one. */
export function rateRecords(records: readonly PositionRecord[], ratings: SourceRatings): PositionRecord[] {
  return records.map((record) => {
    const reliability = outletReliability(record.outlet, ratings);
    return reliability === undefined ? record : { ...record, reliability };
  });
}

/** The rated records graded `minimum` or better; an unrated outlet counts as F, "cannot be judged". */
export function reliableRecords(records: readonly PositionRecord[], minimum: Reliability): PositionRecord[] {
  const worst = RELIABILITIES.indexOf(minimum);
  return records.filter((record) => RELIABILITIES.indexOf(record.reliability ?? 'F') <= worst);
}
