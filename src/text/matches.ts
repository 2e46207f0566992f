/** Matching helpers for the text stage, which runs its expressions once per sentence. */

/**
 * Every match of the global expression `pattern` in `text`, as `text.matchAll(pattern)` gives them.
 * `matchAll` copies the expression on each call, which for a sentence costs more than the matching.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again where it stands: step past it by one character, as `matchAll` does.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}
