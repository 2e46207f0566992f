/** The `redlines` command line: one composition root that registers every command. */
import { Command } from 'commander';
import { registerCommands } from './commands/index.ts';
import { endQuietlyOnClosedPipe } from './closed-pipe.ts';
import { checkDateWindow } from './date-window.ts';

endQuietlyOnClosedPipe(process.stdout);

const program = new Command('redlines')
  .description('Who demands what in a peace negotiation, with evidence: positions extracted from news text.')
  .version('0.1.0')
  .exitOverride((error) => {
    // Usage errors exit 2; help and version exit 0.
    process.exit(error.exitCode === 0 ? 0 : 2);
  })
  // Every command's --since/--until is checked here, once, before it touches a pack or a database.
  .hook('preAction', (_program, command) => checkDateWindow(command));

await registerCommands(program, process.argv.slice(2));
await program.parseAsync(process.argv);
