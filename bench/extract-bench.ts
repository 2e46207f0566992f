/**
 * Extraction throughput on one core: the dev corpus replicated to thousands of documents, read from
 * memory and extracted, beside the same bytes through wink-nlp's tokenizer alone as the baseline.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { extractPositions, extractPositionsByRules } from '../src/extract/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../src/packs/index.ts';
import { readContent } from '../src/read/index.ts';

const DEV_CORPUS = fileURLToPath(new URL('../../shared/eval/dev/', import.meta.url));
const MIN_DOCUMENTS = 5_000;
const WARM_UP_DOCUMENTS = 200;
const TARGET_RATIO = 0.3;
const TARGET_DOCS_PER_SECOND = 250;

interface Article {
  readonly id: string;
  readonly content: string;
}

/** Times extraction and the tokenizer baseline over the replicated dev corpus and prints both and their ratio. */
export async function benchExtract(): Promise<void> {
  const articles = await replicatedCorpus();
  const megabytes = articles.reduce((sum, { content }) => sum + Buffer.byteLength(content), 0) / 1e6;
  const pack = loadPack(DEFAULT_PACK_NAME);
  const nlp = winkNLP(model);

  let positions = 0;
  let modelPositions = 0;
  const extract = (batch: readonly Article[]): void => {
    for (const { id, content } of batch) {
      for (const doc of readContent(id, content).docs) positions += extractPositionsByRules(doc, pack).positions.length;
    }
  };
  const extractWithModel = (batch: readonly Article[]): void => {
    for (const { id, content } of batch) {
      for (const doc of readContent(id, content).docs) modelPositions += extractPositions(doc, pack).positions.length;
    }
  };
  let tokens = 0;
  const tokenize = (batch: readonly Article[]): void => {
    for (const { content } of batch) tokens += nlp.readDoc(content).tokens().length();
  };

  const warmUp = articles.slice(0, WARM_UP_DOCUMENTS);
  extract(warmUp);
  extractWithModel(warmUp);
  tokenize(warmUp);
  [positions, modelPositions, tokens] = [0, 0, 0];

  const [extraction, extractionCpu] = seconds(() => extract(articles));
  const [modelExtraction, modelCpu] = seconds(() => extractWithModel(articles));
  const [baseline, baselineCpu] = seconds(() => tokenize(articles));
  const ratio = baseline / extraction;
  const modelRatio = baseline / modelExtraction;
  const docsPerSecond = articles.length / extraction;
  const line = (label: string, elapsed: number, cpu: number) =>
    `${label.padEnd(16)} ${(articles.length / elapsed).toFixed(0).padStart(6)} docs/s ${(megabytes / elapsed).toFixed(2).padStart(7)} MB/s ` +
    `${elapsed.toFixed(2).padStart(7)} s (cpu ${cpu.toFixed(2)} s)\n`;
  process.stdout.write(
    `${articles.length} documents, ${megabytes.toFixed(1)} MB (dev corpus replicated); ${positions} positions by the rules, ${modelPositions} by the model, ${tokens} tokens\n` +
      line('extraction', extraction, extractionCpu) +
      line('with the model', modelExtraction, modelCpu) +
      line('tokenizer only', baseline, baselineCpu) +
      `ratio ${ratio.toFixed(2)} of tokenizer throughput (target ≥ ${TARGET_RATIO}: ${verdict(ratio >= TARGET_RATIO)}); ` +
      `${docsPerSecond.toFixed(0)} docs/s (target ≥ ${TARGET_DOCS_PER_SECOND}: ${verdict(docsPerSecond >= TARGET_DOCS_PER_SECOND)})\n` +
      `the model: ratio ${modelRatio.toFixed(2)} of tokenizer throughput (target ≥ ${TARGET_RATIO}: ${verdict(modelRatio >= TARGET_RATIO)})\n`,
  );
}

/** The dev articles repeated until there are at least MIN_DOCUMENTS, each copy under its own id. */
async function replicatedCorpus(): Promise<Article[]> {
  const names = (await readdir(DEV_CORPUS)).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt articles in ${DEV_CORPUS}: the bench needs ../shared/eval/dev beside the project`);
  const originals = await Promise.all(names.map(async (name) => ({ name, content: await readFile(join(DEV_CORPUS, name), 'utf8') })));
  const copies = Math.ceil(MIN_DOCUMENTS / originals.length);
  return Array.from({ length: copies }, (_, copy) => originals.map(({ name, content }) => ({ id: `${copy}-${name}`, content }))).flat();
}

/** Wall-clock and CPU seconds of `run`; CPU well below wall means other processes took the core. */
function seconds(run: () => void): [wall: number, cpu: number] {
  const [start, cpuStart] = [performance.now(), process.cpuUsage()];
  run();
  const cpu = process.cpuUsage(cpuStart);
  return [(performance.now() - start) / 1000, (cpu.user + cpu.system) / 1e6];
}

function verdict(met: boolean): string {
  return met ? 'met' : 'NOT met';
}
