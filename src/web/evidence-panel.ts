/** The evidence panel: each cited position with its document's facts and the highlighted article text. */
import { h, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PositionRecord } from '../core/types.ts';
import type { DocumentView } from '../api/document-view.ts';
import { api, query } from './api-client.ts';
import { EvidenceText } from './evidence-text.ts';
import { MODE_LABEL, STANCE_LABEL, STRENGTH_LABEL } from './labels.ts';
import { ReviewActions, type ReviewChoices } from './review-actions.ts';

/** A set of cited records of one party on one issue, under a heading ("current position", "before", "after"). */
export interface EvidenceGroup {
  readonly label: string;
  readonly party: string;
  readonly issue: string;
  readonly recordIds: readonly string[];
}

/** What the panel shows: a title and one or more groups of records. */
export interface EvidenceRequest {
  readonly title: string;
  readonly groups: readonly EvidenceGroup[];
}

interface EvidenceItem {
  readonly record: PositionRecord;
  readonly document?: DocumentView;
}

/** How the cards hand verdicts on: the pack's choices for corrections, and who reloads after a review. */
interface ReviewHook {
  readonly choices: ReviewChoices | undefined;
  readonly version: number;
  readonly onReviewed: () => void;
}

/** Loads and shows the evidence of `request`, or a hint when nothing is selected. */
export function EvidencePanel({ request, partyName, review }: { request: EvidenceRequest | undefined; partyName: (id: string) => string; review: ReviewHook }): ComponentChild {
  const [items, setItems] = useState<readonly (readonly EvidenceItem[])[] | undefined>(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!request) return;
    let current = true;
    setError('');
    Promise.all(request.groups.map((group) =>
      api<{ items: EvidenceItem[] }>(`/api/evidence${query({ party: group.party, issue: group.issue, ids: group.recordIds.join(',') })}`)
        .then((reply) => reply.items)))
      .then((loaded) => current && setItems(loaded))
      .catch((failure: Error) => current && setError(failure.message));
    return () => {
      current = false;
    };
  }, [request, review.version]);

  if (!request) return h('section', { class: 'panel evidence', 'aria-labelledby': 'evidence-title' },
    h('h2', { id: 'evidence-title' }, 'Evidence'),
    h('p', { class: 'hint' }, 'Choose a cell of the matrix (or a shift of the timeline) to read the sentences behind it.'));
  return h('section', { class: 'panel evidence', 'aria-labelledby': 'evidence-title', 'aria-live': 'polite' },
    h('h2', { id: 'evidence-title' }, request.title),
    error && h('p', { class: 'error', role: 'alert' }, error),
    request.groups.map((group, index) => h('div', { class: 'evidence-group', key: group.label },
      request.groups.length > 1 && h('h3', null, group.label),
      items?.[index]?.map((item) => h(EvidenceCard, { key: item.record.id, item, partyName, review })) ?? h('p', { class: 'hint' }, 'Loading…'))));
}

function EvidenceCard({ item: { record, document }, partyName, review }: { item: EvidenceItem; partyName: (id: string) => string; review: ReviewHook }): ComponentChild {
  return h('article', { class: 'evidence-card' },
    h('header', null,
      h('h4', null, document?.title ?? record.title ?? record.doc),
      h('p', { class: 'facts' },
        h('span', { class: `badge mode-${record.mode}`, title: 'how the position reached the text' }, MODE_LABEL[record.mode]),
        document?.stateMediaOf && h('span', { class: 'badge state-media' }, `${partyName(document.stateMediaOf)} state media`),
        h('span', null, `${partyName(record.holder)} ${STANCE_LABEL[record.stance]} (${STRENGTH_LABEL[record.strength]})`),
        record.date && h('time', { dateTime: record.date }, record.date),
        (document?.outlet ?? record.outlet) && h('span', null, document?.outlet ?? record.outlet),
        record.speaker && h('span', null, `speaker: ${record.speaker}`),
        record.intermediary && h('span', null, `via ${record.intermediary}`),
        // Only web links: a stored URL is data from outside and must not become a javascript: link.
        record.url && /^https?:\/\//i.test(record.url) && h('a', { href: record.url, rel: 'noopener noreferrer', target: '_blank' }, 'source')),
      record.conditions.length > 0 && h('p', { class: 'conditions' }, `on condition of: ${record.conditions.join(', ')}`)),
    document
      ? h(EvidenceText, { text: document.text, span: record.evidence })
      : h('blockquote', null, record.evidence.quote),
    h(ReviewActions, { record, choices: review.choices, onReviewed: review.onReviewed }));
}
