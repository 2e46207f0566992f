/** Turns the date notations found in inputs into the ISO `YYYY-MM-DD` that `Doc.date` holds. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The day of an ISO date or timestamp (kept as written, so a local publication day is not shifted
 * by time zones), or of an RFC 822 feed date; undefined when nothing parses.
 */
export function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  const day = trimmed.slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(trimmed)) return isCalendarDate(day) ? day : undefined;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}
