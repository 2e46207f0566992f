/** Builds the messages readers raise, so every one carries stage `read` and its source. */
import type { Message, Span } from '../core/index.ts';

/** A `read` stage message about `source` (a file, URL or record). */
export function readMessage(
  severity: Message['severity'],
  ruleId: string,
  source: string,
  reason: string,
  span?: Span,
): Message {
  return span === undefined
    ? { reason, stage: 'read', ruleId, severity, source }
    : { reason, stage: 'read', ruleId, severity, source, span };
}
