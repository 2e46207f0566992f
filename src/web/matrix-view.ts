/** The matrix: issues down, parties across; colour by stance, depth by strength, a flag where evidence disagrees. */
import { h, type ComponentChild } from 'preact';
import type { MatrixCell, MatrixResult } from '../analyse/index.ts';
import { STANCE_LABEL, STRENGTH_LABEL } from './labels.ts';
import { ReviewCoverage } from './review-queue.ts';

interface MatrixViewProps {
  readonly matrix: MatrixResult | undefined;
  readonly partyName: (id: string) => string;
  readonly proposition: (id: string) => string;
  readonly selected: MatrixCell | undefined;
  readonly onSelect: (cell: MatrixCell) => void;
}

/** The matrix table; every filled cell is a button that opens its evidence. */
export function MatrixView({ matrix, partyName, proposition, selected, onSelect }: MatrixViewProps): ComponentChild {
  if (!matrix) return h('div', { class: 'matrix-placeholder', 'aria-busy': 'true' }, 'Loading the matrix…');
  if (matrix.cells.length === 0) return h('p', { class: 'matrix-placeholder' }, 'No positions match these filters.');
  const byKey = new Map(matrix.cells.map((cell) => [`${cell.party}|${cell.issue}`, cell]));
  return h('div', { class: 'matrix-scroll' },
    h('table', { class: 'matrix' },
      h('caption', { class: 'visually-hidden' }, 'Positions of each party on each issue'),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Issue'),
        matrix.parties.map((party) => h('th', { scope: 'col', key: party, title: partyName(party) }, partyName(party))))),
      h('tbody', null, matrix.issues.map((issue) => h('tr', { key: issue },
        h('th', { scope: 'row', title: issue }, proposition(issue)),
        matrix.parties.map((party) => {
          const cell = byKey.get(`${party}|${issue}`);
          return h('td', { key: party }, cell && h(CellButton, {
            cell, pressed: cell === selected, label: `${partyName(party)} on ${proposition(issue)}`, onSelect,
          }));
        }))))));
}

function CellButton({ cell, pressed, label, onSelect }: { cell: MatrixCell; pressed: boolean; label: string; onSelect: (cell: MatrixCell) => void }): ComponentChild {
  const summary = `${STANCE_LABEL[cell.stance]}, ${STRENGTH_LABEL[cell.strength]}, ${cell.documents} document${cell.documents === 1 ? '' : 's'}`
    + (cell.disagreement ? ', evidence disagrees' : '') + (cell.wellAttested ? '' : ', not yet well attested');
  return h('button', {
    type: 'button',
    class: `cell stance-${cell.stance} strength-${cell.strength}${cell.wellAttested ? '' : ' tentative'}`,
    'aria-pressed': pressed,
    'aria-label': `${label}: ${summary}`,
    title: summary,
    'data-party': cell.party,
    'data-issue': cell.issue,
    onClick: () => onSelect(cell),
  },
  h('span', { class: 'cell-stance' }, STANCE_LABEL[cell.stance]),
  h('span', { class: 'cell-strength' }, STRENGTH_LABEL[cell.strength]),
  cell.disagreement && h('span', { class: 'disagrees', 'aria-hidden': 'true', title: 'evidence disagrees' }, '⚑'),
  h(ReviewCoverage, { cell }));
}
