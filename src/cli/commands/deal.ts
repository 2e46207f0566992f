/** `redlines deal check|search`: what a proposed settlement does to each party, and the smallest concessions that make one possible. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse } from 'yaml';
import type { Deal, Message, Pack, PartyId } from '../../core/index.ts';
import {
  checkDeal, searchDeal, type DealCheck, type DealSearch, type OutcomeGroups, type PartyVerdict, type PositionOutcome, type PropositionValue,
} from '../../analyse/index.ts';
import { analysisRecords, loadPackChecking, partyList, printJson, printMessages, withAnalysisOptions, type AnalysisOptions } from '../analysis-input.ts';
import { positionLabel, supportLines, textTable } from '../text-table.ts';
import { withStore } from './ingest.ts';

const STRENGTHS_FIRST = ['red_line', 'firm', 'soft'] as const;

/** Adds `deal check` and `deal search` to the program. */
export function register(program: Command): void {
  const deal = program.command('deal').description('check a proposed settlement against every party\'s positions, or search for one');
  withAnalysisOptions(deal.command('check'), ['table', 'json'])
    .description('for each party, which positions a deal violates or satisfies, by strength, with evidence')
    .argument('<deal-file>', 'a YAML or JSON file: { assignments: { issue.id: true|false } } or the flat mapping itself')
    .action(async (file: string, { db, pack: packName, format, ...review }: AnalysisOptions<'table' | 'json'>, command: Command) => {
      const pack = loadPackChecking(command, packName);
      if (!pack) return void (process.exitCode = 1);
      const parsed = readDeal(file, pack);
      if ('problems' in parsed) {
        printMessages(parsed.problems);
        return void (process.exitCode = 1);
      }
      process.exitCode = await withStore(db, async (store) => {
        const result = checkDeal(parsed.deal, await analysisRecords(store, review), pack);
        printMessages(result.messages);
        if (format === 'json') printJson(result);
        else process.stdout.write(dealCheckText(result));
        // A deal that contradicts the pack's relations is bad input, even though the check still ran.
        return result.messages.some((message) => message.severity === 'error') ? 1 : 0;
      });
    });
  withAnalysisOptions(deal.command('search'), ['table', 'json'])
    .description('a deal keeping every chosen party\'s red lines, or the minimal sets of red lines that would have to be relaxed')
    .option('--parties <ids>', 'only these parties\' red lines, comma-separated, e.g. ru,ua (default: every party)', partyList)
    .action(async ({ db, pack: packName, format, parties, ...review }: AnalysisOptions<'table' | 'json'> & { parties?: PartyId[] }, command: Command) => {
      const pack = loadPackChecking(command, packName, { ...(parties === undefined ? {} : { parties }) });
      if (!pack) return void (process.exitCode = 1);
      process.exitCode = await withStore(db, async (store) => {
        const result = searchDeal(await analysisRecords(store, review), pack, { ...(parties === undefined ? {} : { parties }) });
        if (format === 'json') printJson(result);
        else process.stdout.write(dealSearchText(result));
        return 0;
      });
    });
}

/** Reads a deal file; every problem names the file and the field. */
export function readDeal(file: string, pack: Pack): { deal: Deal } | { problems: Message[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { problems: [dealProblem(file, 'deal/unreadable', `cannot read: ${(error as Error).message}`)] };
  }
  return parseDeal(text, file, pack);
}

