/** `redlines review`: analysts' verdicts change what every analysis reads, survive re-extraction, and export as gold. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'redlines-review-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const KYIV = '2025-06-03-kyiv-responds.txt';
const KREMLIN = '2025-06-02-kremlin-conditions.txt';

interface Row { id: string; documentId: string; doc: string; holder: string; issue: string; stance: string; strength: string; mode: string; review?: { status: string } }
interface Cell { party: string; issue: string; stance: string; strength: string; documents: number; reviewed: number; support: { recordId: string; review?: string }[] }

/** A store of the three example articles, and the CLI run against it. */
function exampleStore(name: string) {
  const db = join(scratch, `${name}.db`);
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--db', db], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REDLINES_REVIEWER: '' } });
  const ingest = run('ingest', 'examples');
  assert.equal(ingest.status, 0, ingest.stderr);
  const json = <T>(...args: string[]): T => {
    const result = run(...args, '--format', 'json');
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout) as T;
  };
  const positions = () => json<Row[]>('positions');
  const idOf = (doc: string, holder: string, issue: string) => {
    const row = positions().find((p) => p.doc === doc && p.holder === holder && p.issue === issue);
    assert.ok(row, `no ${holder} ${issue} in ${doc}`);
    return row.id;
  };
  const cells = (...args: string[]) => json<{ cells: Cell[] }>('matrix', ...args).cells;
  const cell = (party: string, issue: string, ...args: string[]) => cells(...args).find((c) => c.party === party && c.issue === issue);
  return { db, run, json, positions, idOf, cells, cell };
}

function ok(result: { status: number | null; stderr: string }): void {
  assert.equal(result.status, 0, result.stderr);
}

test('confirm, reject, correct and add change the matrix, its review coverage, the positions and the deal check; undo takes a change back', () => {
  const store = exampleStore('verdicts');
  const deal = join(scratch, 'recognize.yaml');
  writeFileSync(deal, 'assignments:\n  territory.recognize_annexation: true\n');
  const ukraineKept = () => store.json<{ parties: { party: string; redLinesKept: boolean }[] }>('deal', 'check', deal).parties.find((p) => p.party === 'ua')!.redLinesKept;
  assert.equal(ukraineKept(), false);
  assert.equal(store.cell('ru', 'territory.ukraine_withdraws')!.documents, 2);
  assert.equal(store.cell('ru', 'alliance.ukraine_neutrality')!.reviewed, 0);
  assert.ok(store.positions().every((p) => p.review?.status === 'unreviewed'));

  ok(store.run('review', 'confirm', store.idOf(KREMLIN, 'ru', 'alliance.ukraine_neutrality'), '--reviewer', 'ana'));
  // Kyiv reporting Moscow's demand is not a second Russian statement of it.
  ok(store.run('review', 'reject', store.idOf(KYIV, 'ru', 'territory.ukraine_withdraws'), '--reviewer', 'ana', '--note', 'already counted'));
  ok(store.run('review', 'correct', store.idOf(KYIV, 'ua', 'territory.recognize_annexation'), '--stance', 'accept', '--reviewer', 'ana'));
  const added = store.run('review', 'add', '--doc', '2', '--evidence', 'the two sides remained far apart on territory', '--holder', 'ua',
    '--issue', 'territory.russia_withdraws', '--stance', 'demand', '--strength', 'soft', '--mode', 'characterized', '--reviewer', 'ana');
  ok(added);
  assert.match(added.stdout, /ana added 2025-06-03-kyiv-responds\.txt ua demand territory\.russia_withdraws/);

  const neutrality = store.cell('ru', 'alliance.ukraine_neutrality')!;
  assert.deepEqual([neutrality.reviewed, neutrality.support[0]!.review], [1, 'confirmed']);
  assert.equal(store.cell('ru', 'territory.ukraine_withdraws')!.documents, 1);
  assert.deepEqual([store.cell('ua', 'territory.recognize_annexation')!.stance, store.cell('ua', 'territory.recognize_annexation')!.reviewed], ['accept', 1]);
  const missed = store.cell('ua', 'territory.russia_withdraws')!;
  assert.deepEqual([missed.stance, missed.strength, missed.support[0]!.recordId.startsWith('added-'), missed.support[0]!.review], ['demand', 'soft', true, 'added']);
  assert.equal(ukraineKept(), true);
  assert.deepEqual(store.cells('--reviewed-only').map((c) => `${c.party} ${c.issue}`).sort(),
    ['ru alliance.ukraine_neutrality', 'ua territory.recognize_annexation', 'ua territory.russia_withdraws']);
  // A reviewer whose verdicts are asked for alone: nobody else's count.
  assert.equal(store.cells('--reviewer', 'ben', '--reviewed-only').length, 0);
  const filtered = store.json<Row[]>('positions', '--party', 'ua', '--stance', 'accept');
  assert.ok(filtered.some((p) => p.issue === 'territory.recognize_annexation' && p.review?.status === 'corrected'));

  const undo = store.run('review', 'undo', '--reviewer', 'ana');
  ok(undo);
  assert.match(undo.stdout, /undone: .*none$/m);
  assert.equal(store.cell('ua', 'territory.russia_withdraws'), undefined);
  const log = store.json<{ action: string; undoneAt?: string }[]>('review', 'list', '--log');
  assert.deepEqual(log.map((change) => change.action), ['undo', 'review', 'review', 'review', 'review']);
  assert.ok(log[1]!.undoneAt);
});

