/** The review queue: positions that decide a red line, a collision or a shift first, then the least confident; and the reviewer's token. */
import { h, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MatrixCell } from '../analyse/index.ts';
import type { PositionRecord } from '../core/types.ts';
import { api, storedToken, storeToken } from './api-client.ts';
import type { EvidenceRequest } from './evidence-panel.ts';
import { STANCE_LABEL, STRENGTH_LABEL } from './labels.ts';

interface QueueItem {
  readonly record: PositionRecord;
  readonly reasons: readonly string[];
}

interface ReviewQueueProps {
  readonly version: number;
  readonly partyName: (id: string) => string;
  readonly proposition: (id: string) => string;
  readonly reviewedOnly: boolean;
  readonly onReviewedOnly: (value: boolean) => void;
  readonly onEvidence: (request: EvidenceRequest) => void;
}

const QUEUE_LENGTH = 10;

/** The queue panel: each item opens its evidence card, where it is reviewed. */
export function ReviewQueue({ version, partyName, proposition, reviewedOnly, onReviewedOnly, onEvidence }: ReviewQueueProps): ComponentChild {
  const [items, setItems] = useState<readonly QueueItem[] | undefined>(undefined);
  const [token, setToken] = useState(storedToken());
  useEffect(() => {
    let current = true;
    api<QueueItem[]>(`/api/reviews/queue?limit=${QUEUE_LENGTH}`).then((loaded) => current && setItems(loaded), () => current && setItems([]));
    return () => {
      current = false;
    };
  }, [version]);
  return h('section', { class: 'panel review-queue', 'aria-labelledby': 'review-title' },
    h('h2', { id: 'review-title' }, 'Review queue'),
    h('p', { class: 'hint' }, 'Red lines, collisions and shifts first, then the least confident. On a card: C confirm · X reject · E correct; select words in the article to add a missed position.'),
    h('div', { class: 'filters' },
      h('label', null, 'Reviewer token ', h('input', {
        type: 'password', name: 'review-token', autocomplete: 'off', value: token,
        onInput: (event: Event) => {
          const value = (event.target as HTMLInputElement).value;
          setToken(value);
          storeToken(value);
        },
      })),
      h('label', null, h('input', { type: 'checkbox', name: 'reviewed-only', checked: reviewedOnly, onChange: (event: Event) => onReviewedOnly((event.target as HTMLInputElement).checked) }), ' reviewed positions only')),
    items === undefined ? h('p', { class: 'hint' }, 'Loading…')
      : items.length === 0 ? h('p', { class: 'hint' }, 'Nothing left to review.')
        : h('ol', { class: 'queue' }, items.map(({ record, reasons }) => h('li', { key: record.id },
          h('button', {
            type: 'button', class: 'queue-item',
            onClick: () => onEvidence({
              title: `${partyName(record.holder)} on “${proposition(record.issue)}”`,
              groups: [{ label: 'To review', party: record.holder, issue: record.issue, recordIds: [record.id] }],
            }),
          },
          `${partyName(record.holder)} ${STANCE_LABEL[record.stance]} (${STRENGTH_LABEL[record.strength]}) ${proposition(record.issue)}`,
          h('span', { class: 'queue-why' }, ` — ${reasons.length > 0 ? reasons.join(', ') : `confidence ${record.confidence.toFixed(2)}`}`))))));
}

/** A cell's review coverage, `✓ 1/2`: how many of its supporting records an analyst confirmed, corrected or added. */
export function ReviewCoverage({ cell }: { cell: MatrixCell }): ComponentChild {
  return h('span', { class: `coverage${cell.reviewed === cell.supportCount ? ' complete' : ''}`, title: `${cell.reviewed} of ${cell.supportCount} supporting positions reviewed` },
    `✓ ${cell.reviewed}/${cell.supportCount}`);
}
