/** Orders used to weigh evidence and break ties deterministically. */
import type { Mode, Stance, Strength } from '../core/index.ts';

/** How much a mode of report weighs: the holder's own words over a paraphrase over a description by others. */
export const MODE_WEIGHT: Readonly<Record<Mode, number>> = { direct: 3, reported: 2, characterized: 1 };

/** How firm a strength is. */
export const STRENGTH_RANK: Readonly<Record<Strength, number>> = { red_line: 3, firm: 2, soft: 1 };

/** A fixed order of stances, for stable output only. */
export const STANCE_RANK: Readonly<Record<Stance, number>> = { demand: 3, reject: 2, accept: 1 };

/** Plain code-unit order, so results do not depend on the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