/** Parses a deal from YAML or JSON text: `{ assignments: { issue: true|false } }` or the flat mapping; ids must be the pack's issues. */
export function parseDeal(text: string, source: string, pack: Pack): { deal: Deal } | { problems: Message[] } {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return { problems: [dealProblem(source, 'deal/syntax', `not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`)] };
  }
  if (!isMapping(value)) return { problems: [dealProblem(source, 'deal/shape', 'expected a mapping of issue ids to true or false, or { assignments: … }')] };
  const nested = 'assignments' in value;
  if (nested) {
    const extra = Object.keys(value).find((key) => key !== 'assignments');
    if (extra !== undefined) return { problems: [dealProblem(source, 'deal/shape', `${extra}: unknown field (a deal file holds only "assignments")`)] };
    if (!isMapping(value.assignments)) return { problems: [dealProblem(source, 'deal/shape', 'assignments: expected a mapping of issue ids to true or false')] };
  }
  const assignments = nested ? (value.assignments as Record<string, unknown>) : value;
  const prefix = nested ? 'assignments.' : '';
  const issues = new Set(pack.issues.map((issue) => issue.id));
  const problems = Object.entries(assignments).flatMap(([issue, granted]) => {
    if (!issues.has(issue)) return [dealProblem(source, 'deal/unknown-issue', `${prefix}${issue}: unknown issue id (not in pack ${pack.id})`)];
    if (typeof granted !== 'boolean') return [dealProblem(source, 'deal/not-boolean', `${prefix}${issue}: expected true or false, got ${JSON.stringify(granted)}`)];
    return [];
  });
  return problems.length > 0 ? { problems } : { deal: { assignments: assignments as Record<string, boolean> } };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dealProblem(source: string, ruleId: string, reason: string): Message {
  return { reason, stage: 'analyse', ruleId, severity: 'error', source };
}

/** The deal's values (forced ones with the relations that forced them), then each party's verdict with evidence. */
export function dealCheckText({ values, parties }: DealCheck): string {
  const valueRows = values.map((value) => [value.issue, String(value.value), sourceOf(value)]);
  return `${textTable(['proposition', 'value', 'because'], valueRows)}\n${parties.map(verdictBlock).join('\n')}`;
}

function sourceOf({ source, relations }: PropositionValue): string {
  if (source !== 'relation') return source;
  return relations.map((relation) => `${relation.from} ${relation.type} ${relation.to}`).join('; ');
}

function verdictBlock({ party, redLinesKept, byStrength }: PartyVerdict): string {
  const groups = STRENGTHS_FIRST.map((strength) => strengthBlock(strength, byStrength[strength])).join('');
  return `${party}: red lines ${redLinesKept ? 'kept' : 'VIOLATED'}\n${groups}`;
}

function strengthBlock(strength: string, { violated, satisfied, open, moot }: OutcomeGroups): string {
  if (violated.length + satisfied.length + open.length + moot.length === 0) return '';
  const listed = (label: string, outcomes: readonly PositionOutcome[]) =>
    outcomes.map((outcome) => `    ${label} ${positionLabel(outcome)}\n${supportLines(outcome.support, '        ')}`).join('');
  const openLine = open.length === 0 ? '' : `    open (left unsettled): ${open.map(openLabel).join(', ')}\n`;
  return `  ${strength}: ${violated.length} violated, ${satisfied.length} satisfied, ${open.length} open, ${moot.length} moot\n` +
    `${listed('violated ', violated)}${listed('satisfied', satisfied)}${listed('moot     ', moot)}${openLine}`;
}

function openLabel({ issue, conditions }: PositionOutcome): string {
  return conditions.length === 0 ? issue : `${issue} (if ${conditions.join(', ')})`;
}

/** Either the deal that keeps every red line, or the minimal correction sets with their parties and evidence. */
export function dealSearchText({ feasible, deal, redLines, correctionSets, complete }: DealSearch): string {
  const parties = [...new Set(redLines.map((redLine) => redLine.party))].join(', ');
  const searched = `${redLines.length} red line(s) of ${parties || 'no party'}`;
  if (feasible) return `a deal keeps all ${searched}:\n${dealLines(deal!)}`;
  const sets = correctionSets.map((set, index) =>
    `${index + 1}. relax ${set.size} red line(s) of ${set.parties.join(', ')}:\n` +
    set.redLines.map((redLine) => `     ${positionLabel(redLine)}\n${supportLines(redLine.support, '         ')}`).join('') +
    `   then possible:\n${dealLines(set.deal, '     ')}`);
  return `no deal keeps all ${searched}; minimal sets of red lines to relax, smallest first` +
    `${complete ? ' (all of them)' : ' (the first ones)'}:\n${sets.join('\n')}`;
}

function dealLines({ assignments }: Deal, indent = '  '): string {
  return Object.entries(assignments).map(([issue, value]) => `${indent}${issue}: ${value}\n`).join('');
}
