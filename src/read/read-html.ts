/** Reads an HTML page: Readability finds the main content, and its text keeps a map back into the raw HTML. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DateSource, Doc, Message } from '../core/index.ts';
import { docId } from './doc-id.ts';
import { domSize } from './dom-size.ts';
import { domText, type DomNode, type MappedText } from './dom-text.ts';
import { isoDate } from './iso-date.ts';
import { outletOfUrl } from './outlet-of-url.ts';
import { rawHtmlText } from './raw-html-text.ts';
import { readMessage } from './read-message.ts';
import { splitParagraphs } from './split-paragraphs.ts';

/**
 * News pages have a few thousand elements; past this many, Readability's cost grows much faster than
 * the page (seconds per page), so the whole page text is used instead.
 */
const MAX_ELEMENTS_FOR_READABILITY = 15_000;
/** Real pages nest a few dozen levels; Readability recurses per level and takes minutes on thousands. */
const MAX_DEPTH_FOR_READABILITY = 400;
/**
 * Pages with more tags than this are not parsed at all: a news page has a few thousand, and building the DOM of a
 * million elements takes minutes and gigabytes.
 */
export const MAX_HTML_ELEMENTS = 200_000;
/**
 * Pages nested deeper than this are not parsed either: real pages nest a few dozen levels, and the parser's time
 * grows with the square of the depth (100,000 levels take over 30 s).
 */
export const MAX_HTML_DEPTH = 5_000;
/** Elements that never hold others, or that parsers close by themselves when a sibling opens: they add no depth. */
const FLAT_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rp', 'rt',
]);

/** Facts known from outside the page, and whether to look for a main article at all. */
export interface HtmlReadOptions {
  readonly id?: string;
  /** Where the page came from; the page's own canonical URL takes precedence. */
  readonly url?: string;
  readonly title?: string;
  readonly date?: string;
  /** Where `date` came from; the page's own publication metadata when no date is given. */
  readonly dateSource?: DateSource;
  /** False for fragments that are already the article (feed item content): skip Readability. */
  readonly findMainContent?: boolean;
}

/** The document in the HTML `raw` from `name`, or an error message when it holds no text. */
export function readHtml(
  name: string,
  raw: string,
  { id = docId(name), url, title, date, dateSource, findMainContent = true }: HtmlReadOptions = {},
): { readonly doc?: Doc; readonly messages: Message[] } {
  if (tagsOver(raw, MAX_HTML_ELEMENTS)) {
    return { messages: [readMessage('error', 'read/html-too-large', name, `HTML page with over ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements; not parsed`)] };
  }
  if (nestedDeeperThan(raw, MAX_HTML_DEPTH)) {
    return { messages: [readMessage('error', 'read/html-too-deep', name, `HTML page nested over ${MAX_HTML_DEPTH.toLocaleString('en')} levels deep; not parsed`)] };
  }
  const document = parsePage(raw);
  if (document === undefined) return { messages: [readMessage('error', 'read/bad-html', name, 'HTML cannot be parsed')] };
  const messages: Message[] = [];
  const pageUrl = absoluteUrl(metaContent(document, 'og:url'), url) ?? absoluteUrl(canonicalHref(document), url) ?? url;
  const pageDate = date ?? isoDate(metaContent(document, 'article:published_time'));
  const pageDateSource: DateSource | undefined = date !== undefined ? dateSource : pageDate === undefined ? undefined : 'page-metadata';
  const documentTitle = document.title?.trim() || undefined;
  const rawText = rawHtmlText(raw);
  let article: { title?: string | null; content?: unknown } | null = null;
  let mapped: MappedText | undefined;
  const size = findMainContent ? domSize(document.documentElement, MAX_ELEMENTS_FOR_READABILITY) : undefined;
  if (size !== undefined && (size.elements > MAX_ELEMENTS_FOR_READABILITY || size.depth > MAX_DEPTH_FOR_READABILITY)) {
    messages.push(readMessage('info', 'read/no-article', name, 'page too large or deep for main-content extraction; using the whole page text'));
  } else if (findMainContent) {
    try {
      article = new Readability(document, { serializer: (element) => element }).parse();
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
      messages.push(readMessage('warning', 'read/readability-failed', name, `main-content extraction failed: ${reason}`));
    }
    const content = article?.content as DomNode | undefined;
    mapped = content === undefined ? undefined : domText(content, rawText);
    if (mapped === undefined || mapped.text === '') {
      messages.push(readMessage('info', 'read/no-article', name, 'no main article found; using the whole page text'));
      // Readability has emptied the document by now, so the fallback parses the page afresh.
      mapped = domText(parsePage(raw) ?? document, rawText);
    }
  }
  mapped ??= domText(document, rawText);
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
    ...(pageDateSource === undefined ? {} : { dateSource: pageDateSource }),
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

/** Whether `raw` opens more than `limit` tags, counted without parsing (and without counting past the limit). */
function tagsOver(raw: string, limit: number): boolean {
  const tagStart = /<[a-zA-Z]/g;
  let tags = 0;
  while (tagStart.exec(raw) !== null) if (++tags > limit) return true;
  return false;
}

/**
 * Whether the tags of `raw` nest deeper than `limit`, counted without parsing: each opening tag goes one level in, each
 * closing tag one out; elements in FLAT_ELEMENTS and self-closed tags do not count.
 */
function nestedDeeperThan(raw: string, limit: number): boolean {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  for (let match = tag.exec(raw); match !== null; match = tag.exec(raw)) {
    const [, closing, tagName, selfClosing] = match;
    if (selfClosing === '/' || FLAT_ELEMENTS.has(tagName!.toLowerCase())) continue;
    depth = closing === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > limit) return true;
  }
  return false;
}

/**
 * The page as a DOM with a root element. linkedom leaves markup-less text without one, so such input
 * is parsed again inside a skeleton page, which adds no text and so leaves the raw offsets valid.
 */
function parsePage(raw: string): Document | undefined {
  try {
    if (/<html[\s>]/i.test(raw)) {
      const { document } = parseHTML(raw);
      if (document.documentElement !== null && document.body !== null) return document as unknown as Document;
    }
    const wrapped = parseHTML(`<!DOCTYPE html><html><head></head><body>${raw}</body></html>`).document;
    return wrapped.documentElement === null ? undefined : (wrapped as unknown as Document);
  } catch {
    return undefined;
  }
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
