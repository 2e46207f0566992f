/**
 * The phrases that date a statement ("on Tuesday", "last week", "in March 2022", "at the talks in 2022",
 * "yesterday"), resolved against the publication date by chrono-node, with their offsets into the text.
 */
import * as chrono from 'chrono-node';
import type { Span } from '../core/index.ts';

/** A dating phrase: `text.slice(start, end) === quote`, naming the day `date` (ISO `YYYY-MM-DD`). */
export interface DatePhrase extends Span {
  readonly date: string;
  readonly quote: string;
}

// chrono reads "in March 2022" but not a bare year; "in 2022", "since 2014" name a year when followed by no more digits.
const YEAR_PHRASE = /\b(?:in|since|during|throughout)\s+((?:19|20)\d{2})\b(?![.,]?\d)/i;
// A phrase that knows none of these only names a time of day ("at 5 pm"): it dates nothing.
const DATE_COMPONENTS = ['year', 'month', 'day', 'weekday'] as const;
// "This year" covers every day up to publication: its first day would date the statement too early.
const CURRENT_PERIOD = /\bthis\s+(?:year|month|week)\b/i;

const parser = chrono.en.casual.clone();
parser.parsers.push({
  pattern: () => YEAR_PHRASE,
  extract: (context, match) => {
    const components = context.createParsingComponents({ year: Number(match[1]) });
    return components.imply('month', 1).imply('day', 1);
  },
});

/**
 * The dating phrases inside `span` of `text`, in text order. Relative phrases need `published` (ISO date); without it
 * only phrases that name their year are kept. A phrase that would date after publication is a plan, not a statement:
 * a month and day without a year move back a year, anything else later is dropped.
 */
export function datePhrases(text: string, span: Span, published?: string): DatePhrase[] {
  const reference = published === undefined ? undefined : new Date(`${published}T12:00:00Z`);
  const phrases: DatePhrase[] = [];
  for (const result of parser.parse(text.slice(span.start, span.end), { instant: reference ?? new Date(0), timezone: 0 })) {
    const { start: when } = result;
    if (!DATE_COMPONENTS.some((component) => when.isCertain(component)) || CURRENT_PERIOD.test(result.text)) continue;
    if (reference === undefined && !when.isCertain('year')) continue;
    let date = when.date();
    if (reference !== undefined && date > reference && !when.isCertain('year') && when.isCertain('month')) {
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    }
    if (reference !== undefined && date > reference) continue;
    const start = span.start + result.index;
    phrases.push({ start, end: start + result.text.length, date: date.toISOString().slice(0, 10), quote: result.text });
  }
  return phrases;
}

// A sentence ends at . ! or ? (with any closing quote) before white space, or at a line break.
const SENTENCE_END = /[.!?]["'”’)]*\s|\n/g;
// How far around the evidence a sentence boundary is looked for; longer "sentences" are cut there.
const SENTENCE_REACH = 1_000;

/** The sentence around `span`: from the end of the sentence before it to the end of the one it ends in. */
export function sentenceAround(text: string, span: Span): Span {
  const from = Math.max(0, span.start - SENTENCE_REACH);
  let start = from;
  let end = Math.min(text.length, span.end + SENTENCE_REACH);
  for (const match of text.slice(from, end).matchAll(SENTENCE_END)) {
    const index = from + match.index;
    if (index + match[0].length <= span.start) start = index + match[0].length;
    else if (index >= span.end - 1) {
      end = index + 1;
      break;
    }
  }
  return { start, end: Math.max(end, span.end) };
}

/**
 * The phrase that dates the statement at `evidence`: the one nearest to it in its sentence. Pass the same `cache` for
 * every evidence span of one text, so a sentence holding several positions is parsed once.
 */
export function statementDate(text: string, evidence: Span, published?: string, cache = new Map<string, DatePhrase[]>()): DatePhrase | undefined {
  const sentence = sentenceAround(text, evidence);
  const key = `${sentence.start}:${sentence.end}`;
  let phrases = cache.get(key);
  if (phrases === undefined) cache.set(key, (phrases = datePhrases(text, sentence, published)));
  let best: DatePhrase | undefined;
  let bestDistance = Infinity;
  for (const phrase of phrases) {
    const distance = Math.max(0, phrase.start - evidence.end, evidence.start - phrase.end);
    if (distance < bestDistance) [best, bestDistance] = [phrase, distance];
  }
  return best;
}
