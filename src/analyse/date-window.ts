/** Whether a record's date falls in a window. */
import type { DateWindow } from './types.ts';

/**
 * Whether `date` lies in the inclusive window. An undated record lies in an unbounded window only,
 * since it cannot be placed before or after a bound.
 */
export function inWindow(date: string | undefined, { since, until }: DateWindow): boolean {
  if (since === undefined && until === undefined) return true;
  if (date === undefined) return false;
  return (since === undefined || date >= since) && (until === undefined || date <= until);
}
