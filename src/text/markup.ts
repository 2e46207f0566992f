/**
 * Inline Markdown in article text. Articles saved from the web often keep their links as
 * `[words](https://…)`, which splits a phrase ("stop enlarging [NATO](…) eastwards") so that no
 * cue matches it. Readers keep the text as it is, for evidence offsets; matching reads a copy with
 * the markup blanked: the same length, so every offset still points into the original.
 */

// An image or link: `![alt](url)` or `[words](url)`; the URL may hold one level of parentheses.
const INLINE_LINK = /(!?)\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/gu;
// Strong or emphasised words: `**words**`, `*words*`.
const EMPHASIS = /(\*{1,3})(?=\S)([^*\n]+?)(?<=\S)\1/gu;

/** `text` with Markdown links, images and emphasis marks replaced by spaces: link words stay where they were. */
export function blankInlineMarkup(text: string): string {
  if (!text.includes('](') && !text.includes('*')) return text;
  return text
    .replace(INLINE_LINK, (whole: string, bang: string, words: string) => (bang ? ' '.repeat(whole.length) : ` ${words}`.padEnd(whole.length, ' ')))
    .replace(EMPHASIS, (_whole: string, marks: string, words: string) => `${' '.repeat(marks.length)}${words}${' '.repeat(marks.length)}`);
}
