/** Reads JSON Lines: one record `{url?, date?, title?, text, id?}` per line, each its own document. */
import type { Doc, Message } from '../core/index.ts';
import { docId } from './doc-id.ts';
import { isoDate } from './iso-date.ts';
import { outletOfUrl } from './outlet-of-url.ts';
import { readMessage } from './read-message.ts';
import { readPlainText } from './read-plain-text.ts';
import type { ReadResult } from './read-options.ts';

const OPTIONAL_STRING_FIELDS = ['id', 'url', 'date', 'title'] as const;

/** One document per good line of `text`; a bad line gives an error naming `name` and the line, and the rest are still read. */
export function readJsonl(name: string, text: string): ReadResult {
  const docs: Doc[] = [];
  const messages: Message[] = [];
  const base = docId(name);
  const lines = text.split('\n');
  let offset = 0;
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const span = { start: offset, end: offset + line.length };
    offset += line.length + 1;
    // A BOM or a CR before the line break is framing, not part of the record.
    const json = line.replace(/^\uFEFF/, '').trim();
    if (json === '') return;
    const fail = (reason: string): void => {
      messages.push(readMessage('error', 'read/bad-jsonl-line', name, `${name} line ${lineNumber}: ${reason}`, span));
    };
    let record: unknown;
    try {
      record = JSON.parse(json);
    } catch (error) {
      return fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return fail('not a JSON object');
    const fields = record as Record<string, unknown>;
    if (typeof fields.text !== 'string') return fail('has no string "text" field');
    if (fields.text.trim() === '') return fail('has an empty "text" field');
    const wrongType = OPTIONAL_STRING_FIELDS.find((field) => fields[field] !== undefined && typeof fields[field] !== 'string');
    if (wrongType !== undefined) return fail(`field "${wrongType}" is not a string`);
    const { id, url, date, title } = fields as Partial<Record<(typeof OPTIONAL_STRING_FIELDS)[number], string>>;
    const day = isoDate(date);
    const recordMessages: Message[] = [];
    if (date !== undefined && day === undefined) {
      recordMessages.push(readMessage('warning', 'read/bad-date', name, `${name} line ${lineNumber}: date "${date}" is not a date; ignored`));
    }
    const outlet = outletOfUrl(url);
    const doc = readPlainText(name, fields.text, {
      id: id ?? `${base}#${lineNumber}`,
      ...(url === undefined ? {} : { url }),
      ...(day === undefined ? {} : { date: day, dateSource: 'record' as const }),
      ...(title === undefined ? {} : { title }),
      ...(outlet === undefined ? {} : { outlet }),
    });
    docs.push({ ...doc, messages: recordMessages });
    messages.push(...recordMessages);
  });
  return { docs, messages };
}
