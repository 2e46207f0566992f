/** `redlines pack list|show|check`: the negotiation packs, looked at and validated without any input text. */
import { Option, type Command } from 'commander';
import { counted, type Pack } from '../../core/index.ts';
import { DEFAULT_PACK_NAME, listPacks, loadPack } from '../../packs/index.ts';
import { printJson } from '../analysis-input.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { textTable } from '../text-table.ts';

/** Adds the `pack` command and its subcommands to the program. */
export function register(program: Command): void {
  const pack = program.command('pack').description('list the shipped packs, show the parties and issues of one, or check a pack file');

  pack
    .command('list')
    .description('the packs shipped with redlines, usable by bare name with --pack')
    .action(() => {
      const rows = listPacks().map((name) => {
        const { parties, issues } = loadPack(name);
        return [name, String(parties.length), String(issues.length), name === DEFAULT_PACK_NAME ? 'default' : ''];
      });
      process.stdout.write(textTable(['pack', 'parties', 'issues', ''], rows));
    });

  pack
    .command('show')
    .description('the party ids and issue ids of a pack: what --party and --issue accept')
    .argument('[pack]', 'a shipped pack\'s name or a pack file', DEFAULT_PACK_NAME)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((nameOrPath: string, { format }: { format: 'table' | 'json' }) => {
      const loaded = loadPackOrReport(nameOrPath);
      if (!loaded) return void (process.exitCode = 1);
      if (format === 'json') printJson(packSummary(loaded));
      else process.stdout.write(packTables(loaded));
    });

  pack
    .command('check')
    .description('validate a pack file: every problem on its own line with file, line and field; exit 1 when there is one')
    .argument('[pack]', 'a shipped pack\'s name or a pack file', DEFAULT_PACK_NAME)
    .action((nameOrPath: string) => {
      const loaded = loadPackOrReport(nameOrPath);
      if (!loaded) return void (process.exitCode = 1);
      process.stdout.write(`${nameOrPath}: pack ${loaded.id} ${loaded.version} is valid: ${packCounts(loaded)}\n`);
    });
}

function packCounts({ parties, issues, relations, concessions }: Pack): string {
  return [counted(parties.length, 'party', 'parties'), counted(issues.length, 'issue'), counted(relations.length, 'relation'), counted(concessions.length, 'concession')].join(', ');
}

function packSummary({ id, name, version, parties, issues }: Pack) {
  return {
    id, name, version,
    parties: parties.map((party) => ({ id: party.id, name: party.name })),
    issues: issues.map((issue) => ({ id: issue.id, proposition: issue.proposition })),
  };
}

function packTables(pack: Pack): string {
  const parties = textTable(['party', 'name'], pack.parties.map((party) => [party.id, party.name]));
  const issues = textTable(['issue', 'proposition'], pack.issues.map((issue) => [issue.id, issue.proposition]));
  return `${pack.name} (${pack.id} ${pack.version}): ${packCounts(pack)}\n\n${parties}\n${issues}`;
}
