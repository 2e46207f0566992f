import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stepChartSvg } from './chart-svg.ts';

const DAY = 24 * 3600;
const labels = { 3: 'demands · red line', 2: 'demands · firm', 1: 'demands · soft', 0: 'accepts', [-1]: 'rejects · soft', [-2]: 'rejects · firm', [-3]: 'rejects · red line' };

test('draws statements as steps that hold until the next one and to the end of the axis, with labelled levels', () => {
  const svg = stepChartSvg({
    title: 'Ukraine joins NATO', range: [0, 10 * DAY], levelLabels: labels, shiftTimes: [5 * DAY],
    points: [{ time: 0, level: 2 }, { time: 5 * DAY, level: 0 }],
  });
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // x runs from 150 to 620 px over ten days; level 2 sits at y 74.3 and level 0 at 120.
  assert.match(svg, /<path d="M150,74\.3H385V120H620"/);
  assert.match(svg, /<line x1="385" x2="385" y1="40" y2="200" stroke="#b00"/, 'the shift marker');
  for (const label of ['demands · firm', 'accepts', 'rejects · red line']) assert.ok(svg.includes(`>${label}</text>`), label);
  assert.equal((svg.match(/<circle /g) ?? []).length, 2);
});

test('writes titles as text, never as markup', () => {
  const svg = stepChartSvg({ title: '<script>alert(1)</script> & "x"', range: [0, DAY], levelLabels: labels, shiftTimes: [], points: [{ time: 0, level: -3 }] });
  assert.ok(!svg.includes('<script>'));
  assert.ok(svg.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;x&#34;'));
});
