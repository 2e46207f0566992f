/** `redlines collisions`: per issue, the parties whose firm positions or red lines no deal can meet together. */
import type { Command } from 'commander';
import { collisions, type Collision, type CollisionsResult } from '../../analyse/index.ts';
import { analysisRecords, withReviewOptions, withStoreAndPack, type ReviewOptions } from '../analysis-input.ts';
import { formatOutput, loadPackForFilters, storeFilter, withOutputFormat, withPositionFilters, type FilterOptions, type Output, type OutputOptions } from '../position-filters.ts';
import { positionLabel, supportLines } from '../text-table.ts';
import { withStore } from './ingest.ts';

interface CollisionsCommandOptions extends FilterOptions, OutputOptions, ReviewOptions {
  readonly db?: string;
  readonly pack: string;
}

/** The CSV columns of `collisions --format csv`, one row per collision. */
const COLLISION_CSV_COLUMNS = [
  'issues', 'level', 'party_a', 'issue_a', 'stance_a', 'strength_a', 'party_b', 'issue_b', 'stance_b', 'strength_b', 'relations',
] as const;

/** Adds the `collisions` command to the program. */
export function register(program: Command): void {
  const command = withStoreAndPack(program.command('collisions'))
    .description('firm positions and red lines of two parties that cannot both be met (directly or through the pack\'s relations), with evidence on both sides');
  withReviewOptions(withOutputFormat(withPositionFilters(command)))
    .action(async (options: CollisionsCommandOptions, command: Command) => {
      const pack = loadPackForFilters(command, options.pack, options, options);
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(options.db, async (store) => {
        const result = collisions(await analysisRecords(store, options, storeFilter(options)), pack);
        process.stdout.write(formatOutput(options, collisionsOutput(result)));
        return 0;
      });
    });
}

/** The collisions ready for any format: one JSON line or CSV row per collision. */
export function collisionsOutput(result: CollisionsResult): Output<Collision> {
  return {
    table: () => collisionsText(result),
    json: result,
    items: result.collisions,
    csvColumns: COLLISION_CSV_COLUMNS,
    csvRow: ({ issues, level, sides: [a, b], relations }) => [
      issues.join(';'), level, a.party, a.issue, a.stance, a.strength, b.party, b.issue, b.stance, b.strength,
      relations.map((relation) => `${relation.from} ${relation.type} ${relation.to}`).join(';'),
    ],
  };
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
