/**
 * A timeline chart as a standalone SVG file: the same steps, levels and shift markers as the uPlot canvas, drawn as
 * vector shapes so a report can scale them. Text is escaped; nothing from the data becomes markup.
 */

/** One statement on the chart: its time (seconds) and its level (−3 to 3). */
export interface ChartPoint {
  readonly time: number;
  readonly level: number;
}

interface StepChart {
  readonly title: string;
  readonly points: readonly ChartPoint[];
  /** The time axis, in seconds. */
  readonly range: readonly [number, number];
  readonly levelLabels: Readonly<Record<number, string>>;
  readonly shiftTimes: readonly number[];
}

const [WIDTH, HEIGHT] = [640, 240];
const PLOT = { left: 150, right: 620, top: 40, bottom: 200 };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The SVG document of a step chart. */
export function stepChartSvg({ title, points, range, levelLabels, shiftTimes }: StepChart): string {
  const x = (time: number) => PLOT.left + ((time - range[0]) / (range[1] - range[0] || 1)) * (PLOT.right - PLOT.left);
  const y = (level: number) => PLOT.top + ((3.5 - level) / 7) * (PLOT.bottom - PLOT.top);
  const round = (value: number) => Math.round(value * 10) / 10;
  const levels = [3, 2, 1, 0, -1, -2, -3].map((level) =>
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${round(y(level))}" y2="${round(y(level))}" stroke="#d5dae0"/>`
    + `<text x="${PLOT.left - 6}" y="${round(y(level)) + 4}" text-anchor="end">${escape(levelLabels[level] ?? '')}</text>`);
  // Each statement holds until the next one, and the last to the end of the axis.
  const path = points.map((point, index) => {
    const until = round(x(points[index + 1]?.time ?? range[1]));
    return `${index === 0 ? `M${round(x(point.time))},` : 'V'}${round(y(point.level))}H${until}`;
  }).join('');
  const dots = points.map((point) => `<circle cx="${round(x(point.time))}" cy="${round(y(point.level))}" r="3.5" fill="#fff" stroke="#1f6fc5" stroke-width="2"/>`);
  const shifts = shiftTimes.map((time) => `<line x1="${round(x(time))}" x2="${round(x(time))}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="#b00" stroke-width="2" stroke-dasharray="6 4"/>`);
  const day = (time: number) => new Date(time * 1000).toISOString().slice(0, 10);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="11" fill="#1b1f24">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${PLOT.left}" y="20" font-size="13" font-weight="600">${escape(title)}</text>`,
    ...levels,
    ...shifts,
    `<path d="${path}" fill="none" stroke="#1f6fc5" stroke-width="2"/>`,
    ...dots,
    `<text x="${PLOT.left}" y="${PLOT.bottom + 18}">${day(range[0])}</text>`,
    `<text x="${PLOT.right}" y="${PLOT.bottom + 18}" text-anchor="end">${day(range[1])}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
