/** An alert as people read it in a mail or a feed entry: the rule and summary, then the evidence before and after. */
import type { EvidenceRef } from '../analyse/index.ts';
import type { FiredAlert } from '../store/index.ts';
import type { AlertBody } from './alert-rules.ts';

/** The alert's body, as the rules wrote it. */
export function alertBody(alert: FiredAlert): AlertBody {
  return alert.body as AlertBody;
}

/** `[rule] summary` and the evidence, one line each, indented under "before" and "after". */
export function formatAlert(alert: FiredAlert): string {
  const { rule, summary, before, after } = alertBody(alert);
  const lines = (refs: readonly EvidenceRef[]) => refs.length === 0 ? ['    (nothing earlier)'] : refs.map((ref) => `    ${evidenceText(ref)}`);
  return [`[${rule}] ${summary}`, '  before:', ...lines(before), '  after:', ...lines(after)].join('\n');
}

/** `2023-02-01 (stated; published 2026-03-12)  doc  mode, speaker  “quote”`. */
function evidenceText({ date, statedOn, doc, mode, speaker, evidence }: EvidenceRef): string {
  const when = statedOn !== undefined && statedOn.date !== date ? `${statedOn.date} (“${statedOn.quote}”, published ${date ?? 'undated'})` : date ?? 'undated';
  return `${when}  ${doc}  ${mode}${speaker ? `, ${speaker}` : ''}  “${evidence.quote.replace(/\s+/g, ' ')}”`;
}
