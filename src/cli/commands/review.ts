/**
 * `redlines review …`: confirm, reject, correct or add positions, undo, and work through the queue; agreement
 * between reviewers, and the reviewed positions exported as gold (docs/review.md).
 */
import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  counted, MODES, STANCES, STRENGTHS, type Pack, type Review, type ReviewChange, type ReviewFields, type ReviewInput, type ReviewTarget, type Verdict,
} from '../../core/index.ts';
import { DEFAULT_PACK_NAME } from '../../packs/index.ts';
import {
  goldRows, locateQuote, orphanedReviews, reviewerAgreement, reviewerPairs, reviewFieldsProblem, reviewQueue, reviewTargetOf, type ReviewerAgreement,
} from '../../review/index.ts';
import type { Store } from '../../store/index.ts';
import { analysisRecords, loadPackChecking, partyList, printJson } from '../analysis-input.ts';
import { excerpt, textTable } from '../text-table.ts';
import { DB_OPTION_HELP, withStore } from './ingest.ts';

interface CommonOptions {
  readonly db?: string;
  readonly pack: string;
  readonly format: 'table' | 'json';
  readonly reviewer?: string;
  readonly note?: string;
}

interface FieldOptions {
  readonly holder?: string;
  readonly issue?: string;
  readonly stance?: ReviewFields['stance'];
  readonly strength?: ReviewFields['strength'];
  readonly mode?: ReviewFields['mode'];
  readonly speaker?: string;
  readonly intermediary?: string;
  readonly conditions?: string[];
}

interface AddOptions extends CommonOptions, FieldOptions {
  readonly doc: string;
  readonly start?: number;
  readonly end?: number;
  readonly evidence?: string;
}

