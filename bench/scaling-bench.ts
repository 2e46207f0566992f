/**
 * How extraction of one document scales with its size: one text of 100 KB, 1 MB and 5 MB made of the dev articles
 * one after another, and 200 KB of one unbroken token, each read and extracted by the rules,
 * in CPU seconds per MB and as a ratio of the 100 KB figure (1.0 is linear); the heap in use right after each.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPositionsByRules } from '../src/extract/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../src/packs/index.ts';
import { readContent } from '../src/read/index.ts';

const DEV_CORPUS = fileURLToPath(new URL('../../shared/eval/dev/', import.meta.url));
const SIZES = [100_000, 1_000_000, 5_000_000];
const SINGLE_TOKEN_BYTES = 200_000;

/** Prints seconds per MB for each size and the single token, with their ratios to the 100 KB one. */
export async function benchScaling(): Promise<void> {
  const pack = loadPack(DEFAULT_PACK_NAME);
  const prose = await devProse();
  const perMegabyte = (text: string): [secondsPerMB: number, heapMiB: number] => {
    const start = process.cpuUsage();
    for (const doc of readContent('scaling.txt', text, { format: 'text' }).docs) extractPositionsByRules(doc, pack);
    const used = process.cpuUsage(start);
    return [(used.user + used.system) / 1e6 / (Buffer.byteLength(text) / 1e6), process.memoryUsage().heapUsed / 2 ** 20];
  };
  // A first run of the smallest size loads the NLP model and warms the code, so no size pays for either.
  perMegabyte(repeatTo(prose, SIZES[0]!));
  const rows: [label: string, figures: [secondsPerMB: number, heapMiB: number]][] = [];
  for (const size of SIZES) rows.push([`${size / 1e6} MB of prose`, perMegabyte(repeatTo(prose, size))]);
  rows.push([`${SINGLE_TOKEN_BYTES / 1e6} MB of one unbroken token`, perMegabyte(`Start. ${'ab1'.repeat(SINGLE_TOKEN_BYTES / 3)} End.`)]);
  const base = rows[0]![1][0];
  for (const [label, [secondsPerMB, heap]] of rows) {
    process.stdout.write(`${label.padEnd(32)} ${secondsPerMB.toFixed(2)} CPU s/MB, ratio ${(secondsPerMB / base).toFixed(2)} of 0.1 MB (heap after it ${heap.toFixed(0)} MiB)\n`);
  }
  process.stdout.write(`peak RSS of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`);
}

/** The dev articles, one after another. */
async function devProse(): Promise<string> {
  const names = (await readdir(DEV_CORPUS)).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt articles in ${DEV_CORPUS}: the bench needs ../shared/eval/dev beside the project`);
  return (await Promise.all(names.map((name) => readFile(join(DEV_CORPUS, name), 'utf8')))).join('\n\n');
}

function repeatTo(text: string, bytes: number): string {
  return text.repeat(Math.ceil(bytes / Buffer.byteLength(text))).slice(0, bytes);
}
