/** Reads a gold file from disk. */
import { readFile } from 'node:fs/promises';
import type { Message } from '../core/index.ts';
import type { GoldPosition } from './gold-position.ts';
import { parseGold } from './parse-gold.ts';

/** The gold rows of the JSONL file at `path`; an unreadable file or bad line comes back as a message. */
export async function loadGold(path: string): Promise<{ gold: GoldPosition[]; messages: Message[] }> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    const reason = `cannot read gold file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    return { gold: [], messages: [{ reason, stage: 'read', ruleId: 'eval/gold-unreadable', severity: 'error', source: path }] };
  }
  return parseGold(content, path);
}
