/** Parses a gold file: JSONL, one position a line, with the fields of shared/eval/GUIDE.md. */
import { MODES, STANCES, STRENGTHS, type Message } from '../core/index.ts';
import type { GoldPosition } from './gold-position.ts';

/** The gold rows of a file's content and one message per bad line, each naming `source:line`. */
export function parseGold(content: string, source: string): { gold: GoldPosition[]; messages: Message[] } {
  const gold: GoldPosition[] = [];
  const messages: Message[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const place = `${source}:${index + 1}`;
    const problem = (ruleId: string, reason: string): void => {
      messages.push({ reason, stage: 'read', ruleId, severity: 'error', source: place });
    };
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      problem('eval/gold-invalid-json', `not valid JSON (${(error as Error).message})`);
      return;
    }
    const row = goldRow(record);
    if (typeof row === 'string') problem('eval/gold-invalid-field', row);
    else gold.push(row);
  });
  return { gold, messages };
}

/** The record as a gold row, or the reason it is not one. */
function goldRow(record: unknown): GoldPosition | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'not a JSON object';
  const fields = record as Record<string, unknown>;
  for (const name of ['doc', 'holder', 'issue', 'evidence'] as const) {
    if (typeof fields[name] !== 'string' || fields[name] === '') return `field "${name}" must be a non-empty string`;
  }
  const choices = { stance: STANCES, strength: STRENGTHS, mode: MODES } as const;
  for (const [name, allowed] of Object.entries(choices)) {
    if (!(allowed as readonly unknown[]).includes(fields[name])) {
      return `field "${name}" must be one of ${allowed.join(', ')} (got ${JSON.stringify(fields[name])})`;
    }
  }
  const speaker = fields.speaker ?? '';
  if (typeof speaker !== 'string') return 'field "speaker" must be a string';
  const conditions = fields.conditions ?? [];
  if (!Array.isArray(conditions) || !conditions.every((issue) => typeof issue === 'string')) {
    return 'field "conditions" must be a list of issue ids';
  }
  const { doc, holder, issue, stance, strength, mode, evidence } = fields as unknown as GoldPosition;
  return { doc, holder, issue, stance, strength, mode, speaker, conditions, evidence };
}
