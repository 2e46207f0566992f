/** A one-line progress bar with documents/s and ETA, drawn only on a terminal so pipes and logs stay clean. */

/** Draws progress to `stream`; a no-op unless the stream is a TTY. */
export interface ProgressBar {
  update(done: number, total: number): void;
  /** Clears the bar so the summary starts on a clean line. */
  stop(): void;
}

const WIDTH = 30;
// Redrawing every item would cost more than ingesting small documents.
const REDRAW_MS = 100;

/** A progress bar on `stream` (stderr by default); `now` is injectable for tests. */
export function createProgressBar(
  stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr,
  { now = () => performance.now() }: { now?: () => number } = {},
): ProgressBar {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = time;
      drawn = true;
      stream.write(`\r${formatProgress(done, total, (time - started) / 1000)}\x1b[K`);
    },
    stop() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/** The bar's text: `[#####-----] 500/1000  50%  250 docs/s  ETA 0:02`. */
export function formatProgress(done: number, total: number, seconds: number): string {
  const fraction = total > 0 ? Math.min(done / total, 1) : 1;
  const filled = Math.round(fraction * WIDTH);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?';
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${String(Math.round(fraction * 100)).padStart(3)}%  ${Math.round(rate)} docs/s  ETA ${eta}`;
}

function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
