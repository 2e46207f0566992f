/** Every CLI command, registered in the order `redlines --help` lists them. */
import type { Command } from 'commander';

/** Adds every command to the program. */
export function registerCommands(program: Command): void {
  void program;
}
