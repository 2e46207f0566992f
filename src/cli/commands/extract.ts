/** `redlines extract`: positions with evidence from articles, for people or machines. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Position } from '../../core/index.ts';
import { extractPositions } from '../../extract/index.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { DEFAULT_MAX_BYTES, readSource } from '../../read/index.ts';
import { describeMessage } from '../describe-message.ts';
import { formatPositions, type PositionFormat } from '../format-positions.ts';

interface ExtractOptions {
  readonly pack: string;
  readonly format: PositionFormat;
  readonly maxBytes: number;
}

/** Adds the `extract` command to the program. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('extract positions from articles: files, directories, URLs, feeds, JSONL, or - for stdin')
    .option('--pack <name|file>', 'the negotiation pack', DEFAULT_PACK_NAME)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl']).default('table'))
    .addOption(new Option('--max-bytes <n>', 'largest input accepted').argParser(positiveInteger).default(DEFAULT_MAX_BYTES))
    .argument('<inputs...>', 'article files, directories, http(s) URLs, or - for stdin')
    .action(async (inputs: string[], options: ExtractOptions) => {
      process.exitCode = await runExtract(inputs, options);
    });
}

/** Extracts from every input in turn, printing as it goes; returns 1 when any input was bad. */
async function runExtract(inputs: readonly string[], { pack: packName, format, maxBytes }: ExtractOptions): Promise<number> {
  const pack = loadPackOrReport(packName);
  if (!pack) return 1;
  let failed = false;
  const collected: Position[] = [];
  for (const input of inputs) {
    const { docs, messages } = await readSource(input, { maxBytes });
    for (const message of messages.filter((m) => m.severity === 'error')) process.stderr.write(`${describeMessage(message)}\n`);
    failed ||= messages.some((m) => m.severity === 'error');
    for (const doc of docs) {
      const { positions } = extractPositions(doc, pack);
      // JSONL streams document by document; the other formats need every position first.
      if (format === 'jsonl') process.stdout.write(formatPositions(positions, format));
      else collected.push(...positions);
    }
  }
  if (format !== 'jsonl') process.stdout.write(formatPositions(collected, format));
  return failed ? 1 : 0;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError(`--max-bytes must be a positive whole number, not "${value}"`);
  return parsed;
}
