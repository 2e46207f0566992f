/** `redlines reextract`: replaces every stored document's positions with those of the current extractor and pack; reviews carry over. */
import type { Command } from 'commander';
import { counted } from '../../core/index.ts';
import { packLabel, reextractDocuments, type ExtractorChoice } from '../../ingest/index.ts';
import { chooseExtractorOrReport, extractorOptions } from '../extractor-options.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import { loadPackOrReport } from '../load-pack-or-report.ts';
import { orphanedReviews } from '../../review/index.ts';
import { reviewLine } from './review.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface ReextractOptions extends ExtractorChoice {
  readonly db?: string;
  readonly pack: string;
}

/** Adds the `reextract` command to the program. */
export function register(program: Command): void {
  program
    .command('reextract')
    .description('re-extract the positions of every stored document with the current extractor and pack')
    .option('--db <url>', DB_OPTION_HELP)
    .option('--pack <name|file>', 'the negotiation pack', DEFAULT_PACK_NAME)
    .addOption(extractorOptions.kind())
    .addOption(extractorOptions.model())
    .action(async (options: ReextractOptions) => {
      process.exitCode = await runReextract(options);
    });
}

async function runReextract({ db, pack: packName, ...choice }: ReextractOptions): Promise<number> {
  const pack = loadPackOrReport(packName);
  if (!pack) return 1;
  const extractor = chooseExtractorOrReport(choice);
  if (!extractor) return 1;
  return withStore(db, async (store) => {
    const report = await reextractDocuments(store, { pack, extractor });
    for (const failure of report.failures) process.stderr.write(`${failure.source}: ${failure.reason}\n`);
    process.stdout.write(`${counted(report.documents, 'document')} re-extracted with ${extractor.id} and ${packLabel(pack)}: `
      + `${counted(report.positions, 'position')}, ${report.failures.length} failed\n`);
    // Reviews attach to identities, so they carry over by themselves; those whose position is gone are listed, never dropped.
    const orphaned = await orphanedReviews(store);
    if (orphaned.length > 0) {
      process.stdout.write(`${counted(orphaned.length, 'review')} whose position is no longer extracted (kept; see redlines review list --orphaned):\n`);
      for (const review of orphaned) process.stdout.write(`  ${reviewLine(review)}\n`);
    }
    return report.failures.length > 0 ? 1 : 0;
  });
}
