/**
 * Review where the evidence is: confirm, reject or correct a position from its evidence card (keys C, X and E
 * while the card's actions have focus), and add a position the extractor missed from text selected in the article.
 */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { ReviewFields } from '../core/review.ts';
import { MODES, STANCES, STRENGTHS, type PositionRecord, type Stance } from '../core/types.ts';
import { api } from './api-client.ts';
import { MODE_LABEL, STANCE_LABEL, STRENGTH_LABEL } from './labels.ts';

/** The party and issue ids a correction or an addition can choose from. */
export interface ReviewChoices {
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly issues: readonly { readonly id: string; readonly proposition: string }[];
}

interface ReviewActionsProps {
  readonly record: PositionRecord;
  readonly choices: ReviewChoices | undefined;
  /** Called after a verdict is stored, so every view reloads. */
  readonly onReviewed: () => void;
}

const STATUS_LABEL: Readonly<Record<string, string>> = { unreviewed: 'not reviewed', confirmed: 'confirmed', corrected: 'corrected', added: 'added by an analyst' };

/** The review bar of one evidence card. */
export function ReviewActions({ record, choices, onReviewed }: ReviewActionsProps): ComponentChild {
  const [editing, setEditing] = useState<'correct' | 'add' | undefined>(undefined);
  const [selection, setSelection] = useState<{ start: number; end: number; quote: string } | undefined>(undefined);
  const [message, setMessage] = useState('');
  const status = record.review?.status ?? 'unreviewed';

  const send = (path: string, body: object) => api(path, { method: 'POST', body })
    .then(() => {
      setEditing(undefined);
      setMessage('');
      onReviewed();
    }, (failure: Error) => setMessage(failure.message));
  const verdict = (name: 'confirmed' | 'rejected') => send('/api/reviews', { positionId: record.id, verdict: name });
  const startAdding = (event: Event) => {
    const picked = selectedSpan((event.currentTarget as HTMLElement).closest('.evidence-card')?.querySelector('.article') ?? null);
    if (picked === undefined) return setMessage('Select the words that state the missed position in the article text first.');
    setSelection(picked);
    setMessage('');
    setEditing('add');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (editing !== undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'c') verdict('confirmed');
    else if (key === 'x') verdict('rejected');
    else if (key === 'e') setEditing('correct');
    else return;
    event.preventDefault();
  };

  return h('div', { class: 'review-actions', role: 'group', 'aria-label': 'review this position', tabIndex: 0, onKeyDown },
    h('span', { class: `review-status review-${status}` }, STATUS_LABEL[status] ?? status, record.review?.reviewer ? ` (${record.review.reviewer})` : ''),
    h('button', { type: 'button', class: 'review-confirm', onClick: () => verdict('confirmed'), title: 'Confirm (C)' }, 'Confirm'),
    h('button', { type: 'button', class: 'review-reject', onClick: () => verdict('rejected'), title: 'Reject (X)' }, 'Reject'),
    h('button', { type: 'button', class: 'review-correct', onClick: () => setEditing('correct'), title: 'Correct (E)' }, 'Correct…'),
    // Pressing the button must not clear the selection it reads.
    h('button', { type: 'button', class: 'review-add', onMouseDown: (event: Event) => event.preventDefault(), onClick: startAdding, title: 'Add the position stated by the text selected in the article' }, 'Add missed position…'),
    message && h('p', { class: 'error', role: 'alert' }, message),
    editing === 'correct' && h(FieldsForm, {
      title: 'Correct this position', record, choices, submitLabel: 'Save correction',
      onCancel: () => setEditing(undefined),
      onSubmit: (fields) => {
        const changed = Object.fromEntries(Object.entries(fields).filter(([name, value]) => value !== (record as unknown as Record<string, unknown>)[name]));
        if (Object.keys(changed).length === 0) return setMessage('Change at least one field to correct the position.');
        return send('/api/reviews', { positionId: record.id, verdict: 'corrected', fields: changed });
      },
    }),
    editing === 'add' && selection && h(FieldsForm, {
      title: `Add a position stated by “${selection.quote}”`, record, choices, submitLabel: 'Add position',
      onCancel: () => setEditing(undefined),
      onSubmit: (fields) => send('/api/reviews/added', { documentId: record.documentId, start: selection.start, end: selection.end, ...fields }),
    }));
}

type EditableFields = Required<Pick<ReviewFields, 'holder' | 'issue' | 'stance' | 'strength' | 'mode'>>;

function FieldsForm({ title, record, choices, submitLabel, onSubmit, onCancel }: {
  title: string; record: PositionRecord; choices: ReviewChoices | undefined; submitLabel: string;
  onSubmit: (fields: EditableFields) => void; onCancel: () => void;
}): ComponentChild {
  const [fields, setFields] = useState<EditableFields>({ holder: record.holder, issue: record.issue, stance: record.stance, strength: record.strength, mode: record.mode });
  const select = (name: keyof EditableFields, options: readonly (readonly [string, string])[]) => h('label', null, `${name} `,
    h('select', {
      name, value: fields[name],
      onChange: (event: Event) => setFields({ ...fields, [name]: (event.target as HTMLSelectElement).value }),
    }, options.map(([value, label]) => h('option', { key: value, value }, label))));
  return h('form', {
    class: 'review-form', 'aria-label': title,
    onSubmit: (event: Event) => {
      event.preventDefault();
      onSubmit(fields);
    },
  },
  h('p', null, title),
  select('holder', choices?.parties.map((party) => [party.id, party.name] as const) ?? [[record.holder, record.holder]]),
  select('issue', choices?.issues.map((issue) => [issue.id, issue.proposition] as const) ?? [[record.issue, record.issue]]),
  select('stance', STANCES.map((stance: Stance) => [stance, STANCE_LABEL[stance]] as const)),
  select('strength', STRENGTHS.map((strength) => [strength, STRENGTH_LABEL[strength]] as const)),
  select('mode', MODES.map((mode) => [mode, MODE_LABEL[mode]] as const)),
  h('button', { type: 'submit' }, submitLabel),
  h('button', { type: 'button', onClick: onCancel }, 'Cancel'));
}

/**
 * The selection inside `article` as offsets into the article text. The article box holds only text (around one
 * `<mark>`), so the length of the text before the selection is its offset.
 */
function selectedSpan(article: Element | null): { start: number; end: number; quote: string } | undefined {
  const selection = window.getSelection();
  if (!article || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return undefined;
  const before = document.createRange();
  before.selectNodeContents(article);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const quote = range.toString();
  return { start, end: start + quote.length, quote };
}
