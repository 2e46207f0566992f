/** The check every command with `--since` and `--until` shares, kept free of heavy imports because main.ts loads it first. */
import type { Command } from 'commander';

/** Stops with a usage error (exit 2) when a command's `--since` date comes after its `--until` date. */
export function checkDateWindow(command: Command): void {
  const { since, until } = command.opts<{ since?: unknown; until?: unknown }>();
  if (typeof since === 'string' && typeof until === 'string' && since > until) {
    command.error(`redlines: --since ${since} is after --until ${until}`, { exitCode: 2 });
  }
}
