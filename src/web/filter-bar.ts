/** The filters every view applies: a date window, any number of outlets, a reporting mode, and state media left out or not. */
import { h, type ComponentChild } from 'preact';
import type { Mode } from '../core/types.ts';
import { MODE_LABEL } from './labels.ts';
import type { Filters } from './url-state.ts';

/** An outlet as `GET /api/outlets` lists it. */
export interface OutletSummary {
  readonly outlet: string;
  readonly positions: number;
  readonly stateMediaOf?: string;
}

interface FilterBarProps {
  readonly filters: Filters;
  readonly outlets: readonly OutletSummary[];
  readonly partyName: (id: string) => string;
  readonly onChange: (filters: Filters) => void;
}

/** Inputs that replace one filter at a time; the outlets are a checklist in a disclosure, so any number fit. */
export function FilterBar({ filters, outlets, partyName, onChange }: FilterBarProps): ComponentChild {
  const set = (name: 'since' | 'until' | 'mode') => (event: Event) => {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    const { [name]: _dropped, ...rest } = filters;
    onChange(value === '' ? rest : { ...rest, [name]: value });
  };
  const toggleOutlet = (outlet: string, on: boolean) =>
    onChange({ ...filters, outlets: on ? [...filters.outlets, outlet].sort() : filters.outlets.filter((chosen) => chosen !== outlet) });
  const active = filters.since !== undefined || filters.until !== undefined || filters.outlets.length > 0 || filters.mode !== undefined || filters.excludeStateMedia;
  return h('div', { class: 'filters', role: 'group', 'aria-label': 'filters' },
    h('label', null, 'From ', h('input', { type: 'date', name: 'since', value: filters.since ?? '', onChange: set('since') })),
    h('label', null, 'To ', h('input', { type: 'date', name: 'until', value: filters.until ?? '', onChange: set('until') })),
    h('details', { class: 'outlet-picker' },
      h('summary', null, filters.outlets.length === 0 ? 'Outlets: all' : `Outlets: ${filters.outlets.length} chosen`),
      h('div', { class: 'popover', role: 'group', 'aria-label': 'outlets' },
        outlets.length === 0 && h('p', { class: 'hint' }, 'No outlets yet.'),
        outlets.map(({ outlet, positions, stateMediaOf }) => h('label', { key: outlet },
          h('input', { type: 'checkbox', name: 'outlet', value: outlet, checked: filters.outlets.includes(outlet), onChange: (event: Event) => toggleOutlet(outlet, (event.target as HTMLInputElement).checked) }),
          ` ${outlet} `, h('span', { class: 'hint' }, `(${positions}${stateMediaOf ? ` · ${partyName(stateMediaOf)} state media` : ''})`))))),
    h('label', null, 'Mode ', h('select', { name: 'mode', value: filters.mode ?? '', onChange: set('mode') },
      h('option', { value: '' }, 'all'),
      (Object.keys(MODE_LABEL) as Mode[]).map((mode) => h('option', { key: mode, value: mode }, MODE_LABEL[mode])))),
    h('label', null,
      h('input', { type: 'checkbox', name: 'excludeStateMedia', checked: filters.excludeStateMedia, onChange: (event: Event) => onChange({ ...filters, excludeStateMedia: (event.target as HTMLInputElement).checked }) }),
      ' exclude state media'),
    active && h('button', { type: 'button', class: 'link', onClick: () => onChange({ outlets: [], excludeStateMedia: false }) }, 'clear filters'));
}
