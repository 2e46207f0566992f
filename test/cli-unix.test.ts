/** The CLI as a unix tool: closed pipes, usage errors, missing databases, and what it says on stderr. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const scratch = mkdtempSync(join(tmpdir(), 'redlines-unix-'));
const db = join(scratch, 'examples.db');
const missingDb = join(scratch, 'does-not-exist.db');
after(() => rmSync(scratch, { recursive: true, force: true }));

function redlines(...args: string[]) {
  return spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
}

function article(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

before(() => {
  const ingest = redlines('ingest', 'examples', '--db', db);
  assert.equal(ingest.status, 0, ingest.stderr);
});

test('a reader that closes the pipe early ends the output quietly with exit 0', async () => {
  // Enough documents that the output outgrows the pipe's buffer after the reader has gone.
  const corpus = join(scratch, 'many');
  mkdirSync(corpus);
  const example = readFileSync(join(ROOT, 'examples', '2025-06-02-kremlin-conditions.txt'), 'utf8');
  for (let copy = 0; copy < 300; copy += 1) writeFileSync(join(corpus, `copy-${copy}.txt`), example);
  const child = spawn(process.execPath, [...CLI, 'extract', '--format', 'jsonl', corpus], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
});

test('an unknown party or issue is a usage error naming the valid ids, in every command that takes one', () => {
  const cases = [
    ['positions', '--party', 'zz'],
    ['timeline', '--party', 'zz'],
    ['shifts', '--party', 'zz'],
    ['consistency', '--party', 'zz'],
    ['matrix', '--parties', 'ru,zz'],
    ['deal', 'search', '--parties', 'zz'],
  ];
  for (const args of cases) {
    const result = redlines(...args, '--db', db);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /unknown party "zz" \(pack russia-ukraine has ru, ua, us, /, args.join(' '));
  }
  for (const args of [['positions'], ['timeline', '--party', 'ru']]) {
    const result = redlines(...args, '--issue', 'territory.nope', '--db', db);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /unknown issue "territory\.nope" \(pack russia-ukraine has .*territory\.recognize_crimea/, args.join(' '));
  }
});

test('reading a database that does not exist is an error, exit 1, and never creates it', () => {
  for (const args of [['positions'], ['documents'], ['export'], ['matrix'], ['collisions']]) {
    const result = redlines(...args, '--db', missingDb);
    assert.equal(result.status, 1, args.join(' '));
    assert.equal(result.stderr, `${missingDb}: cannot open database: no such database file\n`);
    assert.equal(result.stdout, '');
    assert.equal(existsSync(missingDb), false, `${args.join(' ')} created the file`);
  }
});

test('--since after --until is a usage error', () => {
  for (const command of ['positions', 'matrix', 'consistency']) {
    const result = redlines(command, '--since', '2026-01-01', '--until', '2025-01-01', '--db', db);
    assert.equal(result.status, 2, command);
    assert.equal(result.stderr, 'redlines: --since 2026-01-01 is after --until 2025-01-01\n');
  }
  assert.equal(redlines('positions', '--since', '2025-06-03', '--until', '2025-06-03', '--db', db).status, 0);
});

test('extract says on stderr when a document gives no positions or is not English, and counts in the singular', () => {
  const weather = article('weather.txt', ' date 2025-03-12 https://example.org/weather\nWeather\nIt rained in Kyiv on Monday.\n');
  const russian = article('russian.txt', ' date 2025-03-12 https://example.org/ru\nЗаявление\nПрезидент России Владимир Путин заявил, что Россия не откажется от своих требований по Донбассу и Крыму, сообщил Кремль в понедельник.\n');
  const truce = article('truce.txt', ' date 2025-03-12 https://example.org/truce\nMoscow answers\nThe Kremlin rejected an immediate ceasefire, Dmitry Peskov said.\n');
  const result = redlines('extract', weather, russian, truce);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, 'weather.txt: no positions found\nrussian.txt: warning: the text does not look English; positions are only extracted from English\n');
  assert.match(result.stdout, /^truce\.txt: 1 position\n/);
  const nothing = redlines('extract', '--format', 'table', weather);
  assert.equal(nothing.stdout, '');
});

test('positions and documents count in the singular and plural', () => {
  const one = redlines('documents', '--search', 'Kremlin', '--db', db);
  assert.match(one.stdout, /\n1 document\n$/);
  const none = redlines('positions', '--party', 'cn', '--db', db);
  assert.equal(none.status, 0);
  assert.equal(none.stdout, '');
  assert.equal(none.stderr, 'no stored positions match\n');
});

test('with commands loaded on demand, --help still lists every one, --version answers and an unknown one is a usage error', () => {
  const help = redlines('--help');
  assert.equal(help.status, 0, help.stderr);
  for (const command of ['extract', 'eval', 'train', 'ingest', 'worker', 'queue', 'reextract', 'positions', 'documents', 'export', 'matrix', 'timeline', 'shifts', 'consistency', 'collisions', 'deal', 'pack', 'serve']) {
    assert.match(help.stdout, new RegExp(`^  ${command}\\b`, 'm'), `${command} missing from --help`);
  }
  assert.equal(redlines('--version').stdout, '0.1.0\n');
  const unknown = redlines('extrakt');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command 'extrakt'/);
});
