/** `redlines collisions`: per issue, the parties whose firm positions or red lines no deal can meet together. */
import type { Command } from 'commander';
import { collisions, type Collision, type CollisionsResult } from '../../analyse/index.ts';
import { analysisRecords, loadPackChecking, printJson, withAnalysisOptions, type AnalysisOptions } from '../analysis-input.ts';
import { positionLabel, supportLines } from '../text-table.ts';
import { withStore } from './ingest.ts';

/** Adds the `collisions` command to the program. */
export function register(program: Command): void {
  withAnalysisOptions(program.command('collisions'), ['table', 'json'])
    .description('firm positions and red lines of two parties that cannot both be met (directly or through the pack\'s relations), with evidence on both sides')
    .action(async ({ db, pack: packName, format, ...review }: AnalysisOptions<'table' | 'json'>, command: Command) => {
      const pack = loadPackChecking(command, packName);
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const result = collisions(await analysisRecords(store, review), pack);
        if (format === 'json') printJson(result);
        else process.stdout.write(collisionsText(result));
        return 0;
      });
    });
}

/** One block per collision: the issues and level, each side with its evidence, and the relations that link them. */
export function collisionsText({ collisions: found }: CollisionsResult): string {
  if (found.length === 0) return 'no collisions between firm positions or red lines\n';
  const redLines = found.filter((collision) => collision.level === 'red_line').length;
  return `${found.map(collisionBlock).join('\n')}\n${found.length} collision(s), ${redLines} between red lines on both sides\n`;
}

function collisionBlock({ issues, level, sides, relations }: Collision): string {
  const via = relations.length === 0 ? '' : `  via ${relations.map((relation) => `${relation.from} ${relation.type} ${relation.to}`).join('; ')}\n`;
  const side = (position: Collision['sides'][number]) => `  ${positionLabel(position)}\n${supportLines(position.support, '      ')}`;
  return `${issues.join(' × ')}  [${level}]\n${side(sides[0])}${side(sides[1])}${via}`;
}
