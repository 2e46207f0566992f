/**
 * Store benchmarks on SQLite: ingest throughput against extraction alone on the same documents, and
 * the positions query for one party on a database of a million positions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Doc } from '../src/core/index.ts';
import { ingestDocument, RULES_EXTRACTOR } from '../src/ingest/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../src/packs/index.ts';
import { readContent } from '../src/read/index.ts';
import { openStore } from '../src/store/index.ts';

const DEV_CORPUS = fileURLToPath(new URL('../../shared/eval/dev/', import.meta.url));
const INGEST_DOCUMENTS = 2_000;
const TARGET_INGEST_RATIO = 0.5;
const POSITIONS = 1_000_000;
const POSITIONS_PER_DOCUMENT = 10;
const PARTIES = 20;
// Rows per insert transaction while building the big database: large enough that commits do not dominate.
const ROWS_PER_TRANSACTION = 100_000;
const QUERY_LIMIT = 200;
const QUERY_RUNS = 300;
const TARGET_P95_MS = 50;

/** Runs both store benchmarks in a temporary directory and prints their figures and targets. */
export async function benchStore(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'redlines-bench-'));
  try {
    await benchIngest(join(directory, 'ingest.db'));
    await benchPositionsQuery(join(directory, 'positions.db'));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function benchIngest(file: string): Promise<void> {
  const docs = await distinctCopies(INGEST_DOCUMENTS);
  const pack = loadPack(DEFAULT_PACK_NAME);
  let extracted = 0;
  const [extractSeconds, extractCpu] = await seconds(async () => {
    for (const doc of docs) extracted += RULES_EXTRACTOR.extract(doc, pack).positions.length;
  });

  const store = await openStore(file);
  const statuses = new Map<string, number>();
  let stored = 0;
  const [ingestSeconds, ingestCpu] = await seconds(async () => {
    for (const doc of docs) {
      const item = await ingestDocument(store, doc, { pack, extractor: RULES_EXTRACTOR });
      statuses.set(item.status, (statuses.get(item.status) ?? 0) + 1);
      stored += item.positions;
    }
  });
  await store.close();

  const ratio = extractSeconds / ingestSeconds;
  // On a shared machine wall time swings with other load; the CPU ratio is the steadier figure.
  const cpuRatio = extractCpu / ingestCpu;
  const rate = (wall: number, cpu: number) => `${(docs.length / wall).toFixed(0).padStart(5)} docs/s ${wall.toFixed(2).padStart(6)} s (cpu ${cpu.toFixed(2)} s)`;
  process.stdout.write(
    `ingest: ${docs.length} documents (dev corpus, each copy with its own URL and sentence); ` +
      `${[...statuses].map(([status, count]) => `${count} ${status}`).join(', ')}; ${stored} positions stored (${extracted} extracted)\n` +
      `  extraction alone ${rate(extractSeconds, extractCpu)}\n` +
      `  ingest to SQLite ${rate(ingestSeconds, ingestCpu)}\n` +
      `  ratio ${ratio.toFixed(2)} of extraction throughput (target ≥ ${TARGET_INGEST_RATIO}: ${verdict(ratio >= TARGET_INGEST_RATIO)}); ` +
      `by CPU time ${cpuRatio.toFixed(2)} (${verdict(cpuRatio >= TARGET_INGEST_RATIO)})\n`,
  );
}

/** The dev articles repeated to `count` documents, each copy at its own URL with one sentence of its own, so none is a known text. */
async function distinctCopies(count: number): Promise<Doc[]> {
  const names = (await readdir(DEV_CORPUS)).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt articles in ${DEV_CORPUS}: the bench needs ../shared/eval/dev beside the project`);
  const originals = await Promise.all(names.map(async (name) => ({ name, content: await readFile(join(DEV_CORPUS, name), 'utf8') })));
  return Array.from({ length: count }, (_, index) => {
    const { name, content } = originals[index % originals.length]!;
    const copy = Math.floor(index / originals.length);
    const text = `${content.trimEnd()}\nThis is copy ${copy} of the report, number ${index} in the benchmark.\n`;
    return readContent(`${copy}-${name}`, text).docs.map((doc) => ({ ...doc, ...(doc.url ? { url: `${doc.url}#copy-${copy}` } : {}) }));
  }).flat();
}

