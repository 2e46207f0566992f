/** Turns text pasted into the dashboard or posted to the API into a `Doc`, through the plain-text reader. */
import type { Doc, Message } from '../core/index.ts';
import { contentHash } from '../ingest/index.ts';
import { readContent } from '../read/index.ts';

/** What `POST /api/documents` accepts besides a URL: the text and what the sender knows about it. */
export interface PastedText {
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly date?: string;
}

/**
 * The document of a pasted text, or the reader's message when it is no text (only whitespace, binary). It is named
 * after its URL when one is given, otherwise after its content hash, so pasting the same text twice names (and
 * stores) it once.
 */
export function textDocument({ text, title, url, date }: PastedText): { readonly doc: Doc } | { readonly message: Message } {
  const name = url ?? `pasted-${contentHash(text).slice(0, 16)}`;
  const { docs: [doc], messages } = readContent(name, text, { format: 'text', ...(url === undefined ? {} : { url }) });
  if (doc === undefined) return { message: messages[0]! };
  // A given title replaces the first line as headline, so that line's span no longer marks one.
  const { titleSpan, ...rest } = doc;
  return {
    doc: {
      ...(title === undefined ? doc : rest),
      ...(title === undefined ? {} : { title }),
      ...(date === undefined ? {} : { date }),
    },
  };
}
