/** The `redlines` command line: one composition root that registers every command. */
import { Command } from 'commander';
import { registerCommands } from './commands/index.ts';

const program = new Command('redlines')
  .description('Who demands what in a peace negotiation, with evidence: positions extracted from news text.')
  .version('0.1.0')
  .exitOverride((error) => {
    // Usage errors exit 2; help and version exit 0.
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

registerCommands(program);
await program.parseAsync(process.argv);
