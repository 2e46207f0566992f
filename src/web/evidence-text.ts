/** An article's text with one evidence span marked and scrolled into view: text nodes only, never HTML. */
import { h, type ComponentChild } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Span } from '../core/types.ts';

/**
 * Renders `text` as three text children around a `<mark>` cut at the span's offsets, so the article's
 * characters are never parsed as markup; then scrolls the mark into the middle of its own box only,
 * leaving the page where the reader had it.
 */
export function EvidenceText({ text, span }: { text: string; span: Span }): ComponentChild {
  const box = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (box.current && mark.current) box.current.scrollTop = mark.current.offsetTop - box.current.clientHeight / 2;
  }, [text, span.start, span.end]);
  return h('div', { class: 'article', ref: box, tabIndex: 0, 'aria-label': 'article text' },
    text.slice(0, span.start),
    h('mark', { ref: mark }, text.slice(span.start, span.end)),
    text.slice(span.end));
}
