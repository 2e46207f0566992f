/**
 * Every CLI command, in the order `redlines --help` lists them. Each is loaded only when it runs,
 * so a command pays for its own dependencies alone (the NLP model, the database drivers, Fastify)
 * and `redlines --version` for none.
 */
import type { Command } from 'commander';

interface CommandModule {
  register(program: Command): void;
}

const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<CommandModule>]> = [
  ['extract', () => import('./extract.ts')],
  ['eval', () => import('./eval.ts')],
  ['train', () => import('./train.ts')],
  ['ingest', () => import('./ingest.ts')],
  ['worker', () => import('./worker.ts')],
  ['queue', () => import('./queue.ts')],
  ['reextract', () => import('./reextract.ts')],
  ['positions', () => import('./positions.ts')],
  ['documents', () => import('./documents.ts')],
  ['export', () => import('./export.ts')],
  ['matrix', () => import('./matrix.ts')],
  ['timeline', () => import('./timeline.ts')],
  ['shifts', () => import('./shifts.ts')],
  ['consistency', () => import('./consistency.ts')],
  ['collisions', () => import('./collisions.ts')],
  ['deal', () => import('./deal.ts')],
  ['review', () => import('./review.ts')],
  ['pack', () => import('./pack.ts')],
  ['serve', () => import('./serve.ts')],
  ['watch', () => import('./watch.ts')],
];

/**
 * Adds the command the arguments name; every command when they name none or an unknown one (for
 * the help listing and commander's suggestions); none for a bare `--version`.
 */
export async function registerCommands(program: Command, args: readonly string[]): Promise<void> {
  const named = args.find((arg) => !arg.startsWith('-'));
  if (named === undefined && args.some((arg) => arg === '--version' || arg === '-V')) return;
  const chosen = COMMANDS.filter(([name]) => name === named);
  for (const [, load] of chosen.length > 0 ? chosen : COMMANDS) (await load()).register(program);
}
