/**
 * Whether a text reads as English. The cue lexicon and the packs' phrases are English, so on any
 * other language the extractor finds nothing; saying so beats an unexplained empty result.
 */

// Function words that make up a fifth or more of running English prose and are rare in other languages written in Latin script.
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'it', 'be', 'at', 'from',
  'has', 'have', 'are', 'this', 'said', 'not', 'will', 'would', 'its', 'an', 'which', 'were', 'been', 'their', 'they', 'he', 'his',
]);
// Too few words to judge: a headline or a one-line statement is given the benefit of the doubt.
const MIN_WORDS = 12;
const MIN_FUNCTION_WORD_SHARE = 0.1;

/** True unless the text is long enough to judge and its words are mostly not English (another script, or too few English function words). */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  const latin = words.filter((word) => /^[a-z]+$/u.test(word)).length;
  if (latin < words.length / 2) return false;
  return words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length >= words.length * MIN_FUNCTION_WORD_SHARE;
}
