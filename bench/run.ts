/**
 * `npm run bench [-- NAME...] [--heap]`: runs every benchmark in order, or only the ones named;
 * `--heap` also reports the process's peak resident memory after each. The soak runs only when named.
 */
import { benchApi } from './api-bench.ts';
import { benchAnalyse } from './analyse-bench.ts';
import { benchExtract } from './extract-bench.ts';
import { benchScaling } from './scaling-bench.ts';
import { benchSoak } from './soak-bench.ts';
import { benchStartup } from './startup-bench.ts';
import { benchStore } from './store-bench.ts';

/** Each benchmark by name, in the order a full run takes them; add new ones here. */
const BENCHES: ReadonlyArray<readonly [name: string, run: () => Promise<void>]> = [
  ['extract', benchExtract],
  ['scaling', benchScaling],
  ['store', benchStore],
  ['analyse', benchAnalyse],
  ['api', benchApi],
  ['startup', benchStartup],
  ['soak', benchSoak],
];

/** Benchmarks too long for a full run: they run only when named. */
const ONLY_WHEN_NAMED = new Set(['soak']);

const args = process.argv.slice(2);
const reportHeap = args.includes('--heap');
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !BENCHES.some(([known]) => known === name));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark: ${unknown.join(', ')} (known: ${BENCHES.map(([name]) => name).join(', ')})\n`);
  process.exit(2);
}

for (const [name, run] of BENCHES) {
  if (named.length > 0 ? !named.includes(name) : ONLY_WHEN_NAMED.has(name)) continue;
  process.stdout.write(`# ${name}\n`);
  await run();
  // maxRSS is the high-water mark of the whole process, so run one benchmark alone for its own figure.
  if (reportHeap) process.stdout.write(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB\n`);
}
