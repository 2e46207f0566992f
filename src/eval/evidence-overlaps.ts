/** Whether a predicted evidence span touches the gold evidence, wherever that quote occurs in the text. */
import type { Span } from '../core/index.ts';

/** Every start offset of `quote` in `text`; none for an empty quote, which marks no place. */
export function occurrencesOf(text: string, quote: string): number[] {
  const starts: number[] = [];
  if (quote === '') return starts;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/**
 * True when the half-open span shares at least one code unit with some occurrence of `goldQuote`.
 * Every occurrence counts because gold files carry the quote, not its offsets, and the seed repeats
 * paragraphs verbatim: the extractor may rightly point at either copy.
 */
export function evidenceOverlaps(text: string, goldQuote: string, predicted: Span): boolean {
  return occurrencesOf(text, goldQuote).some(
    (start) => start < predicted.end && predicted.start < start + goldQuote.length,
  );
}
