/**
 * Runs of characters of one class, scanned by hand: a table for ASCII and the class itself beyond it.
 * A global Unicode expression over the same text takes two to three times as long.
 */

/** Returns where the run of `members` that starts at `start` ends (`start` itself if none does). */
export function runScanner(members: RegExp): (text: string, start: number) => number {
  const ascii = Array.from({ length: 128 }, (_, code) => members.test(String.fromCharCode(code)));
  return (text, start) => {
    let end = start;
    while (end < text.length) {
      const code = text.codePointAt(end) ?? 0;
      if (!(code < 128 ? ascii[code] : members.test(String.fromCodePoint(code)))) break;
      end += code > 0xffff ? 2 : 1;
    }
    return end;
  };
}
