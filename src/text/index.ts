/** The text stage: sentences, quotations, attribution and enumerated lists, all as spans. */
export { splitSentences, type Sentence } from './sentences.ts';
export { findQuotes, type Quote } from './quotes.ts';
export { findAttributions, type Attribution } from './attribution.ts';
export { findLists, type EnumeratedList } from './lists.ts';
export { looksEnglish } from './english.ts';
export { datePhrases, sentenceAround, statementDate, type DatePhrase } from './statement-dates.ts';
export { blankInlineMarkup } from './markup.ts';
