/** The timeline: one party's stance on each issue over time (uPlot), with shift markers that open their evidence. */
import { h, type ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Shift, ShiftsResult, TimelineResult } from '../analyse/index.ts';
import { api, query } from './api-client.ts';
import type { EvidenceRequest } from './evidence-panel.ts';
import { STANCE_LABEL, STRENGTH_LABEL, stanceScore } from './labels.ts';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];
const CHART_HEIGHT = 260;
const WEEK = 7 * 24 * 3600;
const LEVELS: Readonly<Record<number, string>> = { 3: 'demand · red line', 2: 'demand · firm', 1: 'demand · soft', 0: '', [-1]: 'reject · soft', [-2]: 'reject · firm', [-3]: 'reject · red line' };

interface TimelineViewProps {
  readonly parties: readonly string[];
  readonly partyName: (id: string) => string;
  readonly proposition: (id: string) => string;
  readonly version: number;
  readonly onEvidence: (request: EvidenceRequest) => void;
}

/** A party picker, the chart, and the party's confirmed shifts as buttons. */
export function TimelineView({ parties, partyName, proposition, version, onEvidence }: TimelineViewProps): ComponentChild {
  const [party, setParty] = useState('');
  const chosen = party || parties[0] || '';
  const [data, setData] = useState<{ timeline: TimelineResult; shifts: readonly Shift[] } | undefined>(undefined);
  useEffect(() => {
    if (!chosen) return;
    let current = true;
    Promise.all([
      api<TimelineResult>(`/api/timeline${query({ party: chosen })}`),
      api<ShiftsResult>(`/api/shifts${query({ party: chosen })}`),
    ]).then(([timeline, { shifts }]) => current && setData({ timeline, shifts }), () => current && setData(undefined));
    return () => {
      current = false;
    };
  }, [chosen, version]);

  return h('section', { class: 'panel timeline', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, 'Timeline'),
    h('label', null, 'Party ',
      h('select', { value: chosen, onChange: (event: Event) => setParty((event.target as HTMLSelectElement).value) },
        parties.map((id) => h('option', { key: id, value: id }, partyName(id))))),
    h(Chart, { timeline: data?.timeline, shifts: data?.shifts ?? [], proposition }),
    h('h3', null, 'Shifts'),
    data && data.shifts.length === 0 && h('p', { class: 'hint' }, 'No confirmed change of stance or strength for this party.'),
    h('ul', { class: 'shifts' }, data?.shifts.map((shift) => h('li', { key: `${shift.issue}|${shift.date}` },
      h('button', {
        type: 'button',
        class: 'link',
        onClick: () => onEvidence({
          title: `${partyName(shift.party)} on ${proposition(shift.issue)}: shift of ${shift.date}`,
          groups: [
            { label: `Before: ${describe(shift.from)}`, party: shift.party, issue: shift.issue, recordIds: shift.before.map((ref) => ref.recordId) },
            { label: `After: ${describe(shift.to)}`, party: shift.party, issue: shift.issue, recordIds: shift.after.map((ref) => ref.recordId) },
          ],
        }),
      }, `${shift.date} · ${proposition(shift.issue)}: ${describe(shift.from)} → ${describe(shift.to)}`)))));
}

function describe(state: { stance: keyof typeof STANCE_LABEL; strength: keyof typeof STRENGTH_LABEL }): string {
  return `${STANCE_LABEL[state.stance]} (${STRENGTH_LABEL[state.strength]})`;
}

/** The uPlot chart; its box keeps a fixed height so the page does not jump while data loads. */
function Chart({ timeline, shifts, proposition }: { timeline: TimelineResult | undefined; shifts: readonly Shift[]; proposition: (id: string) => string }): ComponentChild {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || !timeline || timeline.issues.length === 0) return;
    const seconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;
    const xs = [...new Set(timeline.issues.flatMap((issue) => issue.entries.map((entry) => entry.date)))].sort().map(seconds);
    const series = timeline.issues.map((issue) => {
      const byDate = new Map(issue.entries.map((entry) => [seconds(entry.date), stanceScore(entry.stance, entry.strength)]));
      return xs.map((x) => byDate.get(x) ?? null);
    });
    const shiftTimes = shifts.map((shift) => seconds(shift.date));
    const chart = new uPlot({
      width: element.clientWidth,
      height: CHART_HEIGHT,
      // A week either side keeps a single date (or a short stretch) readable instead of spread over years.
      scales: { x: { time: true, auto: false, range: [xs[0]! - WEEK, xs.at(-1)! + WEEK] }, y: { range: [-3.5, 3.5] } },
      axes: [{}, { values: (_u, ticks) => ticks.map((tick) => LEVELS[tick] ?? ''), splits: () => [-3, -2, -1, 0, 1, 2, 3], size: 130 }],
      series: [{}, ...timeline.issues.map((issue, index) => ({
        label: proposition(issue.issue), stroke: PALETTE[index % PALETTE.length]!, width: 2, spanGaps: true, points: { size: 8 },
      }))],
      hooks: { draw: [(u: uPlot) => drawShiftMarkers(u, shiftTimes)] },
    }, [xs, ...series], element);
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: CHART_HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [timeline, shifts]);
  return h('div', { class: 'chart', ref: box, role: 'img', 'aria-label': 'stance over time per issue; shifts are marked by dashed lines' },
    !timeline && h('p', { class: 'hint' }, 'Loading…'),
    timeline?.issues.length === 0 && h('p', { class: 'hint' }, 'No dated positions for this party.'));
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
