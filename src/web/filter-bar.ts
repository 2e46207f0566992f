/** The matrix filters: a date window, an outlet and a reporting mode. */
import { h, type ComponentChild } from 'preact';
import type { Mode } from '../core/types.ts';
import { MODE_LABEL } from './labels.ts';

/** The filters as the analysis routes take them; empty means no filter. */
export interface Filters {
  readonly since?: string;
  readonly until?: string;
  readonly outlet?: string;
  readonly mode?: Mode;
}

/** Inputs that replace one filter at a time. */
export function FilterBar({ filters, outlets, onChange }: { filters: Filters; outlets: readonly string[]; onChange: (filters: Filters) => void }): ComponentChild {
  const set = (name: keyof Filters) => (event: Event) => {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    const { [name]: _dropped, ...rest } = filters;
    onChange(value === '' ? rest : { ...rest, [name]: value });
  };
  return h('div', { class: 'filters', role: 'group', 'aria-label': 'filters' },
    h('label', null, 'From ', h('input', { type: 'date', value: filters.since ?? '', onChange: set('since') })),
    h('label', null, 'To ', h('input', { type: 'date', value: filters.until ?? '', onChange: set('until') })),
    h('label', null, 'Outlet ', h('select', { value: filters.outlet ?? '', onChange: set('outlet') },
      h('option', { value: '' }, 'all'),
      outlets.map((outlet) => h('option', { key: outlet, value: outlet }, outlet)))),
    h('label', null, 'Mode ', h('select', { value: filters.mode ?? '', onChange: set('mode') },
      h('option', { value: '' }, 'all'),
      (Object.keys(MODE_LABEL) as Mode[]).map((mode) => h('option', { key: mode, value: mode }, MODE_LABEL[mode])))));
}
