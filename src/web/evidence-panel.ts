/**
 * The evidence drawer: the cited positions behind a cell, a shift or a violation, each with its document.
 * A side drawer on wide screens, a full-screen sheet on phones; Escape or the close button shuts it.
 */
import { h, type ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PositionState } from '../analyse/index.ts';
import { CSV_COLUMNS, positionsCsvRows } from '../core/index.ts';
import { api, query } from './api-client.ts';
import { CopyLinkButton } from './copy-link.ts';
import { EvidenceCard, type EvidenceItem, type ReviewHook } from './evidence-card.ts';
import { downloadText } from './download.ts';
import { filterParams, type Filters } from './url-state.ts';
import { useLatest } from './use-latest.ts';

/**
 * Records of one party on one issue under a heading ("current position", "before", "after"): those an analysis
 * cited (`recordIds`), or those of one stance and strength under the filters (a matrix cell's other states).
 */
export type EvidenceGroup = {
  readonly label: string;
  readonly party: string;
  readonly issue: string;
} & ({ readonly recordIds: readonly string[] } | { readonly state: PositionState; readonly filters: Filters });

/** The query of `GET /api/evidence` for a group. */
function evidenceQuery(group: EvidenceGroup): string {
  const { party, issue } = group;
  return 'recordIds' in group
    ? query({ party, issue, ids: group.recordIds.join(',') })
    : query({ ...filterParams(group.filters), party, issue, stance: group.state.stance, strength: group.state.strength });
}

/** What the drawer shows: a title and one or more groups of records. */
export interface EvidenceRequest {
  readonly title: string;
  /** A note under the title, such as why the groups disagree. */
  readonly note?: string;
  readonly groups: readonly EvidenceGroup[];
}

interface EvidenceDrawerProps {
  readonly request: EvidenceRequest | undefined;
  readonly partyName: (id: string) => string;
  readonly onClose: () => void;
  readonly review?: ReviewHook;
}

/** Loads and shows the evidence of `request`; nothing when there is none. An answer to an older request is never shown. */
export function EvidenceDrawer({ request, partyName, onClose, review }: EvidenceDrawerProps): ComponentChild {
  const heading = useRef<HTMLHeadingElement>(null);
  const { data: items, error } = useLatest(JSON.stringify([request ?? null, review?.version]), request && ((signal: AbortSignal) =>
    Promise.all(request.groups.map((group) =>
      api<{ items: EvidenceItem[] }>(`/api/evidence${evidenceQuery(group)}`, { signal })
        .then((reply) => reply.items)))));
  useEffect(() => {
    if (!request) return;
    heading.current?.focus({ preventScroll: true });
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    addEventListener('keydown', closeOnEscape);
    return () => removeEventListener('keydown', closeOnEscape);
  }, [request?.title]);
  if (!request) return null;

  const exportCsv = () => items && downloadText('redlines-evidence.csv',
    `${CSV_COLUMNS.join(',')}\n${positionsCsvRows(items.flat().map((item) => item.record))}`, 'text/csv');
  return h('aside', { class: 'evidence-drawer', role: 'dialog', 'aria-labelledby': 'evidence-title', 'aria-busy': items === undefined && !error },
    h('div', { class: 'drawer-head' },
      h('h2', { id: 'evidence-title', ref: heading, tabIndex: -1 }, request.title),
      h('button', { type: 'button', class: 'close', onClick: onClose, 'aria-label': 'Close the evidence (Escape)', title: 'Close (Escape)' }, '×')),
    request.note && h('p', { class: 'drawer-note' }, request.note),
    h('p', { class: 'drawer-actions' },
      h('button', { type: 'button', class: 'small', onClick: exportCsv, disabled: items === undefined }, 'Download CSV'), ' ',
      h(CopyLinkButton, { label: 'Copy link' })),
    error && h('p', { class: 'error', role: 'alert' }, error),
    h('div', { class: 'drawer-body', 'aria-live': 'polite' },
      request.groups.map((group, index) => h('section', { class: 'evidence-group', key: `${index}|${group.label}`, 'data-group': index },
        request.groups.length > 1 && h('h3', null, group.label),
        items === undefined
          ? (!error && h('p', { class: 'hint' }, 'Loading…'))
          : items[index]!.length === 0
            ? h('p', { class: 'hint' }, 'No stored record matches any more; reload the view.')
            : items[index]!.map((item) => h(EvidenceCard, { key: item.record.id, item, partyName, review }))))));
}
