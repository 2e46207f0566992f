/** `redlines train`: fits the trained extractor on annotated articles and writes its model file. */
import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { loadGold } from '../../eval/index.ts';
import { DEFAULT_CANDIDATE_LIMITS, serializeExtractorModel } from '../../extract/index.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { candidateRecall, prepareDocuments, trainExtractor } from '../../train/index.ts';
import { describeMessage } from '../describe-message.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { readArticles } from '../read-articles.ts';

interface TrainOptions {
  readonly gold: string;
  readonly docs: string;
  readonly pack: string;
  readonly out?: string;
  readonly folds: number;
  readonly seed: number;
  readonly modelVersion: string;
}

/** Adds the `train` command to the program. */
export function register(program: Command): void {
  program
    .command('train')
    .description('train the extractor on annotated articles (gold positions as in docs/positions.md) and write a model file')
    .requiredOption('--gold <file>', 'gold positions, one JSON object a line')
    .requiredOption('--docs <dir>', 'the annotated articles, named as the gold rows name them')
    .option('--out <file>', 'where to write the model (use it with --model); without it, only the figures are printed')
    .option('--pack <name|file>', 'the negotiation pack', DEFAULT_PACK_NAME)
    .option('--folds <n>', 'cross-validation folds (by document) for choosing the threshold', wholeNumber('--folds'), 5)
    .option('--seed <n>', 'seed for the training order', wholeNumber('--seed'), 1)
    .option('--model-version <name>', 'the model version, recorded in every position it extracts', 'custom')
    .action(async (options: TrainOptions) => {
      process.exitCode = await runTrain(options);
    });
}

async function runTrain({ gold: goldPath, docs: dir, pack: packName, out, folds, seed, modelVersion: version }: TrainOptions): Promise<number> {
  const pack = loadPackOrReport(packName);
  if (!pack) return 1;
  const { gold, messages: goldMessages } = await loadGold(goldPath);
  const { docs, messages } = await readArticles([dir], goldPath);
  const errors = [...goldMessages, ...messages].filter((message) => message.severity === 'error');
  for (const message of errors) process.stderr.write(`${describeMessage(message)}\n`);
  if (errors.length > 0) return 1;
  const known = new Set(docs.map((doc) => doc.id));
  const unknown = [...new Set(gold.filter((row) => !known.has(row.doc)).map((row) => row.doc))];
  if (unknown.length > 0) process.stderr.write(`note: gold names ${unknown.length} documents not in ${dir} (${unknown.slice(0, 3).join(', ')}…); their rows are left out\n`);
  const started = Date.now();
  const documents = prepareDocuments(docs, gold, pack, DEFAULT_CANDIDATE_LIMITS);
  const recall = candidateRecall(documents);
  const { model, crossValidation } = trainExtractor(documents, { version, seed, folds, limits: DEFAULT_CANDIDATE_LIMITS });
  if (out !== undefined) writeFileSync(out, serializeExtractorModel(model));
  const { overall, strength, mode } = crossValidation.score;
  const share = (part: number) => (recall.gold === 0 ? '—' : (part / recall.gold).toFixed(3));
  process.stdout.write(
    [
      `${documents.length} documents, ${recall.gold} gold positions`,
      `candidate recall: ${share(recall.inDocument)} of gold (holder, issue) pairs are candidates in their document, ${share(recall.inEvidence)} in a sentence of their evidence`,
      `${crossValidation.folds}-fold cross-validation (folds by document): precision ${overall.precision.toFixed(3)}  recall ${overall.recall.toFixed(3)}  F1 ${overall.f1.toFixed(3)}  strength agreement ${strength.rate.toFixed(3)}  mode agreement ${mode.rate.toFixed(3)}`,
      `threshold ${crossValidation.threshold} for a position the rules miss (F1 by threshold: ${crossValidation.byThreshold.map(({ threshold, f1 }) => `${threshold} ${f1.toFixed(3)}`).join(', ')})`,
      `${out === undefined ? `model ${version} not written (no --out)` : `model ${version} written to ${out}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      '',
    ].join('\n'),
  );
  return 0;
}

function wholeNumber(flag: string): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError(`${flag} must be a whole number, not "${value}"`);
    return parsed;
  };
}
