/**
 * The timeline: one party's stance on each issue over time, one small chart per issue (uPlot), drawn as steps —
 * a stance holds until the next statement — on labelled levels, with shift markers and the undated statements listed.
 */
import { h, type ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { IssueTimeline, Shift, ShiftsResult, TimelineResult } from '../analyse/index.ts';
import type { PositionRecord, Stance, Strength } from '../core/types.ts';
import { allPositions, api, query } from './api-client.ts';
import { stepChartSvg } from './chart-svg.ts';
import { downloadCanvas, downloadText } from './download.ts';
import type { EvidenceRequest } from './evidence-panel.ts';
import { describeState } from './labels.ts';
import { filterParams, passesFilters, type Filters } from './url-state.ts';
import { useLatest } from './use-latest.ts';

const CHART_HEIGHT = 170;
const DAY = 24 * 3600;

/** Each stance and strength on its own level: demands above, rejections below, acceptance on the middle line. */
const LEVEL_LABEL: Readonly<Record<number, string>> = {
  3: 'demands · red line', 2: 'demands · firm', 1: 'demands · soft', 0: 'accepts', [-1]: 'rejects · soft', [-2]: 'rejects · firm', [-3]: 'rejects · red line',
};

function level(stance: Stance, strength: Strength): number {
  if (stance === 'accept') return 0;
  const weight = { soft: 1, firm: 2, red_line: 3 }[strength];
  return stance === 'reject' ? -weight : weight;
}

interface TimelineData {
  readonly timeline: TimelineResult;
  readonly shifts: readonly Shift[];
  readonly undated: readonly PositionRecord[];
}

interface TimelineViewProps {
  /** The parties to choose from, most positions first. */
  readonly parties: readonly string[];
  readonly party: string | undefined;
  readonly filters: Filters;
  /** Outlets the pack lists as state media, for leaving undated records out like the server does. */
  readonly stateMediaOutlets: ReadonlySet<string>;
  readonly partyName: (id: string) => string;
  readonly proposition: (id: string) => string;
  readonly version: number;
  readonly onParty: (party: string) => void;
  readonly onEvidence: (request: EvidenceRequest) => void;
}

/** A party picker, one chart per issue, the party's confirmed shifts as buttons, and its undated statements. */
export function TimelineView({ parties, party, filters, stateMediaOutlets, partyName, proposition, version, onParty, onEvidence }: TimelineViewProps): ComponentChild {
  const chosen = party !== undefined && parties.includes(party) ? party : parties[0];
  const key = JSON.stringify([chosen, filters, version, [...stateMediaOutlets]]);
  const { data, error } = useLatest<TimelineData>(key, chosen === undefined ? undefined : async (signal) => {
    const params = { ...filterParams(filters), party: chosen };
    const [timeline, { shifts }, records] = await Promise.all([
      api<TimelineResult>(`/api/timeline${query(params)}`, { signal }),
      api<ShiftsResult>(`/api/shifts${query(params)}`, { signal }),
      allPositions({ party: chosen, mode: filters.mode }, signal),
    ]);
    const undated = records.filter((record) => record.date === undefined && passesFilters(record, filters, stateMediaOutlets));
    return { timeline, shifts, undated };
  });
  const range = data && dateRange(data.timeline.issues);

  return h('section', { class: 'panel timeline', 'aria-labelledby': 'timeline-title', id: 'timeline' },
    h('h2', { id: 'timeline-title' }, 'Timeline'),
    h('label', null, 'Party ',
      h('select', { name: 'timeline-party', value: chosen ?? '', onChange: (event: Event) => onParty((event.target as HTMLSelectElement).value) },
        parties.map((id) => h('option', { key: id, value: id }, partyName(id))))),
    error && h('p', { class: 'error', role: 'alert' }, error),
    chosen === undefined && h('p', { class: 'hint' }, 'No party holds a position under these filters.'),
    chosen !== undefined && !data && !error && h('p', { class: 'hint timeline-loading' }, `Loading ${partyName(chosen)}…`),
    data && h('div', { 'data-party': data.timeline.party },
      data.timeline.issues.length === 0 && h('p', { class: 'hint' }, `No dated positions of ${partyName(data.timeline.party)} under these filters.`),
      h('div', { class: 'small-multiples' }, range && data.timeline.issues.map((issue) => h(IssueChart, {
        key: issue.issue, issue, range, proposition,
        shifts: data.shifts.filter((shift) => shift.issue === issue.issue),
      }))),
      h('h3', null, 'Shifts'),
      data.shifts.length === 0 && h('p', { class: 'hint' }, 'No confirmed change of stance or strength for this party.'),
      h('ul', { class: 'shifts' }, data.shifts.map((shift) => h('li', { key: `${shift.issue}|${shift.date}` },
        h('button', {
          type: 'button',
          class: 'link',
          onClick: () => onEvidence({
            title: `${partyName(shift.party)} on “${proposition(shift.issue)}”: shift of ${shift.date}`,
            groups: [
              { label: `Before: ${describeState(shift.from)}`, party: shift.party, issue: shift.issue, recordIds: shift.before.map((ref) => ref.recordId) },
              { label: `After: ${describeState(shift.to)}`, party: shift.party, issue: shift.issue, recordIds: shift.after.map((ref) => ref.recordId) },
            ],
          }),
        }, `${shift.date} · ${proposition(shift.issue)}: ${describeState(shift.from)} → ${describeState(shift.to)}`)))),
      h(Undated, { records: data.undated, partyName, proposition, onEvidence })));
}

/** The undated statements, which no chart can place: counted, and each one opens its evidence. */
function Undated({ records, partyName, proposition, onEvidence }: {
  records: readonly PositionRecord[]; partyName: (id: string) => string; proposition: (id: string) => string; onEvidence: (request: EvidenceRequest) => void;
}): ComponentChild {
  if (records.length === 0) return null;
  return h('div', { class: 'undated' },
    h('h3', null, `Undated statements (${records.length})`),
    h('p', { class: 'hint' }, 'Their articles carry no date, so the charts cannot place them; they still count in the matrix.'),
    h('ul', null, records.map((record) => h('li', { key: record.id },
      h('button', {
        type: 'button', class: 'link',
        onClick: () => onEvidence({
          title: `${partyName(record.holder)} on “${proposition(record.issue)}” (undated)`,
          groups: [{ label: 'Undated statement', party: record.holder, issue: record.issue, recordIds: [record.id] }],
        }),
      }, `${proposition(record.issue)}: ${describeState(record)} — ${record.title ?? record.doc}`)))));
}

/** The first and last dates over every issue, a few days wider, so all charts share one time axis. */
function dateRange(issues: readonly IssueTimeline[]): [number, number] | undefined {
  const times = issues.flatMap((issue) => issue.entries.map((entry) => seconds(entry.date)));
  if (times.length === 0) return undefined;
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const margin = Math.max(3 * DAY, (last - first) * 0.04);
  return [first - margin, last + margin];
}

function seconds(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

/** One issue's statements as a stepped line over the shared dates; the box keeps its height so the page does not jump. */
function IssueChart({ issue, range, shifts, proposition }: {
  issue: IssueTimeline; range: [number, number]; shifts: readonly Shift[]; proposition: (id: string) => string;
}): ComponentChild {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | undefined>(undefined);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const style = getComputedStyle(element);
    const ink = style.getPropertyValue('--ink').trim() || '#1b1f24';
    const grid = style.getPropertyValue('--line').trim() || '#d5dae0';
    const xs = issue.entries.map((entry) => seconds(entry.date));
    const ys = issue.entries.map((entry) => level(entry.stance, entry.strength));
    // The last state holds to the end of the axis, so a stance stated once is a line, not a lone point.
    const data: uPlot.AlignedData = [[...xs, range[1]], [...ys, ys.at(-1)!]];
    const shiftTimes = shifts.map((shift) => seconds(shift.date));
    const axis = { stroke: ink, font: '11px system-ui, sans-serif', grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
    chart.current = new uPlot({
      width: element.clientWidth,
      height: CHART_HEIGHT,
      legend: { show: false },
      scales: { x: { time: true, auto: false, range }, y: { auto: false, range: [-3.5, 3.5] } },
      axes: [axis, { ...axis, values: (_u, ticks) => ticks.map((tick) => LEVEL_LABEL[tick] ?? ''), splits: () => [-3, -2, -1, 0, 1, 2, 3], size: 132 }],
      series: [{}, {
        label: proposition(issue.issue), stroke: '#1f6fc5', width: 2,
        paths: uPlot.paths.stepped!({ align: 1 }),
        points: { size: 7, filter: (_u, _series, show) => (show ? xs.map((_x, index) => index) : null) },
        value: (_u, value) => (value === null ? '—' : LEVEL_LABEL[value] ?? ''),
      }],
      hooks: { draw: [(u: uPlot) => drawShiftMarkers(u, shiftTimes)] },
    }, data, element);
    const resize = new ResizeObserver(() => chart.current?.setSize({ width: element.clientWidth, height: CHART_HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.current?.destroy();
      chart.current = undefined;
    };
  }, [issue, range[0], range[1], shifts]);
  const states = issue.entries.map((entry) => `${entry.date}: ${describeState(entry)}`).join('; ');
  const svg = () => stepChartSvg({
    title: proposition(issue.issue), range, levelLabels: LEVEL_LABEL, shiftTimes: shifts.map((shift) => seconds(shift.date)),
    points: issue.entries.map((entry) => ({ time: seconds(entry.date), level: level(entry.stance, entry.strength) })),
  });
  return h('figure', { class: 'issue-chart', 'data-issue': issue.issue },
    h('figcaption', null, proposition(issue.issue), ' ',
      h('span', { class: 'chart-exports' },
        h('button', { type: 'button', class: 'small', onClick: () => chart.current && downloadCanvas(`redlines-${issue.issue}.png`, chart.current.ctx.canvas) }, 'PNG'), ' ',
        h('button', { type: 'button', class: 'small', onClick: () => downloadText(`redlines-${issue.issue}.svg`, svg(), 'image/svg+xml') }, 'SVG'))),
    h('div', { class: 'chart', ref: box, role: 'img', 'aria-label': `${proposition(issue.issue)} over time: ${states}` }));
}

/** Dashed vertical lines at the dates shifts were confirmed. */
function drawShiftMarkers(u: uPlot, times: readonly number[]): void {
  const { ctx } = u;
  ctx.save();
  ctx.strokeStyle = '#b00';
  ctx.setLineDash([6, 4]);
  ctx.lineWidth = 2;
  for (const time of times) {
    const x = Math.round(u.valToPos(time, 'x', true));
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
  }
  ctx.restore();
}
