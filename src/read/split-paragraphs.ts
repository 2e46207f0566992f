/** Splits a body into paragraphs and marks repeats, so later stages process repeated text once. */
import type { Paragraph, Span } from '../core/index.ts';

/**
 * Below this length a paragraph is only a repeat when identical: a short line such as a list item
 * may well occur inside a longer paragraph without repeating it.
 */
const MIN_CONTAINED_LENGTH = 40;
/**
 * Looking for a paragraph inside earlier ones is quadratic; article-sized texts stay far below this
 * many scanned characters, and huge dumps fall back to marking identical paragraphs only.
 */
const CONTAINMENT_BUDGET = 50_000_000;

/**
 * The non-empty lines of `text` within `body`, trimmed. A paragraph whose whitespace-normalised text
 * equals an earlier one, or (when long enough) occurs inside an earlier one, gets `repeatOf` that
 * earlier paragraph's index: pages often repeat paragraphs, or glue several into one line.
 */
export function splitParagraphs(text: string, body: Span): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const firstByText = new Map<string, number>();
  let earlierText = '';
  const earlierStarts: number[] = [];
  let budget = CONTAINMENT_BUDGET;
  const region = text.slice(0, body.end);
  const linePattern = /[^\r\n]+/g;
  linePattern.lastIndex = body.start;
  for (let match = linePattern.exec(region); match !== null; match = linePattern.exec(region)) {
    const trimmed = match[0].trim();
    if (trimmed === '') continue;
    const start = match.index + match[0].length - match[0].trimStart().length;
    const key = trimmed.replace(/\s+/g, ' ');
    let repeatOf = firstByText.get(key);
    if (repeatOf === undefined && key.length >= MIN_CONTAINED_LENGTH && budget > 0) {
      budget -= earlierText.length;
      const found = earlierText.indexOf(key);
      if (found !== -1) repeatOf = lastIndexAtOrBefore(earlierStarts, found);
    }
    const index = paragraphs.length;
    paragraphs.push(repeatOf === undefined ? { start, end: start + trimmed.length } : { start, end: start + trimmed.length, repeatOf });
    if (!firstByText.has(key)) firstByText.set(key, index);
    earlierStarts.push(earlierText.length);
    earlierText += `${key}\n`;
  }
  return paragraphs;
}

/** The index of the last entry of the ascending `starts` that is at most `position`. */
function lastIndexAtOrBefore(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}
