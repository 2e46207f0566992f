/** Reads the seed format: a ` date YYYY-MM-DD URL` header line, a headline line, then the body. */
import type { Doc, Message } from '../core/index.ts';
import { docId } from './doc-id.ts';
import { firstNonEmptyLine, lineAt } from './text-lines.ts';
import { outletOfUrl } from './outlet-of-url.ts';
import { readMessage } from './read-message.ts';
import { parseSeedHeader } from './seed-header.ts';
import { splitParagraphs } from './split-paragraphs.ts';

/** The document in seed-format `text` from `name`, or an error message when its header is malformed. */
export function readSeed(name: string, text: string): { readonly doc?: Doc; readonly messages: Message[] } {
  const header = lineAt(text, 0);
  const parsed = parseSeedHeader(text.slice(header.line.start, header.line.end));
  if ('problem' in parsed) return { messages: [readMessage('error', 'read/bad-header', name, parsed.problem, header.line)] };
  const titleSpan = firstNonEmptyLine(text, header.next);
  const bodyStart = titleSpan === undefined ? text.length : lineAt(text, titleSpan.start).next;
  const body = { start: bodyStart, end: text.length };
  const messages = titleSpan === undefined ? [readMessage('warning', 'read/no-headline', name, 'seed file has a header but no headline')] : [];
  const outlet = outletOfUrl(parsed.url);
  const doc: Doc = {
    id: docId(name),
    text,
    url: parsed.url,
    ...(parsed.date === undefined ? {} : { date: parsed.date, dateSource: 'seed-header' as const }),
    ...(titleSpan === undefined ? {} : { title: text.slice(titleSpan.start, titleSpan.end), titleSpan }),
    ...(outlet === undefined ? {} : { outlet }),
    body,
    paragraphs: splitParagraphs(text, body),
    messages,
  };
  return { doc, messages };
}
