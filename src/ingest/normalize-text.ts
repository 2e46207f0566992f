/** The normal form two texts must share to count as the same content. */

/** Unicode-compatibility folds, typographic quotes and dashes made plain, whitespace runs collapsed, ends trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
