/** The seed format's first line: ` date YYYY-MM-DD URL`, where the date may be `unknown`. */
import { isCalendarDate } from './iso-date.ts';

/** What a valid header says. */
export interface SeedHeader {
  readonly date?: string;
  readonly url: string;
}

/** A line that starts like a header (after an optional BOM), valid or not. */
const HEADER_START = /^\uFEFF?\s?date(?:\s|$)/;
const HEADER = /^\uFEFF? date (\S+)(?: (\S+))?\s*$/;

/** True when `firstLine` is meant as a seed header, even a malformed one. */
export function looksLikeSeedHeader(firstLine: string): boolean {
  return HEADER_START.test(firstLine);
}

/** The header's date and URL, or the reason `firstLine` is not a valid header. */
export function parseSeedHeader(firstLine: string): SeedHeader | { readonly problem: string } {
  const match = HEADER.exec(firstLine);
  if (match === null) return { problem: 'seed header must read " date YYYY-MM-DD URL"' };
  const [, date = '', url] = match;
  if (date !== 'unknown' && !isCalendarDate(date)) return { problem: `seed header has an invalid date "${date}"` };
  if (url === undefined) return { problem: 'seed header has no URL' };
  if (!/^https?:\/\/[^\s/]+/i.test(url)) return { problem: `seed header has an invalid URL "${url}"` };
  return date === 'unknown' ? { url } : { date, url };
}
