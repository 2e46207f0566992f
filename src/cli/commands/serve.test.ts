import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'redlines-serve-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** `redlines serve` on loopback, API only, with the given extra arguments and environment. */
function startServer(args: readonly string[], env: Readonly<Record<string, string>> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--no-dashboard', '--db', join(scratch, 'serve.db'), ...args], {
    cwd: ROOT, env: { ...process.env, REDLINES_TOKEN: 'test-token', ...env },
  });
}

/** Collects the child's output, and resolves with the API address once the server says it listens. */
function output(child: ChildProcessWithoutNullStreams) {
  const seen = { stdout: '', stderr: '' };
  child.stderr.on('data', (chunk: Buffer) => { seen.stderr += chunk.toString(); });
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      seen.stdout += chunk.toString();
      const found = /^API: (http:\/\/\S+)\/api/m.exec(seen.stdout);
      if (found) resolve(found[1]!);
    });
    child.once('close', (code) => reject(new Error(`server exited ${code} before listening: ${seen.stderr}`)));
  });
  // Tests that expect the server to fail never await `listening`; its rejection is theirs to ignore.
  listening.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { seen, listening, exited };
}

test('GET /healthz answers ok, and SIGTERM and SIGINT each drain the server and exit 0', async () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    const child = startServer(['--port', '0']);
    const { seen, listening, exited } = output(child);
    const address = await listening;
    const health = await fetch(`${address}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    child.kill(signal);
    assert.equal(await exited, 0, `${signal}: ${seen.stderr}`);
    // Without --log, requests that succeed leave no trace.
    assert.equal(seen.stderr, '');
  }
});

test('REDLINES_HOST and REDLINES_PORT choose the address, and --log writes one JSON line per request', async () => {
  const child = startServer(['--log'], { REDLINES_HOST: '127.0.0.1', REDLINES_PORT: '0' });
  const { seen, listening, exited } = output(child);
  const address = await listening;
  assert.match(address, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal((await fetch(`${address}/api/packs`)).status, 200);
  child.kill('SIGTERM');
  assert.equal(await exited, 0, seen.stderr);
  const logLines = seen.stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
  const requests = logLines.filter((line) => line.msg === 'request');
  assert.deepEqual(requests.map(({ method, url, statusCode }) => ({ method, url, statusCode })), [{ method: 'GET', url: '/api/packs', statusCode: 200 }]);
});

test('--cors lets pages of that origin, and no other, call the API from a browser', async () => {
  const child = startServer(['--port', '0', '--cors', 'http://localhost:8888/']);
  const { seen, listening, exited } = output(child);
  try {
    const address = await listening;
    const preflight = await fetch(`${address}/api/positions`, {
      method: 'OPTIONS', headers: { Origin: 'http://localhost:8888', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:8888');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const read = await fetch(`${address}/api/packs`, { headers: { Origin: 'http://localhost:8888' } });
    assert.equal(read.headers.get('access-control-allow-origin'), 'http://localhost:8888');
    // Another origin is told the allowed one, which its browser then refuses to match.
    const stranger = await fetch(`${address}/api/packs`, { headers: { Origin: 'http://evil.example' } });
    assert.notEqual(stranger.headers.get('access-control-allow-origin'), 'http://evil.example');
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exited, 0, seen.stderr);
});

test('--cors takes an origin only, naming what it got', async () => {
  const { seen, exited } = output(startServer(['--cors', 'http://localhost:8888/notebooks']));
  assert.equal(await exited, 2);
  assert.match(seen.stderr, /--cors <origin>.*expected an origin such as http:\/\/localhost:8888 \(scheme, host and port only\), not "http:\/\/localhost:8888\/notebooks"/s);
});

test('a port in use is one line naming the port and the flag, exit 1', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as AddressInfo;
  try {
    const child = startServer(['--port', String(port)]);
    const { seen, exited } = output(child);
    assert.equal(await exited, 1);
    assert.equal(seen.stderr, `redlines serve: cannot listen on 127.0.0.1:${port}: port ${port} is already in use; choose another port with --port or REDLINES_PORT (0 picks a free one)\n`);
  } finally {
    blocker.close();
  }
});

test('REDLINES_PACK selects the pack, and a bad one stops the server before it listens', async () => {
  const child = startServer(['--port', '0'], { REDLINES_PACK: join(scratch, 'no-such-pack.yaml') });
  const { seen, exited } = output(child);
  assert.equal(await exited, 1);
  assert.match(seen.stderr, /no-such-pack\.yaml: cannot read pack: ENOENT/);
});