/** Adds `review` and its subcommands to the program. */
export function register(program: Command): void {
  const review = program.command('review').description('confirm, reject, correct or add positions; undo; queue, agreement and gold export (docs/review.md)');
  const common = (command: Command, { writes = false }: { writes?: boolean } = {}) => command
    .option('--db <url>', DB_OPTION_HELP)
    .option('--pack <name|file>', 'the negotiation pack whose party and issue ids fields name', DEFAULT_PACK_NAME)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--reviewer <name>', writes ? 'who gives the verdict' : 'only this reviewer\'s verdicts').env('REDLINES_REVIEWER'))
    .option('--note <text>', 'why, in a few words (kept with the review)');

  for (const verdict of ['confirmed', 'rejected'] as const) {
    common(review.command(verdict === 'confirmed' ? 'confirm' : 'reject'), { writes: true })
      .description(`${verdict === 'confirmed' ? 'confirm' : 'reject'} positions by id (ids as \`review queue\` and \`positions --format json\` show them)`)
      .argument('<ids...>', 'position ids')
      .action(async (ids: string[], options: CommonOptions, command: Command) => {
        process.exitCode = await writeReviews(command, options, ids.map((id) => ({ id, verdict })));
      });
  }

  fieldOptions(common(review.command('correct'), { writes: true }))
    .description('correct one position: the fields given replace the extracted ones')
    .argument('<id>', 'position id')
    .action(async (id: string, options: CommonOptions & FieldOptions, command: Command) => {
      process.exitCode = await writeReviews(command, options, [{ id, verdict: 'corrected', fields: fieldsOf(options) }]);
    });

  fieldOptions(common(review.command('add'), { writes: true }))
    .description('add a position the extractor missed: its document, its evidence (--evidence TEXT, or --start and --end) and its fields')
    .requiredOption('--doc <id>', 'the document\'s id (as `redlines documents` lists it)')
    .option('--evidence <text>', 'the words that state the position, exactly as in the document')
    .option('--start <offset>', 'evidence start offset into the document text', nonNegativeInteger)
    .option('--end <offset>', 'evidence end offset (exclusive)', nonNegativeInteger)
    .action(async (options: AddOptions, command: Command) => {
      process.exitCode = await addReview(command, options);
    });

  review.command('undo').description('undo your latest review change (again to go further back)')
    .option('--db <url>', DB_OPTION_HELP)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--reviewer <name>', 'whose change to undo').env('REDLINES_REVIEWER'))
    .action(async ({ db, format, reviewer }: CommonOptions, command: Command) => {
      const name = requireReviewer(command, reviewer);
      process.exitCode = await withStore(db, async (store) => {
        const change = await store.undoReview(name);
        if (!change) {
          process.stderr.write(`redlines review undo: ${name} has nothing left to undo\n`);
          return 1;
        }
        if (format === 'json') printJson(change);
        else process.stdout.write(`undone: review ${change.reviewId} ${describeChange(change)}\n`);
        return 0;
      });
    });

  common(review.command('list'))
    .description('reviews (or with --log the audit log, or with --orphaned the reviews whose position is no longer extracted)')
    .option('--doc <id>', 'only reviews of this document')
    .option('--log', 'the audit log instead: every change, newest first, with before and after')
    .option('--orphaned', 'only reviews whose position re-extraction no longer finds')
    .action(async ({ db, format, reviewer: named, doc, log, orphaned }: CommonOptions & { doc?: string; log?: boolean; orphaned?: boolean }) => {
      const reviewer = blankAsNone(named);
      process.exitCode = await withStore(db, async (store) => {
        if (log) {
          const changes = await store.reviewLog(reviewer === undefined ? {} : { reviewer });
          if (format === 'json') printJson(changes);
          else process.stdout.write(textTable(['change', 'at', 'reviewer', 'action', 'review', 'what'], changes.map((change) => [
            change.id, change.at, change.reviewer, change.action + (change.undoneAt ? ' (undone)' : ''), change.reviewId, describeChange(change)])));
          return 0;
        }
        const query = { ...(reviewer === undefined ? {} : { reviewer }), ...(doc === undefined ? {} : { documentId: doc }) };
        const reviews = orphaned
          ? (await orphanedReviews(store, query)).filter((item) => doc === undefined || item.target.documentId === doc)
          : await store.listReviews(query);
        if (format === 'json') printJson(reviews);
        else if (reviews.length === 0) process.stderr.write('no reviews\n');
        else process.stdout.write(textTable(['review', 'reviewer', 'verdict', 'document', 'position', 'fields', 'note', 'evidence'], reviews.map((item) => [
          item.id, item.reviewer, item.verdict, `${item.target.documentId} ${item.doc}`, `${item.target.holder} ${item.target.stance} ${item.target.issue}`,
          fieldsLabel(item.fields), item.note, excerpt(item.evidence.quote, 50)])));
        return 0;
      });
    });

  common(review.command('queue'))
    .description('unreviewed positions, those deciding a red line, a collision or a shift first, then the least confident')
    .option('--limit <n>', 'at most this many', nonNegativeInteger, 20)
    .action(async ({ db, pack: packName, format, reviewer: named, limit }: CommonOptions & { limit: number }, command: Command) => {
      const reviewer = blankAsNone(named);
      const pack = loadPackChecking(command, packName);
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const items = reviewQueue(await analysisRecords(store, { ...(reviewer === undefined ? {} : { reviewer }) }), pack, { limit });
        if (format === 'json') printJson(items);
        else if (items.length === 0) process.stderr.write('nothing left to review\n');
        else process.stdout.write(textTable(['id', 'why first', 'confidence', 'document', 'position', 'evidence'], items.map(({ record, reasons }) => [
          record.id, reasons.join(', ') || '—', record.confidence.toFixed(2), record.doc,
          `${record.holder} ${record.stance}/${record.strength} ${record.issue}`, excerpt(record.evidence.quote, 60)])));
        return 0;
      });
    });

  review.command('agreement')
    .description('agreement between reviewers: F1 over (doc, holder, issue, stance) on the documents both reviewed, strength and mode agreement, and the disagreements')
    .option('--db <url>', DB_OPTION_HELP)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--reviewers <names>', 'two reviewers, comma-separated (default: every pair)', partyList)
    .action(async ({ db, format, reviewers }: { db?: string; format: 'table' | 'json'; reviewers?: string[] }, command: Command) => {
      if (reviewers !== undefined && reviewers.length !== 2) command.error('redlines review agreement: --reviewers takes two names, e.g. ana,ben', { exitCode: 2 });
      process.exitCode = await withStore(db, async (store) => {
        const reviews = await store.listReviews();
        const known = new Set(reviews.map((review) => review.reviewer));
        const unknown = reviewers?.find((name) => !known.has(name));
        if (unknown !== undefined) {
          process.stderr.write(`redlines review agreement: no reviews by "${unknown}" (reviewers: ${[...known].sort().join(', ') || 'none'})\n`);
          return 1;
        }
        const pairs = reviewers === undefined ? reviewerPairs(reviews) : [[reviewers[0]!, reviewers[1]!] as [string, string]];
        if (pairs.length === 0) {
          process.stderr.write('redlines review agreement: needs reviews by two reviewers\n');
          return 1;
        }
        const records = await store.queryPositions();
        const texts = await documentTexts(store, reviews);
        const results = pairs.map((pair) => reviewerAgreement(records, reviews, pair, texts));
        if (format === 'json') printJson(results);
        else process.stdout.write(results.map(agreementText).join('\n'));
        return 0;
      });
    });

  review.command('export')
    .description('the reviewed positions (confirmed, corrected, added) as gold JSONL, for `redlines eval --gold` and `redlines train --gold`')
    .option('--db <url>', DB_OPTION_HELP)
    .addOption(new Option('--reviewer <name>', 'only this reviewer\'s verdicts (default: the latest of any reviewer)'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async ({ db, reviewer, out }: { db?: string; reviewer?: string; out?: string }) => {
      process.exitCode = await withStore(db, async (store) => {
        const rows = goldRows(await analysisRecords(store, { ...(reviewer === undefined ? {} : { reviewer }), reviewedOnly: true }));
        const jsonl = rows.map((row) => `${JSON.stringify(row)}\n`).join('');
        if (out === undefined) process.stdout.write(jsonl);
        else writeFileSync(out, jsonl);
        process.stderr.write(`${counted(rows.length, 'reviewed position')} exported\n`);
        return 0;
      });
    });
}

