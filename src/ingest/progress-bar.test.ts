import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { createProgressBar, formatProgress } from './progress-bar.ts';

test('shows done, total, percentage, documents per second and the ETA', () => {
  assert.equal(formatProgress(500, 1000, 2), `[${'#'.repeat(15)}${'-'.repeat(15)}] 500/1000  50%  250 docs/s  ETA 0:02`);
});

test('draws nothing when the stream is not a terminal', () => {
  const stream = new PassThrough();
  const bar = createProgressBar(stream);
  bar.update(1, 2);
  bar.stop();
  assert.equal(stream.read(), null);
});

test('draws on a terminal and clears the line when stopped', () => {
  const stream = Object.assign(new PassThrough(), { isTTY: true });
  let time = 0;
  const bar = createProgressBar(stream, { now: () => time });
  time = 1000;
  bar.update(10, 20);
  bar.stop();
  const written = String(stream.read());
  assert.match(written, /10\/20\s+50%\s+10 docs\/s\s+ETA 0:01/);
  assert.ok(written.endsWith('\r\x1b[K'));
});
