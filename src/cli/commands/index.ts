/** Every CLI command, registered in the order `redlines --help` lists them. */
import type { Command } from 'commander';
import * as extract from './extract.ts';
import * as evaluate from './eval.ts';

const COMMANDS: readonly { register(program: Command): void }[] = [extract, evaluate];

/** Adds every command to the program. */
export function registerCommands(program: Command): void {
  for (const command of COMMANDS) command.register(program);
}
