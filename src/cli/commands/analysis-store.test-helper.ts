/**
 * A temporary SQLite store for the analysis command tests: the seed article, seven dev articles
 * (Ukraine's refusals to cede land, its 2026 land-for-peace proposals, Russia's NATO and ceasefire
 * positions) and one short statement of Ukrainian red lines, ingested through the real pipeline.
 * Assertions lean on the plainest sentences, so that extractor improvements elsewhere do not break them.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestSources } from '../../ingest/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../../packs/index.ts';
import { openStore } from '../../store/index.ts';
import { EVAL_DIR, SEED_ARTICLE } from '../../../test/shared-eval.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const DEV_ARTICLES = ['011', '017', '023', '027', '033', '035', '036'];

/** Red lines no dev article states, so that `deal search` meets two parties' incompatible red lines. */
const KYIV_STATEMENT = ` date 2025-05-22 https://example.org/kyiv-red-lines
Kyiv sets out its red lines
Ukrainian President Volodymyr Zelensky said on Thursday: "Ukraine will never recognize the occupied territories as Russian." He added that withdrawing Ukrainian troops from Donbas is a red line for Kyiv, and that Ukraine will never accept neutrality.
`;

/** A later, direct turn of Ukraine on withdrawal: one direct statement confirms a shift on its own. */
export const KYIV_TURN = ` date 2026-03-05 https://example.org/kyiv-turn
Kyiv changes course on Donbas
"Ukraine is ready to withdraw its troops from Donbas," President Volodymyr Zelensky told reporters in Kyiv on Thursday.
`;

/**
 * Russia's red line on annexation in the Kremlin's own words, on the seed's day: the current state then rests on a direct
 * statement, whatever the dev articles' earlier, indirect remarks on the issue are read as.
 */
export const KREMLIN_RESTATEMENT = ` date 2025-05-19 https://example.org/kremlin-red-lines
Kremlin restates its red lines
Kremlin spokesman Dmitry Peskov said on Monday: "Recognition of the four new regions as Russian is non-negotiable for Moscow."
`;

/** The store's directory and a way to run the CLI against it. */
export interface AnalysisStore {
  readonly directory: string;
  readonly db: string;
  /** Runs `redlines ARGS… --db <the store>` as a child process. */
  run(...args: string[]): SpawnSyncReturns<string>;
  remove(): void;
}

/** Ingests the articles, and any extra texts by file name, into a new SQLite file in a temporary directory. */
export async function buildAnalysisStore(extra: Readonly<Record<string, string>> = {}): Promise<AnalysisStore> {
  const directory = mkdtempSync(join(tmpdir(), 'redlines-analysis-'));
  const db = join(directory, 'analysis.db');
  const written = Object.entries({ 'kyiv-red-lines.txt': KYIV_STATEMENT, ...extra }).map(([name, text]) => {
    writeFileSync(join(directory, name), text);
    return join(directory, name);
  });
  const store = await openStore(db);
  try {
    const sources = [SEED_ARTICLE, ...DEV_ARTICLES.map((name) => join(EVAL_DIR, 'dev', `${name}.txt`)), ...written];
    const report = await ingestSources(store, sources, { pack: loadPack(DEFAULT_PACK_NAME) });
    if (report.failures.length > 0) throw new Error(`test store: ${report.failures.map((failure) => failure.reason).join('; ')}`);
  } finally {
    await store.close();
  }
  return {
    directory,
    db,
    run: (...args) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--db', db], { cwd: ROOT, encoding: 'utf8' }),
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
