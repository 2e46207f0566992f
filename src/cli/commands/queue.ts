/** `redlines queue status|retry-dead`: what the PostgreSQL ingest queue holds, and dead jobs put back in it. */
import type { Command } from 'commander';
import { counted } from '../../core/index.ts';
import type { JobQueue } from '../../store/index.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';
import { describeRunning } from './worker.ts';

const LISTED_JOBS = 20;

/** Adds the `queue` command and its subcommands to the program. */
export function register(program: Command): void {
  const queue = program.command('queue').description('the PostgreSQL ingest queue: its state, and dead jobs retried');
  queue.command('status')
    .description('jobs queued, running (with worker and lease age), done and dead (with the last error)')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async ({ db }: { db?: string }, command: Command) => {
      process.exitCode = await withQueue(db, command, async (jobs) => {
        const counts = await jobs.counts();
        process.stdout.write(`queued ${counts.queued}, running ${counts.running}, done ${counts.done}, dead ${counts.dead}\n`);
        const running = await jobs.runningJobs(LISTED_JOBS);
        if (running.length > 0) process.stdout.write(`running:\n${describeRunning(running, jobs.leaseSeconds)}`);
        const dead = await jobs.deadJobs(LISTED_JOBS);
        if (dead.length > 0) {
          process.stdout.write(`dead (redlines queue retry-dead puts them back):\n${dead
            .map((job) => `  job ${job.id} ${job.name}: ${counted(job.attempts, 'attempt')}, last error: ${job.lastError}\n`).join('')}`);
        }
        return 0;
      });
    });
  queue.command('retry-dead')
    .description('put every dead job back in the queue with its attempts reset')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async ({ db }: { db?: string }, command: Command) => {
      process.exitCode = await withQueue(db, command, async (jobs) => {
        process.stdout.write(`${counted(await jobs.retryDead(), 'dead job')} queued again\n`);
        return 0;
      });
    });
}

async function withQueue(db: string | undefined, command: Command, use: (queue: JobQueue) => Promise<number>): Promise<number> {
  return withStore(db, async (store) => {
    if (!store.queue) command.error('redlines: queue needs a PostgreSQL database (--db postgres://…)', { exitCode: 2 });
    return use(store.queue);
  });
}
