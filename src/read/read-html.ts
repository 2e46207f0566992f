/** Reads an HTML page: Readability finds the main content, and its text keeps a map back into the raw HTML. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Doc, Message } from '../core/index.ts';
import { docId } from './doc-id.ts';
import { domText, type DomNode, type MappedText } from './dom-text.ts';
import { isoDate } from './iso-date.ts';
import { outletOfUrl } from './outlet-of-url.ts';
import { rawHtmlText } from './raw-html-text.ts';
import { readMessage } from './read-message.ts';
import { splitParagraphs } from './split-paragraphs.ts';

/** Facts known from outside the page, and whether to look for a main article at all. */
export interface HtmlReadOptions {
  readonly id?: string;
  /** Where the page came from; the page's own canonical URL takes precedence. */
  readonly url?: string;
  readonly title?: string;
  readonly date?: string;
  /** False for fragments that are already the article (feed item content): skip Readability. */
  readonly findMainContent?: boolean;
}

/** The document in the HTML `raw` from `name`, or an error message when it holds no text. */
export function readHtml(
  name: string,
  raw: string,
  { id = docId(name), url, title, date, findMainContent = true }: HtmlReadOptions = {},
): { readonly doc?: Doc; readonly messages: Message[] } {
  const { document } = parseHTML(raw);
  const messages: Message[] = [];
  const pageUrl = absoluteUrl(metaContent(document, 'og:url'), url) ?? absoluteUrl(canonicalHref(document), url) ?? url;
  const pageDate = date ?? isoDate(metaContent(document, 'article:published_time'));
  const documentTitle = document.title?.trim() || undefined;
  const rawText = rawHtmlText(raw);
  let article: { title?: string | null; content?: unknown } | null = null;
  let mapped: MappedText | undefined;
  if (findMainContent) {
    try {
      article = new Readability(document as unknown as Document, { serializer: (element) => element }).parse();
    } catch (error) {
      messages.push(readMessage('warning', 'read/readability-failed', name, `main-content extraction failed: ${String(error)}`));
    }
    const content = article?.content as DomNode | undefined;
    mapped = content === undefined ? undefined : domText(content, rawText);
    if (mapped === undefined || mapped.text === '') {
      messages.push(readMessage('info', 'read/no-article', name, 'no main article found; using the whole page text'));
      mapped = undefined;
    }
  }
  // Readability has emptied the document by now, so the fallback parses the page afresh.
  mapped ??= domText(findMainContent ? parseHTML(raw).document : document, rawText);
  if (mapped.text === '') return { messages: [...messages, readMessage('error', 'read/no-text', name, 'HTML page has no text')] };
  const text = mapped.text;
  const pageTitle = title ?? (article?.title?.trim() || documentTitle);
  const titleSpan = pageTitle === undefined ? undefined : headlineSpan(text, pageTitle);
  const body = { start: titleSpan?.end ?? 0, end: text.length };
  const outlet = outletOfUrl(pageUrl);
  const doc: Doc = {
    id,
    text,
    ...(pageUrl === undefined ? {} : { url: pageUrl }),
    ...(pageDate === undefined ? {} : { date: pageDate }),
    ...(pageTitle === undefined ? {} : { title: pageTitle }),
    ...(titleSpan === undefined ? {} : { titleSpan }),
    ...(outlet === undefined ? {} : { outlet }),
    body,
    paragraphs: splitParagraphs(text, body),
    source: { kind: 'html', raw, offsets: mapped.offsets },
    messages,
  };
  return { doc, messages };
}

/** The `content` of `<meta property=…>` (or `name=…`), if present and not blank. */
function metaContent(document: ParentNode, property: string): string | undefined {
  for (const meta of document.querySelectorAll('meta')) {
    if (meta.getAttribute('property') === property || meta.getAttribute('name') === property) {
      const content = meta.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return undefined;
}

/** The `href` of `<link rel="canonical">`, if present. */
function canonicalHref(document: ParentNode): string | undefined {
  for (const link of document.querySelectorAll('link')) {
    if (link.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('canonical')) return link.getAttribute('href')?.trim() || undefined;
  }
  return undefined;
}

/** `href` resolved against `base`, when that gives an http(s) URL. */
function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    const resolved = new URL(href, base);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first paragraph's span when it is the title: Readability usually keeps the headline in the content. */
function headlineSpan(text: string, title: string): { start: number; end: number } | undefined {
  const newline = text.indexOf('\n');
  const end = newline === -1 ? text.length : newline;
  return text.slice(0, end) === title.replace(/\s+/g, ' ').trim() ? { start: 0, end } : undefined;
}