test('shifts follow reviews: a rejected turn is no shift, and undoing the rejection brings it back', () => {
  const store = exampleStore('shifts');
  const firm = join(scratch, 'kyiv-firm.txt');
  const turn = join(scratch, 'kyiv-turn.txt');
  writeFileSync(firm, ' date 2025-07-01 https://example.org/kyiv-firm\nKyiv stands firm\n"Ukraine will never withdraw its troops from Donbas," President Volodymyr Zelensky said on Tuesday.\n');
  writeFileSync(turn, ' date 2026-03-05 https://example.org/kyiv-turn\nKyiv changes course on Donbas\n"Ukraine is ready to withdraw its troops from Donbas," President Volodymyr Zelensky told reporters in Kyiv on Thursday.\n');
  ok(store.run('ingest', firm, turn));
  const shifts = () => store.json<{ shifts: { party: string; issue: string; to: { stance: string } }[] }>('shifts', '--party', 'ua').shifts
    .map((shift) => `${shift.party} ${shift.issue} → ${shift.to.stance}`);
  assert.deepEqual(shifts(), ['ua territory.ukraine_withdraws → accept']);
  ok(store.run('review', 'reject', store.idOf('kyiv-turn.txt', 'ua', 'territory.ukraine_withdraws'), '--reviewer', 'ana'));
  assert.deepEqual(shifts(), []);
  ok(store.run('review', 'undo', '--reviewer', 'ana'));
  assert.deepEqual(shifts(), ['ua territory.ukraine_withdraws → accept']);
});

