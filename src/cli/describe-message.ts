/** One line per problem, naming the file or record first: how the CLI reports bad input. */
import type { Message } from '../core/index.ts';

/** Formats a message as `source: reason` (non-errors carry their severity). */
export function describeMessage({ source, reason, severity }: Message): string {
  return `${source ?? 'input'}: ${severity === 'error' ? '' : `${severity}: `}${reason}`;
}