/** The position fields a correction or an addition can set. */
function fieldOptions(command: Command): Command {
  return command
    .option('--holder <party>', 'the party that holds it')
    .option('--issue <id>', 'the proposition')
    .addOption(new Option('--stance <stance>').choices(STANCES))
    .addOption(new Option('--strength <strength>').choices(STRENGTHS))
    .addOption(new Option('--mode <mode>').choices(MODES))
    .option('--speaker <name>', 'who voiced it')
    .option('--intermediary <name>', 'who relayed or characterized it')
    .option('--conditions <ids>', 'propositions it is tied to, comma-separated ("" for none)', (value: string) => value.split(',').map((id) => id.trim()).filter((id) => id !== ''));
}

function fieldsOf({ holder, issue, stance, strength, mode, speaker, intermediary, conditions }: FieldOptions): ReviewFields {
  const fields = { holder, issue, stance, strength, mode, speaker, intermediary, conditions };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Records one verdict per position id; stops before writing anything when an id is unknown or a field is bad. */
async function writeReviews(command: Command, options: CommonOptions, wanted: readonly { id: string; verdict: Verdict; fields?: ReviewFields }[]): Promise<number> {
  const reviewer = requireReviewer(command, options.reviewer);
  const pack = loadPackChecking(command, options.pack);
  if (!pack) return 1;
  for (const { fields } of wanted) {
    const problem = fields && reviewFieldsProblem(fields, pack);
    if (problem) command.error(`redlines review: ${problem}`, { exitCode: 2 });
  }
  return withStore(options.db, async (store) => {
    const inputs: ReviewInput[] = [];
    for (const { id, verdict, fields } of wanted) {
      const target = await reviewTargetOf(store, id);
      if (!target) {
        process.stderr.write(`redlines review: no position with id "${id}" (ids as \`redlines review queue\` or \`redlines positions --format json\` show them)\n`);
        return 1;
      }
      inputs.push({ target, reviewer, verdict, ...(fields === undefined ? {} : { fields }), ...(options.note === undefined ? {} : { note: options.note }) });
    }
    return putAll(store, inputs, options.format);
  });
}

async function addReview(command: Command, options: AddOptions): Promise<number> {
  const reviewer = requireReviewer(command, options.reviewer);
  const { holder, issue, stance, doc } = options;
  if (holder === undefined || issue === undefined || stance === undefined) command.error('redlines review add: --holder, --issue and --stance are required', { exitCode: 2 });
  if ((options.evidence === undefined) === (options.start === undefined || options.end === undefined)) {
    command.error('redlines review add: give the evidence as --evidence TEXT or as --start and --end', { exitCode: 2 });
  }
  const pack: Pack | undefined = loadPackChecking(command, options.pack);
  if (!pack) return 1;
  const { holder: _holder, issue: _issue, stance: _stance, ...rest } = fieldsOf(options);
  const problem = reviewFieldsProblem(fieldsOf(options), pack);
  if (problem) command.error(`redlines review add: ${problem}`, { exitCode: 2 });
  return withStore(options.db, async (store) => {
    const stored = await store.getDocument(doc);
    if (!stored) {
      process.stderr.write(`redlines review add: no document with id "${doc}" (ids as \`redlines documents\` lists them)\n`);
      return 1;
    }
    const span = options.evidence === undefined ? { start: options.start!, end: options.end! } : locateQuote(stored.doc.text, options.evidence);
    if (typeof span === 'string') {
      process.stderr.write(`redlines review add: ${span}\n`);
      return 1;
    }
    const target: ReviewTarget = { documentId: doc, holder, issue, stance, evidence: span };
    return putAll(store, [{ target, reviewer, verdict: 'added', fields: rest, ...(options.note === undefined ? {} : { note: options.note }) }], options.format);
  });
}

async function putAll(store: Store, inputs: readonly ReviewInput[], format: 'table' | 'json'): Promise<number> {
  const written: Review[] = [];
  for (const input of inputs) {
    try {
      written.push(await store.putReview(input));
    } catch (error) {
      process.stderr.write(`redlines ${(error as Error).message}\n`);
      return 1;
    }
  }
  if (format === 'json') printJson(written);
  else for (const review of written) process.stdout.write(`review ${review.id}: ${reviewLine(review)}\n`);
  return 0;
}

/** An empty `REDLINES_REVIEWER` names nobody. */
function blankAsNone(reviewer: string | undefined): string | undefined {
  return reviewer === undefined || reviewer.trim() === '' ? undefined : reviewer;
}

function requireReviewer(command: Command, reviewer: string | undefined): string {
  if (reviewer === undefined || reviewer.trim() === '') command.error('redlines review: say who reviews, with --reviewer NAME or REDLINES_REVIEWER', { exitCode: 2 });
  return reviewer!;
}

/** `ana confirmed 035.txt ua reject territory.ukraine_withdraws “…”`: a review on one line. */
export function reviewLine(review: Review): string {
  const { target, fields } = review;
  const changed = Object.keys(fields).length > 0 ? ` → ${fieldsLabel(fields)}` : '';
  return `${review.reviewer} ${review.verdict} ${review.doc} ${target.holder} ${target.stance} ${target.issue}${changed} ${excerpt(review.evidence.quote, 60)}`;
}

function fieldsLabel(fields: ReviewFields): string {
  return Object.entries(fields).map(([name, value]) => `${name}=${Array.isArray(value) ? value.join(';') : String(value)}`).join(' ');
}

function describeChange({ before, after }: ReviewChange): string {
  const state = (snapshot: ReviewChange['before']) => (snapshot === undefined ? 'none'
    : `${snapshot.verdict}${Object.keys(snapshot.fields).length > 0 ? ` (${fieldsLabel(snapshot.fields)})` : ''}`);
  const target = (after ?? before)!.target;
  return `${target.holder} ${target.stance} ${target.issue} in document ${target.documentId}: ${state(before)} → ${state(after)}`;
}

async function documentTexts(store: Store, reviews: readonly Review[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const documentId of new Set(reviews.map((review) => review.target.documentId))) {
    const stored = await store.getDocument(documentId);
    if (stored) texts.set(stored.doc.id, stored.doc.text);
  }
  return texts;
}

function agreementText({ reviewers: [first, second], documents, tuples, f1, strength, mode, disagreements }: ReviewerAgreement): string {
  const rate = ({ agreed, of, rate: value }: { agreed: number; of: number; rate: number }) => `${value.toFixed(3)} (${agreed}/${of})`;
  const lines = [
    `${first} × ${second}: ${counted(documents.length, 'document')} both reviewed`,
    `  F1 ${f1.toFixed(3)} over (doc, holder, issue, stance): ${first} ${tuples.first}, ${second} ${tuples.second}, both ${tuples.both}`,
    `  strength agreement ${rate(strength)}, mode agreement ${rate(mode)}`,
  ];
  if (disagreements.length > 0) {
    lines.push(`  ${counted(disagreements.length, 'disagreement')}:`);
    for (const item of disagreements) {
      const what = item.kind === 'only-first' ? `only ${first}` : item.kind === 'only-second' ? `only ${second}`
        : `${item.kind}: ${first} ${item.first}, ${second} ${item.second}`;
      lines.push(`    ${item.doc}  ${item.holder} ${item.stance} ${item.issue}  [${what}]  ${excerpt(item.evidence, 60)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function nonNegativeInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError(`expected a whole number, not "${value}"`);
  return parsed;
}