test('reviews survive re-extraction with a changed pack: each is applied again or listed as orphaned', () => {
  const store = exampleStore('reextract');
  const confirmed = store.idOf(KREMLIN, 'ru', 'alliance.ukraine_neutrality');
  ok(store.run('review', 'confirm', confirmed, '--reviewer', 'ana'));
  ok(store.run('review', 'reject', store.idOf(KYIV, 'ru', 'territory.ukraine_withdraws'), '--reviewer', 'ana'));
  ok(store.run('review', 'correct', store.idOf(KYIV, 'ua', 'ceasefire.immediate'), '--strength', 'red_line', '--reviewer', 'ana'));
  ok(store.run('review', 'confirm', store.idOf(KYIV, 'ua', 'territory.recognize_annexation'), '--reviewer', 'ana'));
  ok(store.run('review', 'add', '--doc', '2', '--evidence', 'far apart on territory', '--holder', 'ua', '--issue', 'territory.russia_withdraws', '--stance', 'demand', '--reviewer', 'ana'));

  // The changed pack no longer names recognition of occupied territories, so Kyiv's refusal of it is not extracted.
  const pack = readFileSync(join(ROOT, 'packs', 'russia-ukraine.yaml'), 'utf8')
    .replace(/^version: "[^"]+"$/m, 'version: "99.0.0"')
    .replace(/^ {6}- "recogni\* \.\.\. \(annex\*.*\n/m, '')
    .replace(/^ {6}- "\(annexed\|occupied\) \(regions\|territories\|lands\) as .*\n/m, '');
  const changedPack = join(scratch, 'changed-pack.yaml');
  writeFileSync(changedPack, pack);
  const reextract = store.run('reextract', '--pack', changedPack);
  ok(reextract);
  assert.match(reextract.stdout, /1 review whose position is no longer extracted/);
  assert.match(reextract.stdout, /ana confirmed 2025-06-03-kyiv-responds\.txt ua reject territory\.recognize_annexation/);

  const neutrality = store.cell('ru', 'alliance.ukraine_neutrality', '--pack', changedPack)!;
  assert.deepEqual([neutrality.reviewed, neutrality.support[0]!.review], [1, 'confirmed']);
  assert.equal(store.cell('ru', 'territory.ukraine_withdraws', '--pack', changedPack)!.documents, 1);
  assert.equal(store.cell('ua', 'ceasefire.immediate', '--pack', changedPack)!.strength, 'red_line');
  assert.equal(store.cell('ua', 'territory.russia_withdraws', '--pack', changedPack)!.support[0]!.review, 'added');
  const orphaned = store.json<{ verdict: string; target: { issue: string } }[]>('review', 'list', '--orphaned');
  assert.deepEqual(orphaned.map((review) => [review.verdict, review.target.issue]), [['confirmed', 'territory.recognize_annexation']]);
  assert.equal(store.json<unknown[]>('review', 'list').length, 5);
});

test('review agreement: F1 over (doc, holder, issue, stance), strength and mode agreement, and the disagreements listed', () => {
  const store = exampleStore('agreement');
  const kyiv = store.positions().filter((p) => p.doc === KYIV);
  assert.ok(kyiv.length >= 4);
  ok(store.run('review', 'confirm', ...kyiv.map((p) => p.id), '--reviewer', 'ana'));
  const [rejected, restrengthened, remoded, ...rest] = kyiv;
  ok(store.run('review', 'confirm', ...rest.map((p) => p.id), '--reviewer', 'ben'));
  ok(store.run('review', 'reject', rejected!.id, '--reviewer', 'ben'));
  ok(store.run('review', 'correct', restrengthened!.id, '--strength', restrengthened!.strength === 'soft' ? 'firm' : 'soft', '--reviewer', 'ben'));
  ok(store.run('review', 'correct', remoded!.id, '--mode', remoded!.mode === 'direct' ? 'reported' : 'direct', '--reviewer', 'ben'));
  // Ana alone reviewed another document: it is not compared.
  ok(store.run('review', 'confirm', store.idOf(KREMLIN, 'ru', 'alliance.ukraine_neutrality'), '--reviewer', 'ana'));

  const [result] = store.json<{
    reviewers: string[]; documents: string[]; tuples: { first: number; second: number; both: number }; f1: number;
    strength: { agreed: number; of: number }; mode: { agreed: number; of: number }; disagreements: { kind: string; holder: string; issue: string; first?: string; second?: string }[];
  }[]>('review', 'agreement');
  const n = kyiv.length;
  assert.deepEqual(result!.reviewers, ['ana', 'ben']);
  assert.deepEqual(result!.documents, [KYIV]);
  assert.deepEqual(result!.tuples, { first: n, second: n - 1, both: n - 1 });
  assert.ok(Math.abs(result!.f1 - (2 * (n - 1)) / (2 * n - 1)) < 1e-9);
  assert.deepEqual([result!.strength.agreed, result!.strength.of], [n - 2, n - 1]);
  assert.deepEqual([result!.mode.agreed, result!.mode.of], [n - 2, n - 1]);
  assert.deepEqual(result!.disagreements.map((d) => [d.kind, d.holder, d.issue]).sort(), [
    ['mode', remoded!.holder, remoded!.issue], ['only-first', rejected!.holder, rejected!.issue], ['strength', restrengthened!.holder, restrengthened!.issue],
  ].sort());
  const table = store.run('review', 'agreement', '--reviewers', 'ana,ben');
  ok(table);
  assert.match(table.stdout, /^ana × ben: 1 document both reviewed$/m);
  assert.match(table.stdout, /\[only ana\]/);
  const unknown = store.run('review', 'agreement', '--reviewers', 'ana,zoe');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /no reviews by "zoe" \(reviewers: ana, ben\)/);
});

test('review export writes gold JSONL that redlines eval scores at F1 1.0 against the extractor it confirms, and train accepts', () => {
  const store = exampleStore('export');
  ok(store.run('review', 'confirm', ...store.positions().map((p) => p.id), '--reviewer', 'ana'));
  const gold = join(scratch, 'reviewed.jsonl');
  const exported = store.run('review', 'export', '--out', gold);
  ok(exported);
  const rows = readFileSync(gold, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(rows.length, store.positions().length);
  assert.deepEqual(Object.keys(rows[0]!).slice(0, 3), ['doc', 'holder', 'issue']);
  for (const row of rows) {
    const text = readFileSync(join(ROOT, 'examples', row.doc as string), 'utf8');
    assert.equal(text.slice(row.evidence_start as number, row.evidence_end as number), row.evidence);
  }
  const evaluated = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'eval', '--gold', gold, '--format', 'json', 'examples'], { cwd: ROOT, encoding: 'utf8' });
  ok(evaluated);
  const score = JSON.parse(evaluated.stdout) as { overall: { f1: number; gold: number }; strength: { rate: number }; mode: { rate: number } };
  assert.deepEqual([score.overall.f1, score.strength.rate, score.mode.rate], [1, 1, 1]);
  const trained = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'train', '--gold', gold, '--docs', 'examples'], { cwd: ROOT, encoding: 'utf8' });
  ok(trained);
  assert.match(trained.stdout, /cross-validation \(folds by document\): precision/);
  // One rejection later, the gold has one position fewer and the extractor is no longer perfect against it.
  ok(store.run('review', 'reject', store.positions()[0]!.id, '--reviewer', 'ana'));
  ok(store.run('review', 'export', '--out', gold));
  const again = JSON.parse(spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'eval', '--gold', gold, '--format', 'json', 'examples'], { cwd: ROOT, encoding: 'utf8' }).stdout) as { overall: { precision: number; recall: number } };
  assert.ok(again.overall.precision < 1);
  assert.equal(again.overall.recall, 1);
});

