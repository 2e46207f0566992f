/** Reads RSS 1.0/2.0 and Atom feeds: each item or entry becomes a document. */
import { DOMParser } from 'linkedom';
import type { Doc, Message } from '../core/index.ts';
import { docId } from './doc-id.ts';
import { isoDate } from './iso-date.ts';
import { outletOfUrl } from './outlet-of-url.ts';
import { readHtml } from './read-html.ts';
import { readMessage } from './read-message.ts';
import { readPlainText } from './read-plain-text.ts';
import type { LinkedItem, ReadResult } from './read-options.ts';

/** Content elements, fullest first: an item's full text beats its summary. */
const CONTENT_ELEMENTS = ['content:encoded', 'content', 'description', 'summary'];
const DATE_ELEMENTS = ['pubdate', 'published', 'dc:date', 'updated'];
const LOOKS_LIKE_HTML = /<\/?[a-zA-Z][^>]*>|&[a-zA-Z]+;|&#\d+;/;

/** The documents of the feed `xml` from `name`; items without text give warnings and are skipped. */
export function readFeed(name: string, xml: string): ReadResult {
  const docs: Doc[] = [];
  const messages: Message[] = [];
  const linkedItems: LinkedItem[] = [];
  let items: Element[];
  try {
    const document = new DOMParser().parseFromString(xml, 'text/xml');
    items = [...document.querySelectorAll('*')].filter((element) => ['item', 'entry'].includes(localName(element)));
  } catch (error) {
    return { docs, messages: [readMessage('error', 'read/bad-feed', name, `feed is not readable XML: ${String(error)}`)] };
  }
  if (items.length === 0) messages.push(readMessage('warning', 'read/empty-feed', name, 'feed has no items or entries'));
  items.forEach((item, index) => {
    const source = `${name}#${index + 1}`;
    const title = childText(item, ['title']);
    const url = itemLink(item);
    const date = isoDate(childText(item, DATE_ELEMENTS));
    const content = childText(item, CONTENT_ELEMENTS);
    if (content === undefined || content.trim() === '') {
      messages.push(readMessage('warning', 'read/empty-item', source, `feed item ${index + 1} has no content`));
      if (url !== undefined) linkedItems.push({ url, ...(date === undefined ? {} : { date }), ...(title === undefined ? {} : { title }) });
      return;
    }
    const id = url ?? `${docId(name)}#${index + 1}`;
    if (LOOKS_LIKE_HTML.test(content)) {
      const read = readHtml(source, content, {
        id,
        findMainContent: false,
        ...(url === undefined ? {} : { url }),
        ...(title === undefined ? {} : { title }),
        ...(date === undefined ? {} : { date, dateSource: 'feed-item' as const }),
      });
      if (read.doc !== undefined) docs.push(read.doc);
      messages.push(...read.messages);
      return;
    }
    const outlet = outletOfUrl(url);
    docs.push(
      readPlainText(source, content, {
        id,
        ...(url === undefined ? {} : { url }),
        ...(date === undefined ? {} : { date, dateSource: 'feed-item' as const }),
        ...(title === undefined ? {} : { title }),
        ...(outlet === undefined ? {} : { outlet }),
      }),
    );
  });
  return linkedItems.length === 0 ? { docs, messages } : { docs, messages, linkedItems };
}

/** The element's lower-case qualified name (`content:encoded`, `item`), whatever the parser's casing. */
function localName(element: Element): string {
  return element.tagName.toLowerCase();
}

/** The trimmed text of the first child named by `names`, in the order of `names`. */
function childText(item: Element, names: readonly string[]): string | undefined {
  for (const name of names) {
    const child = [...item.children].find((element) => localName(element) === name);
    const text = child?.textContent?.trim();
    if (text) return text;
  }
  return undefined;
}

/** The item's link: RSS `<link>` text, or Atom's alternate `<link href>`. */
function itemLink(item: Element): string | undefined {
  for (const link of [...item.children].filter((element) => localName(element) === 'link')) {
    const rel = link.getAttribute('rel');
    const href = link.getAttribute('href')?.trim() || link.textContent?.trim();
    if (href && (rel === null || rel === 'alternate')) return href;
  }
  return undefined;
}
