import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { isFetchable, parseFetchAllow } from './fetch-allow.ts';
import { MAX_REDIRECTS } from './fetch-url.ts';
import { readSource } from './index.ts';

const LOOPBACK = { fetchAllow: ['127.0.0.1'] };
/** Paths the server was asked for; the internal ones must never appear. */
const requested: string[] = [];
let server: Server;
let port: number;

before(async () => {
  server = createHttpServer((request, response) => {
    requested.push(request.url ?? '');
    const redirect = /^\/hop\/(.+)$/.exec(request.url ?? '')?.[1];
    if (redirect !== undefined) response.writeHead(302, { location: decodeURIComponent(redirect) }).end();
    else if (request.url === '/loop') response.writeHead(302, { location: '/loop' }).end();
    else if (request.url === '/modified') response.writeHead(200, { 'content-type': 'text/plain', 'last-modified': 'Tue, 03 Jun 2025 10:00:00 GMT' }).end('Kyiv demands guarantees.');
    else if (request.url === '/dated-page') {
      response.writeHead(200, { 'content-type': 'text/html', 'last-modified': 'Tue, 03 Jun 2025 10:00:00 GMT' })
        .end('<html><head><meta property="article:published_time" content="2025-05-01"></head><body><p>Kyiv demands guarantees.</p></body></html>');
    }
    else response.writeHead(200, { 'content-type': 'text/plain' }).end('Secret internal text.');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('refuses loopback and unspecified addresses in every spelling, without connecting', async () => {
  const hosts = ['127.0.0.1', '127.1', '2130706433', '0x7f000001', '0177.0.0.1', '0.0.0.0', '[::1]', '[::ffff:127.0.0.1]', '[::]', 'localhost'];
  for (const host of hosts) {
    const { docs, messages } = await readSource(`http://${host}:${port}/secret`, { fetchAllow: [] });
    assert.deepEqual(docs, [], host);
    assert.equal(messages[0]?.ruleId, 'read/fetch-refused', host);
    assert.match(messages[0]?.reason ?? '', /internal address.*REDLINES_FETCH_ALLOW/, host);
  }
  assert.deepEqual(requested.filter((path) => path === '/secret'), []);
});

test('classifies private, link-local, mapped and special ranges as internal, public unicast as fetchable', () => {
  const internal = ['10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '224.0.0.1', '255.255.255.255',
    'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:10.0.0.1', '::ffff:7f00:1', '::7f00:1', '64:ff9b::7f00:1', '2002:7f00:1::1', 'ff02::1'];
  for (const address of internal) assert.equal(isFetchable(address, []), false, address);
  for (const address of ['93.184.216.34', '8.8.8.8', '2606:2800:220:1::1']) assert.equal(isFetchable(address, []), true, address);
  assert.equal(isFetchable('not an address', []), false);
});

test('an allow-list admits exactly the addresses and ranges it names, however they are spelled', () => {
  const allow = parseFetchAllow(['127.0.0.1', ' 10.0.0.0/8 ', '::ffff:192.168.0.0/112', ''], 'test');
  for (const address of ['127.0.0.1', '::ffff:127.0.0.1', '10.200.0.1', '192.168.3.4']) assert.equal(isFetchable(address, allow), true, address);
  for (const address of ['127.0.0.2', '::1', '172.16.0.1', '0.0.0.0']) assert.equal(isFetchable(address, allow), false, address);
  assert.throws(() => parseFetchAllow(['10.0.0.0/8', 'intranet'], 'REDLINES_FETCH_ALLOW'), /REDLINES_FETCH_ALLOW: "intranet" is neither/);
});

test('checks every redirect hop: an allowed page cannot redirect onward to an internal address or another scheme', async () => {
  for (const target of [`http://0.0.0.0:${port}/secret`, `http://[::1]:${port}/secret`, 'file:///etc/passwd']) {
    const { docs, messages } = await readSource(`http://127.0.0.1:${port}/hop/${encodeURIComponent(target)}`, LOOPBACK);
    assert.deepEqual(docs, [], target);
    assert.equal(messages[0]?.ruleId, 'read/fetch-refused', target);
  }
  assert.deepEqual(requested.filter((path) => path === '/secret'), []);
  const allowed = await readSource(`http://127.0.0.1:${port}/hop/${encodeURIComponent('/article')}`, LOOPBACK);
  assert.equal(allowed.docs[0]?.text, 'Secret internal text.');
  assert.equal(allowed.docs[0]?.url, `http://127.0.0.1:${port}/article`);
});

test('caps redirects', async () => {
  const before = requested.length;
  const { messages } = await readSource(`http://127.0.0.1:${port}/loop`, LOOPBACK);
  assert.equal(messages[0]?.ruleId, 'read/fetch-failed');
  assert.match(messages[0]?.reason ?? '', new RegExp(`more than ${MAX_REDIRECTS} redirects`));
  assert.equal(requested.length - before, MAX_REDIRECTS + 1);
});

test('takes the allow-list from REDLINES_FETCH_ALLOW, and names the variable when an entry is bad', async (t) => {
  const saved = process.env.REDLINES_FETCH_ALLOW;
  t.after(() => {
    if (saved === undefined) delete process.env.REDLINES_FETCH_ALLOW;
    else process.env.REDLINES_FETCH_ALLOW = saved;
  });
  process.env.REDLINES_FETCH_ALLOW = '10.0.0.0/8, 127.0.0.1';
  assert.equal((await readSource(`http://127.0.0.1:${port}/article`)).docs[0]?.text, 'Secret internal text.');
  process.env.REDLINES_FETCH_ALLOW = 'intranet';
  const { messages } = await readSource(`http://127.0.0.1:${port}/article`);
  assert.equal(messages[0]?.ruleId, 'read/bad-fetch-allow');
  assert.match(messages[0]?.reason ?? '', /^REDLINES_FETCH_ALLOW: "intranet"/);
});

test('a closed port and a port that answers without HTTP fail with the same words', async () => {
  const silent = createTcpServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const openPort = (silent.address() as AddressInfo).port;
  const closed = createTcpServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  try {
    const reasons = [];
    for (const probe of [openPort, closedPort]) {
      const { messages } = await readSource(`http://127.0.0.1:${probe}/`, LOOPBACK);
      assert.equal(messages[0]?.ruleId, 'read/fetch-failed');
      reasons.push(messages[0]?.reason);
    }
    assert.equal(reasons[0], reasons[1]);
  } finally {
    silent.close();
  }
});

test('a fetched page without a date of its own takes the server\'s Last-Modified, else Date, and says so', async () => {
  const modified = await readSource(`http://127.0.0.1:${port}/modified`, LOOPBACK);
  assert.deepEqual([modified.docs[0]?.date, modified.docs[0]?.dateSource], ['2025-06-03', 'http-last-modified']);
  const today = new Date().toISOString().slice(0, 10);
  const plain = await readSource(`http://127.0.0.1:${port}/plain`, LOOPBACK);
  assert.equal(plain.docs[0]?.dateSource, 'http-date');
  assert.ok(plain.docs[0]?.date !== undefined && plain.docs[0].date <= today);
  const page = await readSource(`http://127.0.0.1:${port}/dated-page`, LOOPBACK);
  assert.deepEqual([page.docs[0]?.date, page.docs[0]?.dateSource], ['2025-05-01', 'page-metadata']);
});
