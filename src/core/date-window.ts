/** Whether a date falls in a window: the one rule analysis and the dashboard's own lists share. */

/**
 * Whether `date` lies in the inclusive window. An undated record lies in an unbounded window only,
 * since it cannot be placed before or after a bound.
 */
export function inWindow(date: string | undefined, { since, until }: { readonly since?: string; readonly until?: string }): boolean {
  if (since === undefined && until === undefined) return true;
  if (date === undefined) return false;
  return (since === undefined || date >= since) && (until === undefined || date <= until);
}
