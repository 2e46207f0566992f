/** `redlines extract`: positions with evidence from articles, for people or machines. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Position } from '../../core/index.ts';
import { extractPositions, extractPositionsByRules, loadExtractorModel, SHIPPED_MODEL_FILE } from '../../extract/index.ts';
import type { ExtractorChoice } from '../../extract/index.ts';
import { extractorOptions } from '../extractor-options.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { DEFAULT_MAX_BYTES, readSource } from '../../read/index.ts';
import { looksEnglish } from '../../text/index.ts';
import { describeMessage } from '../describe-message.ts';
import { formatPositions, type PositionFormat } from '../format-positions.ts';

interface ExtractOptions extends ExtractorChoice {
  readonly pack: string;
  readonly explain: boolean;
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
    .addOption(extractorOptions.kind())
    .addOption(extractorOptions.model())
    .option('--explain', 'with the model: list under each position the features that weighed most for it', false)
    .argument('<inputs...>', 'article files, directories, http(s) URLs, or - for stdin')
    .action(async (inputs: string[], options: ExtractOptions) => {
      process.exitCode = await runExtract(inputs, options);
    });
}

/** Extracts from every input in turn, printing as it goes; returns 1 when any input was bad. */
async function runExtract(inputs: readonly string[], { pack: packName, format, maxBytes, explain, extractor: kind, model: modelFile }: ExtractOptions): Promise<number> {
  const pack = loadPackOrReport(packName);
  if (!pack) return 1;
  // --explain only means something for the model: asking for it chooses the model.
  const useModel = modelFile !== undefined || explain || kind === 'model';
  let model;
  try {
    model = useModel ? loadExtractorModel(modelFile ?? SHIPPED_MODEL_FILE) : undefined;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  let failed = false;
  const collected: Position[] = [];
  for (const input of inputs) {
    const { docs, messages } = await readSource(input, { maxBytes });
    for (const message of messages.filter((m) => m.severity === 'error')) process.stderr.write(`${describeMessage(message)}\n`);
    failed ||= messages.some((m) => m.severity === 'error');
    for (const doc of docs) {
      const { positions } = model ? extractPositions(doc, pack, { model, explain: explain ? EXPLAINED_FEATURES : 0 }) : extractPositionsByRules(doc, pack);
      // An empty result says why on stderr, so that stdout stays the positions alone.
      if (!looksEnglish(doc.text)) process.stderr.write(`${doc.id}: warning: the text does not look English; positions are only extracted from English\n`);
      else if (positions.length === 0) process.stderr.write(`${doc.id}: no positions found\n`);
      // JSONL streams document by document; the other formats need every position first.
      if (format === 'jsonl') process.stdout.write(formatPositions(positions, format));
      else collected.push(...positions);
    }
  }
  if (format !== 'jsonl') process.stdout.write(formatPositions(collected, format));
  return failed ? 1 : 0;
}

const EXPLAINED_FEATURES = 5;

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError(`--max-bytes must be a positive whole number, not "${value}"`);
  return parsed;
}
