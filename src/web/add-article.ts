/** The add-an-article form: paste a text or give a URL, with the token, and see the positions found. */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { PositionRecord } from '../core/types.ts';
import { counted } from '../core/counted.ts';
import type { DocumentView } from '../api/document-view.ts';
import type { IngestItemResult } from '../ingest/ingest-document.ts';
import { api, storedToken, storeToken } from './api-client.ts';
import { STANCE_LABEL, STRENGTH_LABEL } from './labels.ts';

interface IngestReply {
  readonly items: readonly IngestItemResult[];
  readonly documents: readonly { readonly document: DocumentView; readonly positions: readonly PositionRecord[] }[];
}

/** The form; after a successful ingest it lists the positions and calls `onIngested` so views reload. */
export function AddArticle({ partyName, proposition, onIngested }: {
  partyName: (id: string) => string; proposition: (id: string) => string; onIngested: () => void;
}): ComponentChild {
  const [token, setToken] = useState(storedToken());
  const [busy, setBusy] = useState(false);
  const [reply, setReply] = useState<IngestReply | undefined>(undefined);
  const [error, setError] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    const [text, url, title, date] = [field('text'), field('url'), field('title'), field('date')];
    if (!text && !url) return setError('Paste the article text or give its URL.');
    storeToken(token);
    setBusy(true);
    setError('');
    const body = text ? { text, ...(url && { url }), ...(title && { title }), ...(date && { date }) } : { url };
    api<IngestReply>('/api/documents', { method: 'POST', body })
      .then((result) => {
        setReply(result);
        onIngested();
      })
      .catch((failure: Error) => setError(failure.message))
      .finally(() => setBusy(false));
  };

  return h('section', { class: 'panel add-article', 'aria-labelledby': 'add-title' },
    h('h2', { id: 'add-title' }, 'Add an article'),
    h('form', { onSubmit: submit },
      h('label', null, 'Token ', h('input', {
        type: 'password', name: 'token', autocomplete: 'off', value: token, required: true,
        onInput: (event: Event) => setToken((event.target as HTMLInputElement).value),
      })),
      h('label', null, 'URL ', h('input', { type: 'url', name: 'url', placeholder: 'https://… (fetched when no text is pasted)' })),
      h('label', null, 'Headline ', h('input', { type: 'text', name: 'title' })),
      h('label', null, 'Date ', h('input', { type: 'date', name: 'date' })),
      h('label', { class: 'wide' }, 'Text ', h('textarea', { name: 'text', rows: 6 })),
      h('button', { type: 'submit', disabled: busy }, busy ? 'Adding…' : 'Add article')),
    error && h('p', { class: 'error', role: 'alert' }, error),
    reply && h('div', { class: 'ingest-result', 'aria-live': 'polite' },
      reply.items.map((item) => h('p', { key: item.source }, `${item.status}${item.reason ? `: ${item.reason}` : ''} — ${counted(item.positions, 'position')}`)),
      reply.documents.map(({ document, positions }) => h('div', { key: document.id },
        h('h3', null, document.title ?? document.name),
        positions.length === 0 && h('p', { class: 'hint' }, 'No positions found in this text.'),
        h('ul', { class: 'found-positions' }, positions.map((position) => h('li', { key: position.id },
          h('strong', null, `${partyName(position.holder)} ${STANCE_LABEL[position.stance]} `),
          `“${proposition(position.issue)}” (${STRENGTH_LABEL[position.strength]}, ${position.mode}): `,
          h('q', null, position.evidence.quote))))))));
}
