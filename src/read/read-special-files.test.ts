import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readSource } from './index.ts';

const directory = mkdtempSync(join(tmpdir(), 'redlines-special-'));
after(() => rmSync(directory, { recursive: true, force: true }));

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
}

test('reads only regular files from a directory: a FIFO and a device in it are reported and skipped, the rest read', async () => {
  const folder = mkdtempSync(join(directory, 'mixed-'));
  writeFileSync(join(folder, 'article.txt'), 'A headline\nThe delegation said it would consider the proposal.\n');
  symlinkSync(join(folder, 'article.txt'), join(folder, 'linked.txt'));
  // No writer ever opens this FIFO: reading it would block for good.
  mkfifo(join(folder, 'pipe.txt'));
  symlinkSync('/dev/zero', join(folder, 'zero.txt'));
  const { docs, messages } = await readSource(folder);
  assert.deepEqual(docs.map((doc) => doc.id), ['article.txt', 'linked.txt']);
  // Directory order is the file system's: compare by name.
  const reported = messages.map(({ source, ruleId, reason }) => ({ source, ruleId, reason })).sort((a, b) => String(a.source).localeCompare(String(b.source)));
  assert.deepEqual(reported, [
    { source: join(folder, 'pipe.txt'), ruleId: 'read/not-a-file', reason: 'skipped: a FIFO, not a regular file' },
    { source: join(folder, 'zero.txt'), ruleId: 'read/not-a-file', reason: 'skipped: a device, not a regular file' },
  ]);
});

test('a device named on its own is read as a stream and stops at the size limit', async () => {
  const { docs, messages } = await readSource('/dev/zero', { maxBytes: 100_000 });
  assert.deepEqual(docs, []);
  assert.equal(messages[0]?.ruleId, 'read/too-large');
  assert.equal(messages[0]?.reason, 'input exceeds the limit of 100000 bytes');
});

test('a FIFO named on its own reads as a stream: a finite one as text, an endless one up to the size limit', async () => {
  const finite = join(directory, 'finite.fifo');
  mkfifo(finite);
  const writer = spawn('sh', ['-c', `printf 'Piped title\\nPiped body.\\n' > "$1"`, 'sh', finite], { stdio: 'ignore' });
  const written = new Promise<number | null>((resolve) => writer.on('close', resolve));
  const { docs } = await readSource(finite, { format: 'text' });
  assert.deepEqual(docs.map((doc) => doc.title), ['Piped title']);
  assert.equal(await written, 0);

  const endless = join(directory, 'endless.fifo');
  mkfifo(endless);
  // `yes` writes for ever; it ends with SIGPIPE once the reader stops at the limit and closes its end.
  const yes = spawn('sh', ['-c', 'exec yes "endless line" > "$1"', 'sh', endless], { stdio: 'ignore' });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => yes.on('close', (_code, signal) => resolve(signal)));
  const { messages } = await readSource(endless, { maxBytes: 100_000 });
  assert.equal(messages[0]?.ruleId, 'read/too-large');
  assert.equal(await ended, 'SIGPIPE');
});
