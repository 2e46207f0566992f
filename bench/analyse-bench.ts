/** Benchmarks for analysis: deal search on a generated 40 × 20 negotiation, and the matrix over a million positions. */
import { performance } from 'node:perf_hooks';
import type { Mode, Pack, PositionRecord, Relation, Stance, Strength } from '../src/core/index.ts';
import { matrix, searchDeal } from '../src/analyse/index.ts';
import { seededRandom } from '../test/seeded-random.ts';


function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

function record(id: string, fields: Pick<PositionRecord, 'doc' | 'holder' | 'issue' | 'stance' | 'strength' | 'mode'> & Partial<PositionRecord>): PositionRecord {
  return { id, documentId: fields.doc, speaker: '', intermediary: '', outlet: '', conditions: [], confidence: 1, extractor: 'bench', evidence: { start: 0, end: 0, quote: '' }, ...fields };
}

/** 20 parties with 3–6 red lines each over 40 propositions, a third of them conditional, and 12 relations. */
function generateNegotiation(random: () => number): { records: PositionRecord[]; pack: Pack } {
  const propositions = ids('issue.', 40);
  const parties = ids('party', 20);
  const records: PositionRecord[] = [];
  for (const party of parties) {
    const count = 3 + Math.floor(random() * 4);
    const issues = [...propositions].sort(() => random() - 0.5).slice(0, count + 1);
    for (const [index, issue] of issues.slice(0, count).entries()) {
      const conditions = random() < 1 / 3 ? [issues[count]!] : [];
      records.push(record(`${party}-${index}`, {
        doc: `${party}.txt`, date: '2025-05-19', holder: party, issue, stance: pick(random, ['demand', 'reject'] as const),
        strength: 'red_line', mode: 'direct', conditions,
      }));
    }
  }
  const relations: Relation[] = Array.from({ length: 12 }, () => ({
    type: pick(random, ['excludes', 'implies'] as const), from: pick(random, propositions), to: pick(random, propositions),
  })).filter((relation) => relation.from !== relation.to);
  const pack: Pack = {
    id: 'bench', name: 'generated negotiation', version: '0', relations, concessions: [],
    parties: parties.map((id) => ({ id, name: id, names: [], adjectives: [], metonyms: [], officials: [], stateMedia: [] })),
    issues: propositions.map((id) => ({ id, proposition: id, cues: [], opposites: [] })),
  };
  return { records, pack };
}

/**
 * A million positions: 20 parties × 26 issues over four years, ten to a document in 100,000 documents
 * (a tenth of them near-duplicates), in document order as a store returns them.
 */
function generatePositions(random: () => number, count: number): PositionRecord[] {
  const parties = ids('party', 20);
  const issues = ids('issue.', 26);
  const stances: readonly Stance[] = ['demand', 'reject', 'accept'];
  const strengths: readonly Strength[] = ['red_line', 'firm', 'soft'];
  const modes: readonly Mode[] = ['direct', 'reported', 'characterized'];
  const perDocument = 10;
  const records: PositionRecord[] = new Array(count);
  for (let index = 0; index < count; index += 1) {
    const docNumber = Math.floor(index / perDocument);
    const date = `${2022 + (docNumber % 4)}-${String(1 + (docNumber % 12)).padStart(2, '0')}-${String(1 + (docNumber % 28)).padStart(2, '0')}`;
    records[index] = record(`p${index}`, {
      doc: `doc${docNumber}.txt`, date, holder: pick(random, parties), issue: pick(random, issues),
      stance: pick(random, stances), strength: pick(random, strengths), mode: pick(random, modes),
      ...(docNumber % 10 === 9 ? { duplicateOf: `doc${docNumber - 1}.txt` } : {}),
    });
  }
  return records;
}

/** The median wall and CPU time of several runs, after one unmeasured run to warm the JIT and load MiniSat. */
function timed<T>(runs: number, run: () => T): { result: T; wallMs: number; cpuMs: number } {
  let result = run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    result = run();
    walls.push(performance.now() - wallStart);
    const cpu = process.cpuUsage(cpuStart);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { result, wallMs: median(walls), cpuMs: median(cpus) };
}

/** Prints the time `searchDeal` takes to the minimal concession sets and the time `matrix` takes over 1,000,000 positions. */
export async function benchAnalyse(): Promise<void> {
  const random = seededRandom(20250519);
  const { records, pack } = generateNegotiation(random);
  const search = timed(9, () => searchDeal(records, pack, { limit: 10 }));
  const sizes = search.result.correctionSets.map((set) => set.size);
  console.log(
    `analyse: searchDeal, 40 propositions × 20 parties, ${search.result.redLines.length} red lines, ${pack.relations.length} relations: ` +
    `median ${search.wallMs.toFixed(1)} ms (CPU ${search.cpuMs.toFixed(1)} ms; target < 100 ms) to ` +
    (search.result.feasible ? 'a deal' : `${sizes.length} minimal correction sets of sizes ${sizes.join(', ')}`),
  );
  const positions = generatePositions(random, 1_000_000);
  const grid = timed(3, () => matrix(positions));
  console.log(
    `analyse: matrix over ${positions.length.toLocaleString('en')} positions: median ${grid.wallMs.toFixed(0)} ms ` +
    `(CPU ${grid.cpuMs.toFixed(0)} ms; target < 1000 ms), ${grid.result.cells.length} cells`,
  );
}
