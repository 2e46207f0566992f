/**
 * One cited position: its document's facts, the highlighted article text and a citation to copy. A card of its own,
 * so actions on a single piece of evidence have one place to live.
 */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { PositionRecord } from '../core/types.ts';
import type { DocumentView } from '../api/document-view.ts';
import { EvidenceText } from './evidence-text.ts';
import { MODE_LABEL, STANCE_LABEL, STRENGTH_LABEL } from './labels.ts';
import { ReviewActions, type ReviewChoices } from './review-actions.ts';

/** How a card hands verdicts on: the pack's choices for corrections, and who reloads after a review. */
export interface ReviewHook {
  readonly choices: ReviewChoices | undefined;
  readonly version: number;
  readonly onReviewed: () => void;
}

/** A record with the document its evidence indexes, as `GET /api/evidence` returns it. */
export interface EvidenceItem {
  readonly record: PositionRecord;
  readonly document?: DocumentView;
}

/** Only web links: a stored URL is data from outside and must not become a javascript: link. */
export function webUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

/** The citation of a piece of evidence: headline, outlet, date, URL and the quoted sentence. */
export function citation({ record, document }: EvidenceItem): string {
  const parts = [document?.title ?? record.title ?? record.doc, document?.outlet ?? record.outlet, record.date ?? 'undated', document?.url ?? record.url];
  return `${parts.filter((part) => part !== undefined && part !== '').join('. ')}. “${record.evidence.quote}”`;
}

/** The card of one cited record. */
export function EvidenceCard({ item, partyName, review }: { item: EvidenceItem; partyName: (id: string) => string; review?: ReviewHook }): ComponentChild {
  const { record, document } = item;
  const [copied, setCopied] = useState('');
  const copy = () => navigator.clipboard.writeText(citation(item)).then(() => setCopied('citation copied'), () => setCopied('the browser refused the clipboard'));
  const url = webUrl(record.url);
  return h('article', { class: 'evidence-card', 'data-record': record.id },
    h('header', null,
      h('h4', null, document?.title ?? record.title ?? record.doc),
      h('p', { class: 'facts' },
        h('span', { class: `badge mode-${record.mode}`, title: 'how the position reached the text' }, MODE_LABEL[record.mode]),
        document?.stateMediaOf && h('span', { class: 'badge state-media' }, `${partyName(document.stateMediaOf)} state media`),
        h('span', null, `${partyName(record.holder)} ${STANCE_LABEL[record.stance]} (${STRENGTH_LABEL[record.strength]})`),
        record.date ? h('time', { dateTime: record.date }, record.date) : h('span', null, 'undated'),
        (document?.outlet ?? record.outlet) && h('span', null, document?.outlet ?? record.outlet),
        record.speaker && h('span', null, `speaker: ${record.speaker}`),
        record.intermediary && h('span', null, `via ${record.intermediary}`),
        url && h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'source')),
      record.conditions.length > 0 && h('p', { class: 'conditions' }, `on condition of: ${record.conditions.join(', ')}`)),
    document
      ? h(EvidenceText, { text: document.text, span: record.evidence })
      : h('blockquote', null, record.evidence.quote),
    h('p', { class: 'card-actions' },
      h('button', { type: 'button', class: 'small', onClick: copy }, 'Copy citation'),
      copied && h('span', { class: 'hint', role: 'status' }, ` ${copied}`)),
    review && h(ReviewActions, { record, choices: review.choices, onReviewed: review.onReviewed }));
}
