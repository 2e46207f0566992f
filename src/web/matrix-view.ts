/**
 * The matrix: issues down, grouped by family and foldable; the chosen parties across; colour by stance, depth by
 * strength, a flag where evidence disagrees. The issue column and the party header stay in view while scrolling.
 */
import { h, type ComponentChild } from 'preact';
import type { MatrixCell, MatrixResult } from '../analyse/index.ts';
import { csvText } from './download.ts';
import { familyLabel, familyOf, STANCE_LABEL, STRENGTH_LABEL } from './labels.ts';
import type { CellKey } from './url-state.ts';
import { ReviewCoverage } from './review-queue.ts';

interface MatrixViewProps {
  readonly matrix: MatrixResult;
  /** The columns, in order. */
  readonly parties: readonly string[];
  /** Every issue of the pack, in its order; those without a cell are left out. */
  readonly issueOrder: readonly string[];
  readonly folded: readonly string[];
  readonly partyName: (id: string) => string;
  readonly proposition: (id: string) => string;
  readonly selected: CellKey | undefined;
  readonly onSelect: (cell: MatrixCell) => void;
  readonly onFold: (folded: readonly string[]) => void;
}

/** The issues of the matrix by family, in the pack's order (issues the pack does not name last, by id). */
export function issueFamilies(issues: readonly string[], issueOrder: readonly string[]): [string, string[]][] {
  const present = new Set(issues);
  const ordered = [...issueOrder.filter((issue) => present.has(issue)), ...issues.filter((issue) => !issueOrder.includes(issue)).sort()];
  const families = new Map<string, string[]>();
  for (const issue of ordered) {
    const family = familyOf(issue);
    families.set(family, [...(families.get(family) ?? []), issue]);
  }
  return [...families];
}

/** The matrix table; every filled cell is a button that opens its evidence. */
export function MatrixView({ matrix, parties, issueOrder, folded, partyName, proposition, selected, onSelect, onFold }: MatrixViewProps): ComponentChild {
  if (matrix.cells.length === 0) return h('p', { class: 'matrix-placeholder' }, 'No positions match these filters.');
  const byKey = new Map(matrix.cells.map((cell) => [`${cell.party}|${cell.issue}`, cell]));
  const toggle = (family: string) => onFold(folded.includes(family) ? folded.filter((other) => other !== family) : [...folded, family]);
  return h('div', { class: 'matrix-scroll', tabIndex: -1 },
    h('table', { class: 'matrix', style: { '--columns': parties.length } },
      h('caption', { class: 'visually-hidden' }, 'Positions of each party on each issue'),
      h('colgroup', null, h('col', { class: 'issue-col' }), parties.map((party) => h('col', { key: party, class: 'party-col' }))),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col', class: 'corner' }, 'Issue'),
        parties.map((party) => h('th', { scope: 'col', key: party, title: partyName(party), 'data-party': party }, partyName(party))))),
      issueFamilies(matrix.issues, issueOrder).map(([family, issues]) => {
        const open = !folded.includes(family);
        return h('tbody', { key: family, class: 'family', 'data-family': family },
          h('tr', { class: 'family-row' },
            h('th', { scope: 'rowgroup', colSpan: parties.length + 1 },
              h('button', { type: 'button', class: 'fold', 'aria-expanded': open, onClick: () => toggle(family) },
                `${open ? '▾' : '▸'} ${familyLabel(family)} `, h('span', { class: 'hint' }, `${issues.length} issue${issues.length === 1 ? '' : 's'}`)))),
          open && issues.map((issue) => h('tr', { key: issue },
            h('th', { scope: 'row', title: issue }, proposition(issue)),
            parties.map((party) => {
              const cell = byKey.get(`${party}|${issue}`);
              return h('td', { key: party }, cell && h(CellButton, {
                cell, pressed: selected?.party === party && selected.issue === issue, label: `${partyName(party)} on ${proposition(issue)}`, onSelect,
              }));
            }))));
      })));
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
  cell.disagreement && h('span', { class: 'disagrees', 'aria-hidden': 'true' }, '⚑'),
  h(ReviewCoverage, { cell }));
}

/** The shown matrix as CSV: one row per filled cell of the chosen parties, in the table's order. */
export function matrixCsv(matrix: MatrixResult, parties: readonly string[], issueOrder: readonly string[], partyName: (id: string) => string, proposition: (id: string) => string): string {
  const byKey = new Map(matrix.cells.map((cell) => [`${cell.party}|${cell.issue}`, cell]));
  const rows = issueFamilies(matrix.issues, issueOrder).flatMap(([, issues]) => issues.flatMap((issue) => parties.flatMap((party) => {
    const cell = byKey.get(`${party}|${issue}`);
    return cell === undefined ? [] : [[
      issue, proposition(issue), party, partyName(party), cell.stance, cell.strength, cell.documents, String(cell.wellAttested),
      String(cell.disagreement), cell.latestDate, cell.alternatives.map((other) => `${other.stance}/${other.strength}:${other.documents}`).join(';'),
    ]];
  })));
  return csvText(['issue', 'proposition', 'party', 'party_name', 'stance', 'strength', 'documents', 'well_attested', 'disagreement', 'latest_date', 'alternatives'], rows);
}
