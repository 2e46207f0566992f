/** `redlines worker`: processes documents queued by `ingest --queue`; run as many as you like, anywhere. */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import { runWorker } from '../../ingest/index.ts';
import { loadPack } from '../../packs/index.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface WorkerCommandOptions {
  readonly db?: string;
  readonly once?: boolean;
  readonly name: string;
}

/** Adds the `worker` command to the program. */
export function register(program: Command): void {
  program
    .command('worker')
    .description('extract and store documents from the PostgreSQL ingest queue, with retries and a dead-letter state')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--once', 'stop when the queue has no ready job instead of waiting for more')
    .option('--name <name>', 'this worker\'s name, recorded on the jobs it takes', `${hostname()}:${process.pid}`)
    .action(async (options: WorkerCommandOptions, command: Command) => {
      process.exitCode = await runWorkerCommand(options, command);
    });
}

async function runWorkerCommand({ db, once = false, name }: WorkerCommandOptions, command: Command): Promise<number> {
  return withStore(db, async (store) => {
    if (!store.queue) command.error('redlines: worker needs a PostgreSQL database (--db postgres://…)', { exitCode: 2 });
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    try {
      const report = await runWorker(store.queue, store, {
        worker: name,
        loadPack,
        once,
        signal: stop.signal,
        onJob: (item) => {
          if (item.status === 'failed') process.stderr.write(`${item.source}: ${item.reason}\n`);
        },
      });
      process.stdout.write(`worker ${name}: ${report.processed} processed, ${report.retried} to retry, ${report.dead} dead\n`);
      return report.dead > 0 ? 1 : 0;
    } finally {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    }
  });
}
