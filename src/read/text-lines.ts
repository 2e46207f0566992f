/** Locates lines by offset, so readers can point spans at a header or headline without copying text. */
import type { Span } from '../core/index.ts';

/** The span of the line starting at `from` (without its line break) and where the next line starts. */
export function lineAt(text: string, from: number): { readonly line: Span; readonly next: number } {
  const newline = text.indexOf('\n', from);
  const lineEnd = newline === -1 ? text.length : newline;
  const end = lineEnd > from && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return { line: { start: from, end }, next: newline === -1 ? text.length : newline + 1 };
}

/** The trimmed span of the first non-empty line at or after `from`, if any. */
export function firstNonEmptyLine(text: string, from: number): Span | undefined {
  for (let position = from; position < text.length; ) {
    const { line, next } = lineAt(text, position);
    const content = text.slice(line.start, line.end);
    const trimmed = content.trim();
    if (trimmed !== '') {
      const start = line.start + content.length - content.trimStart().length;
      return { start, end: start + trimmed.length };
    }
    position = next;
  }
  return undefined;
}

/** The first line of `text`, without its line break. */
export function firstLine(text: string): string {
  const { line } = lineAt(text, 0);
  return text.slice(line.start, line.end);
}
