import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'redlines-train-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function redlines(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

// An invented team corpus on the US–Iran example pack: "glorbs" states a demand, "mentioned" none.
function writeCorpus(): { docs: string; gold: string } {
  const docs = join(scratch, 'articles');
  mkdirSync(docs);
  const rows: string[] = [];
  for (let index = 0; index < 6; index++) {
    const name = `${index}.txt`;
    const glorbed = index % 2 === 0 ? 'Tehran glorbs sanctions relief.' : 'Washington glorbs snap inspections.';
    writeFileSync(join(docs, name), `Talks, day ${index}\n${glorbed} Tehran mentioned zero enrichment.\n`);
    const [holder, issue] = index % 2 === 0 ? ['ir', 'sanctions.lift_on_iran'] : ['us', 'inspections.iaea_access'];
    rows.push(JSON.stringify({ doc: name, holder, issue, stance: 'demand', strength: 'firm', mode: 'characterized', speaker: '', conditions: [], evidence: glorbed }));
  }
  const gold = join(scratch, 'gold.jsonl');
  writeFileSync(gold, `${rows.join('\n')}\n`);
  return { docs, gold };
}

test('train writes a model from a team corpus; extract --model uses it and --explain says why', () => {
  const { docs, gold } = writeCorpus();
  const model = join(scratch, 'team.json');
  const trained = redlines('train', '--gold', gold, '--docs', docs, '--pack', 'packs/examples/us-iran.yaml', '--out', model, '--model-version', 'team-1', '--folds', '3');
  assert.equal(trained.status, 0, trained.stderr);
  assert.match(trained.stdout, /3-fold cross-validation \(folds by document\): precision/u);
  assert.ok(existsSync(model));
  const article = join(scratch, 'new.txt');
  writeFileSync(article, 'New round\nWashington glorbs zero enrichment.\n');
  const extracted = redlines('extract', '--model', model, '--pack', 'packs/examples/us-iran.yaml', '--format', 'jsonl', article);
  assert.equal(extracted.status, 0, extracted.stderr);
  const rows = extracted.stdout.trim().split('\n').map((line) => JSON.parse(line) as { holder: string; issue: string; stance: string; extractor: string });
  assert.deepEqual(rows.map((row) => `${row.holder} ${row.stance} ${row.issue} ${row.extractor}`), ['us demand enrichment.zero model@team-1']);
  const explained = redlines('extract', '--model', model, '--pack', 'packs/examples/us-iran.yaml', '--explain', article);
  assert.match(explained.stdout, /why: .*before-issue:glorbs/u);
});

test('train without --out only reports; a missing model file is one line naming it, exit 1', () => {
  const { gold, docs } = { gold: join(scratch, 'gold.jsonl'), docs: join(scratch, 'articles') };
  if (!existsSync(gold)) writeCorpus();
  const reported = redlines('train', '--gold', gold, '--docs', docs, '--pack', 'packs/examples/us-iran.yaml', '--folds', '2');
  assert.equal(reported.status, 0, reported.stderr);
  assert.match(reported.stdout, /not written \(no --out\)/u);
  const missing = redlines('extract', '--model', join(scratch, 'nope.json'), join(scratch, 'articles', '0.txt'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.json: cannot read the model \(ENOENT\)/u);
});
