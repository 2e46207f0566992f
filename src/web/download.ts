/** Saving what a view shows: a file download of text the page built, and CSV rows from plain values. */
import { csvField } from '../core/index.ts';

/** Offers `text` as a file named `name`. */
export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Offers a chart's canvas as a PNG file named `name`. */
export function downloadCanvas(name: string, canvas: HTMLCanvasElement): void {
  canvas.toBlob((blob) => blob && downloadBlob(name, blob), 'image/png');
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is kept a moment for browsers that read it later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A CSV document: the header and the rows, each field quoted per RFC 4180 where needed. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\n`).join('');
}

