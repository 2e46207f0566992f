/**
 * CLI start-up: the compiled `redlines --version` and `redlines extract` on one small file, each
 * beside plain `node -e 0`, as medians of several runs and as a ratio (the CLI's own overhead).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/redlines.js', import.meta.url));
const ARTICLE = fileURLToPath(new URL('../examples/2025-06-02-kremlin-conditions.txt', import.meta.url));
const RUNS = 7;
// What extract cannot avoid: loading wink-nlp's English model for sentence boundaries.
const NLP_MODEL_LOAD = "const { default: winkNLP } = await import('wink-nlp'); const { default: model } = await import('wink-eng-lite-web-model'); winkNLP(model, ['sbd']);";
const TARGET_OVERHEAD_SECONDS = 0.3;

/** The median wall time, in seconds, of running node with these arguments. */
function medianSeconds(args: readonly string[]): number {
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
    return (performance.now() - start) / 1000;
  }).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

/** Prints each command's median start-up beside plain node's, and the overhead against the target. */
export async function benchStartup(): Promise<void> {
  if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) throw new Error('the start-up bench times the compiled CLI: run `npm run build` first');
  const node = medianSeconds(['-e', '0']);
  process.stdout.write(`plain node -e 0: ${node.toFixed(3)} s (median of ${RUNS})\n`);
  const commands = [
    ['redlines --version', [BIN, '--version']],
    ['redlines extract (one small file)', [BIN, 'extract', ARTICLE]],
    ['of which the NLP model alone (wink-nlp and its English model)', ['--input-type=module', '-e', NLP_MODEL_LOAD]],
  ] as const;
  for (const [label, args] of commands) {
    const seconds = medianSeconds(args);
    const overhead = seconds - node;
    process.stdout.write(
      `${label}: ${seconds.toFixed(3)} s, ${(seconds / node).toFixed(1)}× plain node, overhead ${overhead.toFixed(3)} s `
      + `(target < ${TARGET_OVERHEAD_SECONDS} s: ${overhead < TARGET_OVERHEAD_SECONDS ? 'met' : 'not met'})\n`,
    );
  }
}
