/** The matrix's columns: which parties, in which order; the default is the parties with most positions, as many as fit. */
import { h, type ComponentChild } from 'preact';
import type { MatrixResult } from '../analyse/index.ts';

/** The matrix's parties, most cited records first (ties by id). */
export function partiesByPositions(matrix: MatrixResult): string[] {
  const counts = new Map<string, number>();
  for (const cell of matrix.cells) counts.set(cell.party, (counts.get(cell.party) ?? 0) + cell.supportCount);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).map(([party]) => party);
}

/** Below this width the page is laid out for a phone (the same bound as styles.css). */
export const PHONE_WIDTH = 700;

/**
 * How many party columns fit beside the issue column at this width without scrolling sideways. The sizes are the
 * ones styles.css gives the matrix: on wide screens an issue column of 28% of the screen (9–22 rem) and cells of
 * 5.5 rem, with a scroll bar; on phones (below 700 px) a 7.5 rem issue column, 3.9 rem cells and less padding.
 */
export function columnsThatFit(width: number): number {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 15;
  const phone = width < PHONE_WIDTH;
  const issueColumn = phone ? 7.5 * rem : Math.min(Math.max(9 * rem, 0.28 * width), 22 * rem);
  const cell = (phone ? 3.9 : 5.5) * rem;
  const padding = phone ? 2 * (0.5 + 0.75) * rem + 4 : 4 * 0.75 * rem + 4 + 16;
  return Math.max(2, Math.floor((width - padding - issueColumn) / cell));
}

interface PartyPickerProps {
  /** Every party of the matrix, most positions first. */
  readonly available: readonly string[];
  readonly chosen: readonly string[];
  readonly partyName: (id: string) => string;
  /** The new columns; undefined goes back to the default. */
  readonly onChange: (parties: readonly string[] | undefined) => void;
}

/** A disclosure listing every party with a checkbox and buttons to move chosen ones left or right. */
export function PartyPicker({ available, chosen, partyName, onChange }: PartyPickerProps): ComponentChild {
  const others = available.filter((party) => !chosen.includes(party));
  const move = (index: number, by: number) => {
    const next = [...chosen];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
  };
  return h('details', { class: 'party-picker' },
    h('summary', null, `Parties: ${chosen.length} of ${available.length}`),
    h('div', { class: 'popover' },
      h('ol', { class: 'picker-list', 'aria-label': 'parties shown, in order' },
        chosen.map((party, index) => h('li', { key: party, 'data-party': party },
          h('label', null, h('input', { type: 'checkbox', checked: true, onChange: () => onChange(chosen.filter((other) => other !== party)) }), ` ${partyName(party)}`),
          h('span', { class: 'order' },
            h('button', { type: 'button', class: 'small', disabled: index === 0, onClick: () => move(index, -1), 'aria-label': `move ${partyName(party)} left` }, '←'),
            h('button', { type: 'button', class: 'small', disabled: index === chosen.length - 1, onClick: () => move(index, 1), 'aria-label': `move ${partyName(party)} right` }, '→'))))),
      others.length > 0 && h('ul', { class: 'picker-list', 'aria-label': 'parties not shown' },
        others.map((party) => h('li', { key: party, 'data-party': party },
          h('label', null, h('input', { type: 'checkbox', checked: false, onChange: () => onChange([...chosen, party]) }), ` ${partyName(party)}`)))),
      h('button', { type: 'button', class: 'link', onClick: () => onChange(undefined) }, 'default choice')));
}
