/** Every CLI command, registered in the order `redlines --help` lists them. */
import type { Command } from 'commander';
import * as extract from './extract.ts';
import * as evaluate from './eval.ts';
import * as ingest from './ingest.ts';
import * as worker from './worker.ts';
import * as reextract from './reextract.ts';
import * as positions from './positions.ts';
import * as documents from './documents.ts';
import * as exportCommand from './export.ts';
import * as serve from './serve.ts';
import * as matrix from './matrix.ts';
import * as timeline from './timeline.ts';
import * as shifts from './shifts.ts';
import * as consistency from './consistency.ts';
import * as collisions from './collisions.ts';
import * as deal from './deal.ts';
import * as train from './train.ts';
import * as pack from './pack.ts';

const COMMANDS: readonly { register(program: Command): void }[] = [extract, evaluate, train, ingest, worker, reextract, positions, documents, exportCommand, matrix, timeline, shifts, consistency, collisions, deal, pack, serve];

/** Adds every command to the program. */
export function registerCommands(program: Command): void {
  for (const command of COMMANDS) command.register(program);
}
