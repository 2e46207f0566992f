/** `redlines eval`: extracts positions from articles and scores them against a gold file. */
import { Option, type Command } from 'commander';
import type { Message, Position } from '../../core/index.ts';
import { formatScore, loadGold, score } from '../../eval/index.ts';
import { DEFAULT_CANDIDATE_LIMITS, type ExtractorChoice } from '../../extract/index.ts';
import { candidateRecall, prepareDocuments } from '../../train/index.ts';
import { chooseExtractorOrReport, extractorOptions } from '../extractor-options.ts';
import { readArticles } from '../read-articles.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { describeMessage } from '../describe-message.ts';

interface EvalOptions extends ExtractorChoice {
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
    .addOption(extractorOptions.kind())
    .addOption(extractorOptions.model())
    .option('--verbose', 'also list per-document counts, false positives, false negatives and disagreements', false)
    .argument('<inputs...>', 'article files or directories; only these documents are evaluated')
    .action(async (inputs: string[], options: EvalOptions) => {
      process.exitCode = await runEval(inputs, options);
    });
}

/** Runs the evaluation and returns the exit code: 1 when any input, gold line, model or pack was bad. */
async function runEval(inputs: readonly string[], { gold: goldPath, pack: packName, format, verbose, ...choice }: EvalOptions): Promise<number> {
  const pack = loadPackOrReport(packName);
  if (!pack) return 1;
  const extractor = chooseExtractorOrReport(choice);
  if (!extractor) return 1;
  const { gold, messages: goldMessages } = await loadGold(goldPath);
  const { docs, messages } = await readArticles(inputs, goldPath);
  const problems: Message[] = [...goldMessages, ...messages];

  const texts = new Map<string, string>();
  const predicted: Position[] = [];
  for (const doc of docs) {
    const extraction = extractor.extract(doc, pack);
    problems.push(...extraction.messages);
    texts.set(doc.id, doc.text);
    predicted.push(...extraction.positions);
  }

  const errors = problems.filter((message) => message.severity === 'error');
  for (const message of verbose ? problems : errors) process.stderr.write(`${describeMessage(message)}\n`);

  const result = score(gold, predicted, texts);
  if (result.ignored.gold > 0) {
    process.stderr.write(`note: ${result.ignored.gold} gold positions are about documents not among the inputs and were left out\n`);
  }
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ extractor: extractor.id, ...result }, null, 2)}\n`);
  } else {
    const recall = candidateRecall(prepareDocuments(docs, gold, pack, DEFAULT_CANDIDATE_LIMITS));
    const share = (part: number) => (recall.gold === 0 ? '—' : (part / recall.gold).toFixed(3));
    process.stdout.write(
      `extractor ${extractor.id}; candidate recall ${share(recall.inDocument)} in the document, ${share(recall.inEvidence)} in the evidence sentence\n${formatScore(result, { texts, verbose })}\n`,
    );
  }
  return errors.length > 0 ? 1 : 0;
}
