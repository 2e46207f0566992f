/** The document browser: full-text search over the stored articles, and each document's text with its positions. */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { inWindow, type PositionRecord } from '../core/index.ts';
import type { DocumentView } from '../api/document-view.ts';
import type { DocumentSummary } from '../store/store.ts';
import { api, query } from './api-client.ts';
import { EvidenceText } from './evidence-text.ts';
import { describeState, MODE_LABEL } from './labels.ts';
import { passesFilters, type Filters } from './url-state.ts';
import { useLatest } from './use-latest.ts';

const LISTED = 200;

interface DocumentBrowserProps {
  readonly filters: Filters;
  readonly stateMediaOutlets: ReadonlySet<string>;
  readonly version: number;
  readonly partyName: (id: string) => string;
  readonly proposition: (id: string) => string;
}

/** A search field and the matching documents under the filters; choosing one shows its positions, each marked in its text. */
export function DocumentBrowser({ filters, stateMediaOutlets, version, partyName, proposition }: DocumentBrowserProps): ComponentChild {
  const [typed, setTyped] = useState('');
  const [searched, setSearched] = useState('');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [marked, setMarked] = useState<PositionRecord | undefined>(undefined);
  const list = useLatest(JSON.stringify([searched, version]), (signal) =>
    api<DocumentSummary[]>(`/api/documents${query({ search: searched || undefined, limit: String(LISTED) })}`, { signal }));
  const opened = useLatest(JSON.stringify([chosen, version]), chosen === undefined ? undefined : (signal) =>
    api<{ document: DocumentView; positions: PositionRecord[] }>(`/api/documents/${encodeURIComponent(chosen)}`, { signal }));
  const shown = (list.data ?? []).filter((summary) => inWindow(summary.date, filters)
    && passesFilters({ outlet: summary.outlet ?? '' }, filters, stateMediaOutlets));
  const submit = (event: Event) => {
    event.preventDefault();
    setSearched(typed.trim());
  };
  return h('div', { class: 'documents' },
    h('form', { class: 'toolbar', role: 'search', onSubmit: submit },
      h('label', null, 'Search the articles ', h('input', { type: 'search', name: 'document-search', value: typed, onInput: (event: Event) => setTyped((event.target as HTMLInputElement).value) })), ' ',
      h('button', { type: 'submit', class: 'small' }, 'Search')),
    list.error && h('p', { class: 'error', role: 'alert' }, list.error),
    h('div', { class: 'document-columns' },
      h('ul', { class: 'document-list', 'aria-label': 'documents' },
        list.data && shown.length === 0 && h('li', { class: 'hint' }, searched ? `No article matches “${searched}” under these filters.` : 'No article under these filters.'),
        shown.map((summary) => h('li', { key: summary.id },
          h('button', { type: 'button', class: 'link', 'aria-pressed': chosen === summary.id, onClick: () => { setChosen(summary.id); setMarked(undefined); } },
            summary.title ?? summary.name),
          h('span', { class: 'hint' }, ` ${[summary.date ?? 'undated', summary.outlet, `${summary.positionCount} position${summary.positionCount === 1 ? '' : 's'}`].filter(Boolean).join(' · ')}`)))),
      h('div', { class: 'document-view', 'aria-live': 'polite' },
        chosen === undefined && h('p', { class: 'hint' }, 'Choose an article to read it with its positions.'),
        chosen !== undefined && !opened.data && !opened.error && h('p', { class: 'hint' }, 'Loading…'),
        opened.error && h('p', { class: 'error', role: 'alert' }, opened.error),
        opened.data && h('article', { 'data-document': opened.data.document.id },
          h('h3', null, opened.data.document.title ?? opened.data.document.name),
          h('p', { class: 'facts' }, [opened.data.document.date ?? 'undated', opened.data.document.outlet].filter(Boolean).join(' · ')),
          h('ol', { class: 'document-positions' }, opened.data.positions.map((position) => h('li', { key: position.id },
            h('button', { type: 'button', class: 'link', 'aria-pressed': marked?.id === position.id, onClick: () => setMarked(position) },
              `${partyName(position.holder)} ${describeState(position)} “${proposition(position.issue)}”`),
            h('span', { class: 'hint' }, ` ${MODE_LABEL[position.mode]}`)))),
          opened.data.positions.length === 0 && h('p', { class: 'hint' }, 'No positions were found in this article.'),
          marked
            ? h(EvidenceText, { text: opened.data.document.text, span: marked.evidence })
            : h('div', { class: 'article', tabIndex: 0 }, opened.data.document.text)))));
}
