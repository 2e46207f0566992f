import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readSource } from './index.ts';

let directory: string;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), 'redlines-read-'));
  await mkdir(join(directory, 'b', 'nested'), { recursive: true });
  await writeFile(join(directory, 'b', 'nested', 'deep.md'), 'Deep title\nDeep body.');
  await writeFile(join(directory, 'a.txt'), ' date 2024-01-01 https://example.org/a\nA title\nA body.');
  await writeFile(join(directory, 'c.jsonl'), '{"text": "Record one."}\n{"text": "Record two."}\n');
  await writeFile(join(directory, 'ignored.pdf'), 'not read');
  await writeFile(join(directory, 'empty.txt'), '');
});

after(async () => {
  await rm(directory, { recursive: true, force: true });
});

test('reads a directory recursively, in path order, only files with known extensions', async () => {
  const { docs, messages } = await readSource(directory);
  assert.deepEqual(docs.map((doc) => doc.id), ['a.txt', 'deep.md', 'c.jsonl#1', 'c.jsonl#2']);
  assert.deepEqual(messages.map((message) => [message.ruleId, message.source]), [['read/empty-file', join(directory, 'empty.txt')]]);
});

test('reads a single file by path', async () => {
  const { docs } = await readSource(join(directory, 'a.txt'));
  assert.equal(docs[0]?.date, '2024-01-01');
});

test('reports an unreadable path as an error naming it', async () => {
  const missing = join(directory, 'missing.txt');
  const { docs, messages } = await readSource(missing);
  assert.deepEqual(docs, []);
  assert.equal(messages[0]?.ruleId, 'read/unreadable');
  assert.equal(messages[0]?.source, missing);
  assert.equal(messages[0]?.severity, 'error');
});

test('refuses a file over the size limit before loading it', async () => {
  const { messages } = await readSource(join(directory, 'a.txt'), { maxBytes: 10 });
  assert.equal(messages[0]?.ruleId, 'read/too-large');
});

test('reads standard input when the source is "-"', () => {
  const script = `import { readSource } from ${JSON.stringify(fileURLToPath(new URL('./index.ts', import.meta.url)))};
const { docs } = await readSource('-');
process.stdout.write(JSON.stringify(docs.map((doc) => [doc.id, doc.title])));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    input: 'Piped headline\nPiped body.',
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr);
  assert.deepEqual(JSON.parse(child.stdout), [['stdin', 'Piped headline']]);
});

test('throws on API misuse: an empty source', async () => {
  await assert.rejects(readSource(''), /path, a URL or "-"/);
});

const article = `<html><head><title>Loopback news</title></head><body><article>${'<p>The loopback delegation said it would consider every proposal put to it.</p>'.repeat(8)}</article></body></html>`;
const feed = '<rss><channel><item><title>Item</title><link>http://feed.example/1</link><description>Feed body words.</description></item></channel></rss>';
// The fetch tests below read from loopback on purpose, which only an allow-list permits.
const LOOPBACK = { fetchAllow: ['127.0.0.1'] };
let server: Server;
let base: string;

before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/article') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
    else if (request.url === '/feed') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    else if (request.url === '/sniffed') response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(feed);
    else if (request.url === '/latin1') response.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    else if (request.url === '/big') response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }).end('y'.repeat(5000));
    else if (request.url === '/big-chunked') response.writeHead(200, { 'content-type': 'text/plain' }).end('z'.repeat(5000));
    else if (request.url === '/slow') setTimeout(() => response.writeHead(200).end('late'), 1000);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('fetches an HTML page by URL and names the document after the URL', async () => {
  const { docs, messages } = await readSource(`${base}/article`, LOOPBACK);
  assert.deepEqual(messages, []);
  assert.equal(docs[0]?.id, `${base}/article`);
  assert.equal(docs[0]?.url, `${base}/article`);
  assert.equal(docs[0]?.outlet, '127.0.0.1');
  assert.match(docs[0]?.text ?? '', /^The loopback delegation said/);
});

test('dispatches a fetched feed by content type, and by sniffing when the type says nothing', async () => {
  for (const path of ['/feed', '/sniffed']) {
    const { docs } = await readSource(`${base}${path}`, LOOPBACK);
    assert.deepEqual(docs.map((doc) => doc.text), ['Feed body words.']);
  }
});

test('decodes a response in the charset its content type declares', async () => {
  const { docs } = await readSource(`${base}/latin1`, LOOPBACK);
  assert.equal(docs[0]?.text, 'Caf\u00e9');
});

test('reports an HTTP error status, an oversized response and a timeout as errors', async () => {
  const notFound = await readSource(`${base}/nowhere`, LOOPBACK);
  assert.equal(notFound.messages[0]?.ruleId, 'read/fetch-failed');
  assert.match(notFound.messages[0]?.reason ?? '', /404/);
  const big = await readSource(`${base}/big`, { ...LOOPBACK, maxBytes: 1000 });
  assert.equal(big.messages[0]?.ruleId, 'read/too-large');
  const chunked = await readSource(`${base}/big-chunked`, { ...LOOPBACK, maxBytes: 1000 });
  assert.equal(chunked.messages[0]?.ruleId, 'read/too-large');
  const started = Date.now();
  const slow = await readSource(`${base}/slow`, { ...LOOPBACK, fetchTimeoutMs: 200 });
  assert.equal(slow.messages[0]?.ruleId, 'read/fetch-timeout');
  assert.ok(Date.now() - started < 900);
  for (const result of [notFound, big, chunked, slow]) assert.deepEqual(result.docs, []);
});
