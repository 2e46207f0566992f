/** Words and classes the views share for stances, strengths, modes and issue families, so every panel says them alike. */
import type { Mode, Stance, Strength } from '../core/types.ts';

/** How a stance reads in a cell and in lists. */
export const STANCE_LABEL: Readonly<Record<Stance, string>> = { demand: 'demands', reject: 'rejects', accept: 'accepts' };

/** How a strength reads. */
export const STRENGTH_LABEL: Readonly<Record<Strength, string>> = { red_line: 'red line', firm: 'firm', soft: 'soft' };

/** How a mode badge reads. */
export const MODE_LABEL: Readonly<Record<Mode, string>> = { direct: 'direct', reported: 'reported', characterized: 'characterized' };

/** A stance and strength in words: "rejects (red line)". */
export function describeState({ stance, strength }: { stance: Stance; strength: Strength }): string {
  return `${STANCE_LABEL[stance]} (${STRENGTH_LABEL[strength]})`;
}

/** An issue's family: the part of its id before the dot (`territory` for `territory.recognize_annexation`). */
export function familyOf(issue: string): string {
  const dot = issue.indexOf('.');
  return dot === -1 ? issue : issue.slice(0, dot);
}

/** A family as a heading: "Territory". */
export function familyLabel(family: string): string {
  return family.charAt(0).toUpperCase() + family.slice(1).replaceAll('_', ' ');
}