async function benchPositionsQuery(file: string): Promise<void> {
  // The store creates the schema; the rows go straight into its tables, since a million through putDocument would take minutes.
  await (await openStore(file)).close();
  const buildStart = performance.now();
  fillPositions(file, POSITIONS);
  const buildSeconds = (performance.now() - buildStart) / 1000;

  const store = await openStore(file);
  const timings: number[] = [];
  let returned = 0;
  for (let run = 0; run < QUERY_RUNS; run += 1) {
    const start = performance.now();
    returned += (await store.queryPositions({ party: `party${run % PARTIES}`, limit: QUERY_LIMIT })).length;
    timings.push(performance.now() - start);
  }
  await store.close();
  timings.sort((a, b) => a - b);
  const percentile = (p: number) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))]!;
  const p95 = percentile(0.95);
  process.stdout.write(
    `positions query: ${POSITIONS.toLocaleString('en')} positions in ${(POSITIONS / POSITIONS_PER_DOCUMENT).toLocaleString('en')} documents ` +
      `(built in ${buildSeconds.toFixed(1)} s); one party, limit ${QUERY_LIMIT}, ${QUERY_RUNS} runs, ${(returned / QUERY_RUNS).toFixed(0)} rows each\n` +
      `  p50 ${percentile(0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (target p95 < ${TARGET_P95_MS} ms: ${verdict(p95 < TARGET_P95_MS)})\n`,
  );
}

/**
 * Inserts `positions` generated positions (10 per document) in large transactions into a store's file whose schema
 * exists: 20 parties, 26 issues, dates over four years.
 */
export function fillPositions(file: string, positions: number): void {
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = OFF');
  const insertDocument = database.prepare(
    `INSERT INTO documents (id, name, url, content_hash, date, outlet, title, text, layout, version, signature, extractor, pack, ingested_at)
     VALUES (?, ?, ?, ?, ?, 'bench.example', ?, ?, '{}', 1, '', 'bench', 'bench@0', '2026-01-01T00:00:00Z')`,
  );
  const insertPosition = database.prepare(
    `INSERT INTO positions (document_id, doc, holder, issue, stance, strength, mode, speaker, intermediary, outlet, conditions,
       evidence_start, evidence_end, quote, confidence, extractor, date)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', '', 'bench.example', '[]', 0, 40, 'a generated sentence standing in for evidence', 0.8, 'bench', ?)`,
  );
  const stances = ['demand', 'reject', 'accept'];
  const strengths = ['red_line', 'firm', 'soft'];
  const modes = ['direct', 'reported', 'characterized'];
  const documents = positions / POSITIONS_PER_DOCUMENT;
  const insertBatch = database.transaction((first: number, last: number) => {
    for (let documentId = first; documentId < last; documentId += 1) {
      const date = new Date(Date.UTC(2022, 0, 1) + (documentId % 1461) * 86_400_000).toISOString().slice(0, 10);
      const name = `doc-${documentId}.txt`;
      insertDocument.run(documentId, name, `https://bench.example/${documentId}`, `hash-${documentId}`, date, `Report ${documentId}`, `Report ${documentId}`);
      for (let index = 0; index < POSITIONS_PER_DOCUMENT; index += 1) {
        const n = documentId * POSITIONS_PER_DOCUMENT + index;
        insertPosition.run(documentId, name, `party${(n * 7) % PARTIES}`, `issue.${n % 26}`, stances[n % 3], strengths[(n >> 2) % 3], modes[(n >> 4) % 3], date);
      }
    }
  });
  const perTransaction = ROWS_PER_TRANSACTION / POSITIONS_PER_DOCUMENT;
  for (let first = 1; first <= documents; first += perTransaction) insertBatch(first, Math.min(first + perTransaction, documents + 1));
  database.close();
}

/** Wall-clock and CPU seconds of `run`; CPU well below wall means other processes took the core (or the disk was waited on). */
async function seconds(run: () => Promise<void>): Promise<[wall: number, cpu: number]> {
  const [start, cpuStart] = [performance.now(), process.cpuUsage()];
  await run();
  const cpu = process.cpuUsage(cpuStart);
  return [(performance.now() - start) / 1000, (cpu.user + cpu.system) / 1e6];
}

function verdict(met: boolean): string {
  return met ? 'met' : 'NOT met';
}
