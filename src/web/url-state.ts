/**
 * The dashboard's state lives in the page's URL: filters, chosen columns, folded issue groups, the open
 * cell, the timeline's party and the deal being built. A reload or a shared link opens the same view.
 */
import { useEffect, useState } from 'preact/hooks';
import { MODES, type Mode } from '../core/types.ts';

/** The filters every view applies; empty means no filter. */
export interface Filters {
  readonly since?: string;
  readonly until?: string;
  /** Only positions from these outlets (any when empty). */
  readonly outlets: readonly string[];
  readonly mode?: Mode;
  readonly excludeStateMedia: boolean;
}

/** A matrix cell named by its party and issue. */
export interface CellKey {
  readonly party: string;
  readonly issue: string;
}

/** Everything a link restores. */
export interface DashboardState {
  readonly filters: Filters;
  /** The matrix's columns in order; the default choice when absent. */
  readonly parties?: readonly string[];
  /** Issue families whose rows are folded away. */
  readonly folded: readonly string[];
  readonly cell?: CellKey;
  readonly timelineParty?: string;
  /** The deal builder's propositions: true granted, false denied, absent open. */
  readonly deal: Readonly<Record<string, boolean>>;
  /** Whose red lines the minimal-concessions search keeps; every party of the matrix when absent. */
  readonly dealParties?: readonly string[];
  /** The tab of the further views. */
  readonly tab: AnalysisTab;
  /** What the counts chart draws one line for. */
  readonly countsBy: 'party' | 'family';
}

/** The further views, in their tab order. */
export const ANALYSIS_TABS = ['collisions', 'consistency', 'counts', 'documents'] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the state from a query string; what does not parse is left at its default. */
export function parseState(search: string): DashboardState {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter((item) => item !== '');
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return DATE.test(value) ? value : undefined;
  };
  const [since, until, mode] = [date('since'), date('until'), params.get('mode')];
  const [party, issue] = (params.get('cell') ?? '').split(':');
  const deal: Record<string, boolean> = {};
  for (const id of list('grant')) deal[id] = true;
  for (const id of list('deny')) deal[id] = false;
  return {
    filters: {
      ...(since === undefined ? {} : { since }),
      ...(until === undefined ? {} : { until }),
      outlets: params.getAll('outlet').filter((outlet) => outlet !== ''),
      ...(MODES.includes(mode as Mode) ? { mode: mode as Mode } : {}),
      excludeStateMedia: params.get('stateMedia') === 'exclude',
    },
    ...(params.has('parties') ? { parties: list('parties') } : {}),
    folded: list('fold'),
    ...(party && issue ? { cell: { party, issue } } : {}),
    ...(params.get('party') ? { timelineParty: params.get('party')! } : {}),
    deal,
    ...(params.has('concede') ? { dealParties: list('concede') } : {}),
    tab: ANALYSIS_TABS.find((tab) => tab === params.get('tab')) ?? 'collisions',
    countsBy: params.get('counts') === 'family' ? 'family' : 'party',
  };
}

/** Writes the state as a query string (with its `?`), leaving defaults out so links stay short. */
export function stateQuery({ filters, parties, folded, cell, timelineParty, deal, dealParties, tab, countsBy }: DashboardState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => value !== undefined && value !== '' && params.set(key, value);
  set('since', filters.since);
  set('until', filters.until);
  for (const outlet of filters.outlets) params.append('outlet', outlet);
  set('mode', filters.mode);
  if (filters.excludeStateMedia) params.set('stateMedia', 'exclude');
  if (parties !== undefined) params.set('parties', parties.join(','));
  set('fold', folded.join(','));
  if (cell !== undefined) params.set('cell', `${cell.party}:${cell.issue}`);
  set('party', timelineParty);
  const issues = Object.keys(deal).sort();
  set('grant', issues.filter((issue) => deal[issue]).join(','));
  set('deny', issues.filter((issue) => !deal[issue]).join(','));
  if (dealParties !== undefined) params.set('concede', dealParties.join(','));
  if (tab !== 'collisions') params.set('tab', tab);
  if (countsBy !== 'party') params.set('counts', countsBy);
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return text === '' ? '' : `?${text}`;
}

/** The filters as the analysis routes' query parameters. */
export function filterParams(filters: Filters): Record<string, string | readonly string[] | undefined> {
  return {
    since: filters.since, until: filters.until, outlet: filters.outlets, mode: filters.mode,
    excludeStateMedia: filters.excludeStateMedia ? 'true' : undefined,
  };
}

/** The filters as the deal routes' body fields. */
export function filterBody(filters: Filters): Record<string, unknown> {
  return {
    ...(filters.since === undefined ? {} : { since: filters.since }),
    ...(filters.until === undefined ? {} : { until: filters.until }),
    ...(filters.outlets.length === 0 ? {} : { outlets: filters.outlets }),
    ...(filters.mode === undefined ? {} : { mode: filters.mode }),
    ...(filters.excludeStateMedia ? { excludeStateMedia: true } : {}),
  };
}

/**
 * Whether a record (or a document, which has no mode) passes the outlet, mode and state-media filters, for the few
 * lists the page filters itself (the analysis routes filter on the server); dates are left to the query.
 */
export function passesFilters(record: { outlet: string; mode?: Mode }, filters: Filters, stateMediaOutlets: ReadonlySet<string>): boolean {
  return (filters.outlets.length === 0 || filters.outlets.includes(record.outlet))
    && (filters.mode === undefined || record.mode === undefined || record.mode === filters.mode)
    && !(filters.excludeStateMedia && stateMediaOutlets.has(record.outlet));
}

/** The state and a setter that merges a change into it and into the address bar (back and forward restore it too). */
export function useDashboardState(): [DashboardState, (change: Partial<DashboardState>) => void] {
  const [state, setState] = useState(() => parseState(location.search));
  useEffect(() => {
    const restore = () => setState(parseState(location.search));
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
  }, []);
  const update = (change: Partial<DashboardState>) => setState((previous) => {
    const next = { ...previous, ...change };
    // Opening another cell is a step back can undo; filter and toggle changes replace the entry.
    const step = change.cell !== undefined && change.cell !== previous.cell;
    history[step ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${stateQuery(next)}`);
    return next;
  });
  return [state, update];
}
