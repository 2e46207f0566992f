/** `redlines eval`: extracts positions from articles and scores them against a gold file. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Message, Position } from '../../core/index.ts';
import { formatScore, loadGold, score } from '../../eval/index.ts';
import { extractPositions } from '../../extract/index.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { readSource } from '../../read/index.ts';
import { describeMessage } from '../describe-message.ts';

interface EvalOptions {
  readonly gold: string;
  readonly pack: string;
  readonly format: 'table' | 'json';
  readonly verbose: boolean;
}

/** Adds the `eval` command to the program. */
export function register(program: Command): void {
  program
    .command('eval')
    .description('score extracted positions against gold positions (see docs/positions.md)')
    .requiredOption('--gold <file>', 'gold positions, one JSON object a line')
    .option('--pack <name|file>', 'the negotiation pack', DEFAULT_PACK_NAME)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--verbose', 'also list per-document counts, false positives, false negatives and disagreements', false)
    .argument('<inputs...>', 'article files or directories; only these documents are evaluated')
    .action(async (inputs: string[], options: EvalOptions) => {
      process.exitCode = await runEval(inputs, options);
    });
}

/** Runs the evaluation and returns the exit code: 1 when any input, gold line or pack was bad. */
async function runEval(inputs: readonly string[], { gold: goldPath, pack: packName, format, verbose }: EvalOptions): Promise<number> {
  const problems: Message[] = [];
  const pack = loadPackOrReport(packName);
  if (!pack) return 1;
  const { gold, messages: goldMessages } = await loadGold(goldPath);
  problems.push(...goldMessages);

  const texts = new Map<string, string>();
  const predicted: Position[] = [];
  for (const file of await inputFiles(inputs, resolve(goldPath), problems)) {
    const { docs, messages } = await readSource(file);
    problems.push(...messages);
    for (const doc of docs) {
      const extraction = extractPositions(doc, pack);
      problems.push(...extraction.messages);
      texts.set(doc.id, doc.text);
      predicted.push(...extraction.positions);
    }
  }

  const errors = problems.filter((message) => message.severity === 'error');
  for (const message of verbose ? problems : errors) process.stderr.write(`${describeMessage(message)}\n`);

  const result = score(gold, predicted, texts);
  if (result.ignored.gold > 0) {
    process.stderr.write(`note: ${result.ignored.gold} gold positions are about documents not among the inputs and were left out\n`);
  }
  process.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${formatScore(result, { texts, verbose })}\n`);
  return errors.length > 0 ? 1 : 0;
}

/**
 * The files to read: each input file as given, each directory's files in name order. The gold file
 * and `.tsv` files (source lists such as SOURCES.tsv) sit beside the articles but are not articles.
 */
async function inputFiles(inputs: readonly string[], goldFile: string, problems: Message[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = input === '-' ? undefined : await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      // Missing files and stdin go to the reader, which reports them in its own words.
      if (input === '-' || resolve(input) !== goldFile) files.push(input);
      continue;
    }
    const entries = await readdir(input, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      const reason = `cannot list directory (${error.code ?? error.message})`;
      problems.push({ reason, stage: 'read', ruleId: 'read/unreadable-directory', severity: 'error', source: input });
      return [];
    });
    files.push(
      ...entries
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && extname(entry.name) !== '.tsv')
        .map((entry) => join(input, entry.name))
        .filter((file) => resolve(file) !== goldFile)
        .sort(),
    );
  }
  return files;
}
