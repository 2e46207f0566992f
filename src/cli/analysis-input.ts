/** What every analysis command shares: its options, their parsers, the pack check of ids, and messages. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { IssueId, Message, Pack, PartyId, PositionRecord } from '../core/index.ts';
import { reviewedPositions } from '../review/index.ts';
import type { PositionFilter, Store } from '../store/index.ts';
import { DEFAULT_PACK_NAME } from '../packs/index.ts';
import { DB_OPTION_HELP } from './commands/ingest.ts';
import { loadPackOrReport } from './load-pack-or-report.ts';
import { describeMessage } from './describe-message.ts';

/** Whose reviews the positions follow, once parsed (docs/review.md). */
export type ReviewOptions = Pick<AnalysisOptions<string>, 'reviewer' | 'reviewedOnly'>;

/** The options every analysis command takes, once parsed. */
export interface AnalysisOptions<Format extends string> {
  readonly db?: string;
  readonly pack: string;
  readonly format: Format;
  /** Only this reviewer's verdicts count (docs/review.md); by default the latest of any reviewer. */
  readonly reviewer?: string;
  /** Only positions a reviewer confirmed, corrected or added. */
  readonly reviewedOnly?: boolean;
}

/** Adds `--db`, `--pack`, `--format` (the first format is the default) and the review options to an analysis command. */
export function withAnalysisOptions(command: Command, formats: readonly [string, ...string[]]): Command {
  return withReviewOptions(withStoreAndPack(command)
    .addOption(new Option('--format <format>', 'output format').choices(formats).default(formats[0])));
}

/** Adds `--db` and `--pack`. */
export function withStoreAndPack(command: Command): Command {
  return command
    .option('--db <url>', DB_OPTION_HELP)
    .option('--pack <name|file>', 'the negotiation pack: its relations, parties and issues', DEFAULT_PACK_NAME);
}

/** Adds `--reviewer` and `--reviewed-only`: whose reviews the positions follow, and whether unreviewed ones count. */
export function withReviewOptions(command: Command): Command {
  return command
    .option('--reviewer <name>', 'follow only this reviewer\'s verdicts (default: the latest verdict of any reviewer)')
    .option('--reviewed-only', 'only positions a reviewer confirmed, corrected or added');
}

/** The positions an analysis reads: the store's, with reviews applied as the options ask (docs/review.md). */
export function analysisRecords(store: Store, { reviewer, reviewedOnly }: ReviewOptions, filter: PositionFilter = {}): Promise<PositionRecord[]> {
  return reviewedPositions(store, filter, { ...(reviewer === undefined ? {} : { reviewer }), reviewedOnly: reviewedOnly === true });
}

/** Parses a comma-separated list of party ids (`ru,ua`). */
export function partyList(value: string): PartyId[] {
  const parties = value.split(',').map((party) => party.trim()).filter((party) => party !== '');
  if (parties.length === 0) throw new InvalidArgumentError(`expected party ids separated by commas, e.g. ru,ua, not "${value}"`);
  return parties;
}

/**
 * Loads the pack (printing the problem and returning undefined when it is bad) and stops with a usage
 * error (exit 2) when a party or issue id given on the command line is not in it.
 */
export function loadPackChecking(command: Command, packName: string, { parties = [], issues = [] }: { parties?: readonly PartyId[]; issues?: readonly IssueId[] } = {}): Pack | undefined {
  const pack = loadPackOrReport(packName);
  if (!pack) return undefined;
  const knownParties = new Set(pack.parties.map((party) => party.id));
  const badParty = parties.find((party) => !knownParties.has(party));
  if (badParty !== undefined) command.error(`redlines: unknown party "${badParty}" (pack ${pack.id} has ${[...knownParties].join(', ')})`, { exitCode: 2 });
  const knownIssues = new Set(pack.issues.map((issue) => issue.id));
  const badIssue = issues.find((issue) => !knownIssues.has(issue));
  if (badIssue !== undefined) command.error(`redlines: unknown issue "${badIssue}" (pack ${pack.id} has ${[...knownIssues].join(', ')})`, { exitCode: 2 });
  return pack;
}

/** Prints analysis messages (such as left-out undated records) to stderr, one line each. */
export function printMessages(messages: readonly Message[]): void {
  for (const message of messages) process.stderr.write(`${describeMessage(message)}\n`);
}

/** Prints a result as indented JSON. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
