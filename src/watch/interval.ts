/** Poll intervals written as people write them: `90s`, `15m`, `1h`, `1d`. */

const INTERVAL = /^([1-9]\d*)(s|m|h|d)$/;
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A watcher polls no source more often than this: news sites are not to be hammered. */
export const MIN_INTERVAL_MS = 60_000;
export const DEFAULT_INTERVAL = '15m';

/** Milliseconds of `15m`-style text, or undefined when it is not one. */
export function parseInterval(text: string): number | undefined {
  const match = INTERVAL.exec(text.trim());
  return match === null ? undefined : Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}