test('bad ids, fields and reviewers exit non-zero with a message naming them, writing nothing', () => {
  const store = exampleStore('errors');
  const id = store.positions()[0]!.id;
  const cases: [string[], number, RegExp][] = [
    [['review', 'confirm', '99999', '--reviewer', 'ana'], 1, /no position with id "99999"/],
    [['review', 'confirm', id], 2, /--reviewer NAME or REDLINES_REVIEWER/],
    [['review', 'correct', id, '--holder', 'atlantis', '--reviewer', 'ana'], 2, /holder: "atlantis" is not one of ru, ua/],
    [['review', 'correct', id, '--stance', 'maybe', '--reviewer', 'ana'], 2, /argument 'maybe' is invalid/],
    [['review', 'correct', id, '--reviewer', 'ana'], 1, /fields: a correction names at least one of/],
    [['review', 'correct', id, '--conditions', 'x.y', '--reviewer', 'ana'], 2, /conditions: "x.y" is not one of/],
    [['review', 'add', '--doc', '99', '--evidence', 'x', '--holder', 'ua', '--issue', 'ceasefire.immediate', '--stance', 'demand', '--reviewer', 'ana'], 1, /no document with id "99"/],
    [['review', 'add', '--doc', '2', '--evidence', 'not in the text', '--holder', 'ua', '--issue', 'ceasefire.immediate', '--stance', 'demand', '--reviewer', 'ana'], 1, /the quote does not occur/],
    [['review', 'add', '--doc', '2', '--start', '0', '--end', '99999', '--holder', 'ua', '--issue', 'ceasefire.immediate', '--stance', 'demand', '--reviewer', 'ana'], 1, /runs past the end of document 2/],
    [['review', 'add', '--doc', '2', '--holder', 'ua', '--issue', 'ceasefire.immediate', '--stance', 'demand', '--reviewer', 'ana'], 2, /--evidence TEXT or as --start and --end/],
    [['review', 'undo', '--reviewer', 'ana'], 1, /ana has nothing left to undo/],
  ];
  for (const [args, status, message] of cases) {
    const result = store.run(...args);
    assert.equal(result.status, status, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message, args.join(' '));
  }
  assert.deepEqual(store.json<unknown[]>('review', 'list', '--log'), []);
});
