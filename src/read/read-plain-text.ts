/** Reads plain text: the first non-empty line is the title, and the whole text is the body. */
import type { DateSource, Doc } from '../core/index.ts';
import { docId } from './doc-id.ts';
import { firstNonEmptyLine } from './text-lines.ts';
import { splitParagraphs } from './split-paragraphs.ts';

/** Extra facts about a plain text known from elsewhere (a JSONL record, an HTTP response). */
export interface PlainTextMeta {
  readonly id?: string;
  readonly url?: string;
  readonly date?: string;
  readonly dateSource?: DateSource;
  readonly title?: string;
  readonly outlet?: string;
}

/** The document in plain `text` from `name`; `meta` fields override what the text suggests. */
export function readPlainText(name: string, text: string, meta: PlainTextMeta = {}): Doc {
  const body = { start: 0, end: text.length };
  const titleSpan = meta.title === undefined ? firstNonEmptyLine(text, 0) : undefined;
  return {
    id: meta.id ?? docId(name),
    text,
    ...(meta.url === undefined ? {} : { url: meta.url }),
    ...(meta.date === undefined ? {} : { date: meta.date }),
    ...(meta.date === undefined || meta.dateSource === undefined ? {} : { dateSource: meta.dateSource }),
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(titleSpan === undefined ? {} : { title: text.slice(titleSpan.start, titleSpan.end), titleSpan }),
    ...(meta.outlet === undefined ? {} : { outlet: meta.outlet }),
    body,
    paragraphs: splitParagraphs(text, body),
    messages: [],
  };
}
