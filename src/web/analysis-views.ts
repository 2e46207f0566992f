/**
 * Views over the same analysis routes as the matrix, under the same filters: colliding red lines with the evidence of
 * both sides, how steadily each party holds its positions, and how many positions were stated over time.
 */
import { h, type ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import type { CollisionsResult, ConsistencyResult } from '../analyse/index.ts';
import type { PositionRecord } from '../core/types.ts';
import { allPositions, api, query } from './api-client.ts';
import { downloadCanvas } from './download.ts';
import type { EvidenceRequest } from './evidence-panel.ts';
import { describeState, familyLabel, familyOf } from './labels.ts';
import { filterParams, passesFilters, type Filters } from './url-state.ts';
import { useLatest } from './use-latest.ts';

/** What every view here is given. */
export interface AnalysisViewProps {
  readonly filters: Filters;
  readonly version: number;
  readonly partyName: (id: string) => string;
  readonly proposition: (id: string) => string;
  readonly onEvidence: (request: EvidenceRequest) => void;
}

/** Pairs of firm or red-line positions no deal can meet together, each side's evidence one click away. */
export function CollisionsView({ filters, version, partyName, proposition, onEvidence }: AnalysisViewProps): ComponentChild {
  const { data, error } = useLatest(JSON.stringify(['collisions', filters, version]), (signal) =>
    api<CollisionsResult>(`/api/collisions${query(filterParams(filters))}`, { signal }));
  if (error) return h('p', { class: 'error', role: 'alert' }, error);
  if (!data) return h('p', { class: 'hint' }, 'Loading the collisions…');
  if (data.collisions.length === 0) return h('p', { class: 'hint' }, 'No two parties hold firm or red-line positions that exclude each other.');
  return h('ol', { class: 'collisions' }, data.collisions.map((collision, index) => {
    const [a, b] = collision.sides;
    const side = (position: typeof a) => `${partyName(position.party)} ${describeState(position)} “${proposition(position.issue)}”`;
    const via = collision.relations.map((relation) => `“${proposition(relation.from)}” ${relation.type} “${proposition(relation.to)}”`).join(', then ');
    return h('li', { key: index, class: `collision level-${collision.level}` },
      h('span', null, side(a)), h('span', { class: 'versus', 'aria-label': 'collides with' }, ' ⟷ '), h('span', null, side(b)),
      via && h('span', { class: 'hint' }, ` (${via})`), ' ',
      h('button', {
        type: 'button', class: 'link',
        onClick: () => onEvidence({
          title: `${partyName(a.party)} and ${partyName(b.party)} collide`,
          note: `A ${collision.level === 'red_line' ? 'red-line' : 'firm'} collision${via ? `: ${via}` : ''}.`,
          groups: [a, b].map((position) => ({
            label: side(position), party: position.party, issue: position.issue, recordIds: position.support.map((ref) => ref.recordId),
          })),
        }),
      }, 'evidence of both sides'));
  }));
}

/** Each party's consistency score with the issues behind it; a low score opens the statements that changed. */
export function ConsistencyView({ filters, version, partyName, proposition, onEvidence }: AnalysisViewProps): ComponentChild {
  const { data, error } = useLatest(JSON.stringify(['consistency', filters, version]), (signal) =>
    api<ConsistencyResult>(`/api/consistency${query(filterParams(filters))}`, { signal }));
  if (error) return h('p', { class: 'error', role: 'alert' }, error);
  if (!data) return h('p', { class: 'hint' }, 'Loading the consistency scores…');
  const percent = (score: number | null) => (score === null ? '—' : `${Math.round(score * 100)} %`);
  const parties = [...data.parties].sort((a, b) => b.comparisons - a.comparisons);
  return h('div', null,
    h('p', { class: 'hint' }, 'Each pair of consecutive statements on an issue scores 1 when stance and strength repeat, ½ for another strength, 0 for another stance (docs/analysis.md).'),
    h('div', { class: 'consistency' }, parties.map((party) => h('details', { key: party.party, 'data-party': party.party },
      h('summary', null, h('strong', null, partyName(party.party)), ` ${percent(party.overall)} over ${party.comparisons} comparison${party.comparisons === 1 ? '' : 's'}`),
      h('ul', null, party.issues.map((issue) => h('li', { key: issue.issue },
        `${proposition(issue.issue)}: ${percent(issue.score)} · ${issue.statements} statement${issue.statements === 1 ? '' : 's'}`,
        issue.stanceChanges + issue.strengthChanges > 0 && ` · ${issue.stanceChanges} stance and ${issue.strengthChanges} strength change(s)`, ' ',
        h('button', {
          type: 'button', class: 'link',
          onClick: () => onEvidence({
            title: `${partyName(party.party)} on “${proposition(issue.issue)}”: ${percent(issue.score)} consistent`,
            groups: [{ label: 'Statements', party: party.party, issue: issue.issue, recordIds: issue.support.map((ref) => ref.recordId) }],
          }),
        }, 'statements'))))))));
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22', '#393b79', '#637939'];

/** Positions stated per month, one line per party of the matrix's columns or per issue family. */
export function CountsView({ filters, version, partyName, parties, stateMediaOutlets, by, onBy }: AnalysisViewProps & {
  parties: readonly string[]; stateMediaOutlets: ReadonlySet<string>; by: 'party' | 'family'; onBy: (by: 'party' | 'family') => void;
}): ComponentChild {
  const { data, error } = useLatest(JSON.stringify(['counts', filters, version, [...stateMediaOutlets]]), async (signal) =>
    (await allPositions({
      since: filters.since, until: filters.until, mode: filters.mode, outlet: filters.outlets.length === 1 ? filters.outlets[0] : undefined,
    }, signal)).filter((record) => passesFilters(record, filters, stateMediaOutlets)));
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | undefined>(undefined);
  useEffect(() => {
    const element = box.current;
    if (!element || !data) return;
    const dated = data.filter((record) => record.date !== undefined);
    const months = monthsBetween(dated.map((record) => record.date!.slice(0, 7)));
    const times = months.map((month) => Date.parse(`${month}-01T00:00:00Z`) / 1000);
    const keyOf = (record: PositionRecord) => (by === 'party' ? record.holder : familyOf(record.issue));
    const keys = by === 'party' ? parties : [...new Set(dated.map(keyOf))].sort();
    const counts = keys.map((key) => months.map((month) => dated.filter((record) => keyOf(record) === key && record.date!.startsWith(month)).length));
    const ink = getComputedStyle(element).getPropertyValue('--ink').trim() || '#1b1f24';
    const axis = { stroke: ink, font: '11px system-ui, sans-serif' };
    chart.current = new uPlot({
      width: element.clientWidth,
      height: 260,
      scales: { x: { time: true } },
      axes: [{ ...axis, splits: () => times, values: (_u, ticks) => ticks.map((tick) => new Date(tick * 1000).toISOString().slice(0, 7)) }, { ...axis, label: 'positions' }],
      series: [{ value: (_u, value) => (value === null ? '' : new Date(value * 1000).toISOString().slice(0, 7)) }, ...keys.map((key, index) => ({
        label: by === 'party' ? partyName(key) : familyLabel(key), stroke: PALETTE[index % PALETTE.length]!, width: 2,
        dash: index >= PALETTE.length ? [6, 4] : [], points: { size: 6 },
      }))],
    }, [times, ...counts], element);
    const resize = new ResizeObserver(() => chart.current?.setSize({ width: element.clientWidth, height: 260 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.current?.destroy();
      chart.current = undefined;
    };
  }, [data, by, parties.join(',')]);
  return h('div', { class: 'counts' },
    h('p', { class: 'toolbar' },
      h('label', null, 'Lines per ', h('select', { name: 'counts-by', value: by, onChange: (event: Event) => onBy((event.target as HTMLSelectElement).value as 'party' | 'family') },
        h('option', { value: 'party' }, 'party (the matrix\'s columns)'), h('option', { value: 'family' }, 'issue family'))), ' ',
      h('button', { type: 'button', class: 'small', onClick: () => chart.current && downloadCanvas('redlines-counts.png', chart.current.ctx.canvas) }, 'PNG')),
    error && h('p', { class: 'error', role: 'alert' }, error),
    !data && !error && h('p', { class: 'hint' }, 'Loading the positions…'),
    h('div', { class: 'chart counts-chart', ref: box, role: 'img', 'aria-label': `positions stated per month, per ${by}` }),
    data && h('p', { class: 'hint' }, `${data.filter((record) => record.date === undefined).length} undated position(s) are not counted.`));
}

/** Every month from the first to the last of `months` (YYYY-MM), so a quiet month shows as zero rather than being skipped. */
function monthsBetween(months: readonly string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const last = sorted.at(-1)!;
  let [year, month] = sorted[0]!.split('-').map(Number) as [number, number];
  const all: string[] = [];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    all.push(current);
    if (current >= last) return all;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}
