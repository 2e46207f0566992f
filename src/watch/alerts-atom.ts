/** The alerts as an Atom feed, so any feed reader can follow them: one entry per alert, newest first. */
import { Feed } from 'feed';
import type { FiredAlert } from '../store/index.ts';
import { alertBody, formatAlert } from './format-alert.ts';

/**
 * The feed library writes titles and content as `type="html"` inside CDATA, so news text, which may hold markup, is
 * escaped to show as written and never as HTML; escaping `>` also keeps a `]]>` in the text from closing the CDATA.
 */
function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Atom XML of `alerts` (newest first); `selfUrl` is the feed's own address. */
export function alertsAtom(alerts: readonly FiredAlert[], selfUrl: string): string {
  const feed = new Feed({
    id: selfUrl,
    title: 'redlines alerts',
    description: 'New red lines, confirmed shifts, new collisions, first positions and contradictions, with their evidence',
    link: selfUrl,
    feedLinks: { atom: selfUrl },
    updated: alerts[0] === undefined ? new Date(0) : new Date(alerts[0].firedAt),
    generator: 'redlines',
  });
  for (const alert of alerts) {
    const { rule, summary, after } = alertBody(alert);
    // An entry links to the article that raised it when that is a web page.
    const article = after.map((ref) => ref.doc).find((doc) => /^https?:\/\//.test(doc));
    feed.addItem({
      id: `urn:redlines:alert:${alert.id}`,
      title: escapeHtml(`[${rule}] ${summary}`),
      link: article ?? selfUrl,
      date: new Date(alert.firedAt),
      content: `<pre>${escapeHtml(formatAlert(alert))}</pre>`,
      category: [{ name: rule, term: rule }],
    });
  }
  return feed.atom1();
}
