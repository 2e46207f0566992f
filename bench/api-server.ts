/** `redlines serve` in a child process on a free loopback port, so load generators never share its event loop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

/** A running server: its base URL, its resident memory, and how to stop it. */
export interface BenchServer {
  readonly address: string;
  /** The server process's resident set size now, in MiB (from /proc). */
  readonly rssMiB: () => number;
  readonly stop: () => Promise<void>;
}

/** Starts `serve` (API only) on `file` with `token` for writes and resolves once it listens. */
export async function startServer(file: string, token: string): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--db', file, '--port', '0', '--no-dashboard'], {
    env: { ...process.env, REDLINES_TOKEN: token }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const api = /API: (http:\/\/\S+)\/api /.exec(output);
      if (api) resolve(api[1]!);
    });
    child.once('exit', (code) => reject(new Error(`redlines serve exited with ${code} before listening: ${output}`)));
  });
  return { address, rssMiB: () => residentMiB(child), stop: () => stop(child) };
}

function residentMiB(child: ChildProcess): number {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
  return Number(kib) / 1024;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
