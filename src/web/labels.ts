/** Words and classes the views share for stances, strengths and modes, so every panel says them alike. */
import type { Mode, Stance, Strength } from '../core/types.ts';

/** How a stance reads in a cell and in lists. */
export const STANCE_LABEL: Readonly<Record<Stance, string>> = { demand: 'demands', reject: 'rejects', accept: 'accepts' };

/** How a strength reads. */
export const STRENGTH_LABEL: Readonly<Record<Strength, string>> = { red_line: 'red line', firm: 'firm', soft: 'soft' };

/** How a mode badge reads. */
export const MODE_LABEL: Readonly<Record<Mode, string>> = { direct: 'direct', reported: 'reported', characterized: 'characterized' };

/** A stance as a signed height for the timeline: demands above the axis, rejections below, firmer further out. */
export function stanceScore(stance: Stance, strength: Strength): number {
  const weight = { soft: 1, firm: 2, red_line: 3 }[strength];
  return stance === 'reject' ? -weight : stance === 'demand' ? weight : weight / 2;
}
