/** `redlines worker`: processes documents queued by `ingest --queue`; run as many as you like, anywhere. */
import { hostname } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { counted } from '../../core/index.ts';
import { runWorker } from '../../ingest/index.ts';
import type { RunningJob } from '../../store/index.ts';
import { loadPack } from '../../packs/index.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface WorkerCommandOptions {
  readonly db?: string;
  readonly once?: boolean;
  readonly name: string;
  readonly lease?: number;
}

/** One line per running job: id, name, worker and how long ago it was claimed against the lease. */
export function describeRunning(running: readonly RunningJob[], leaseSeconds: number): string {
  return running.map((job) => `  job ${job.id} ${job.name}: worker ${job.worker}, claimed ${Math.round(job.leaseAgeSeconds)} s ago`
    + `${job.leaseAgeSeconds >= leaseSeconds ? ' (lease over: the next worker takes it over)' : ` (lease ${leaseSeconds} s)`}, attempt ${job.attempts}\n`).join('');
}

/** Adds the `worker` command to the program. */
export function register(program: Command): void {
  program
    .command('worker')
    .description('extract and store documents from the PostgreSQL ingest queue, with retries and a dead-letter state')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--once', 'stop when the queue is finished instead of waiting for more; jobs running in other workers are waited for, and taken over when their lease ends')
    .option('--name <name>', 'this worker\'s name, recorded on the jobs it takes', `${hostname()}:${process.pid}`)
    .addOption(new Option('--lease <seconds>', 'how long a job stays its worker\'s before another takes it over (default 300)')
      .env('REDLINES_LEASE_SECONDS').argParser(wholeSeconds))
    .action(async (options: WorkerCommandOptions, command: Command) => {
      process.exitCode = await runWorkerCommand(options, command);
    });
}

function wholeSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1) throw new InvalidArgumentError('give a whole number of seconds, 1 or more');
  return seconds;
}

async function runWorkerCommand({ db, once = false, name, lease }: WorkerCommandOptions, command: Command): Promise<number> {
  return withStore(db, async (store) => {
    if (!store.queue) command.error('redlines: worker needs a PostgreSQL database (--db postgres://…)', { exitCode: 2 });
    const { queue } = store;
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    try {
      const report = await runWorker(queue, store, {
        worker: name,
        loadPack,
        once,
        signal: stop.signal,
        onJob: (item) => {
          if (item.status === 'failed') process.stderr.write(`${item.source}: ${item.reason}\n`);
        },
        onWait: (running) => process.stderr.write(
          `worker ${name}: no job ready; waiting for ${counted(running.length, 'job')} running in other workers:\n${describeRunning(running, queue.leaseSeconds)}`),
      });
      process.stdout.write(`worker ${name}: ${report.processed} processed, ${report.retried} to retry, ${report.dead} dead\n`);
      if (report.leftRunning.length > 0) {
        process.stderr.write(`worker ${name}: stopped, leaving ${counted(report.leftRunning.length, 'job')} running in other workers:\n`
          + describeRunning(report.leftRunning, queue.leaseSeconds));
      }
      return report.dead > 0 ? 1 : 0;
    } finally {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    }
  }, lease === undefined ? {} : { queue: { leaseSeconds: lease } });
}
