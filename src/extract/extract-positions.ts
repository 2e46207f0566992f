/** The rule-based extractor: from a document and a pack to positions with evidence. */
import type { Doc, IssueId, Message, Pack, Position, Span } from '../core/index.ts';
import { compilePack, type IssueMention } from '../packs/index.ts';
import { findLists, type EnumeratedList } from '../text/index.ts';
import { holderOf, type Holding, type PronounResolver } from './holder.ts';
import { within, type CueMatch, type SentenceContext } from './sentence-context.ts';
import { buildContexts } from './sentence-contexts.ts';
import { stanceToward, strengthOf } from './stance.ts';
import { voiceOf } from './voice.ts';
import { OBJECT_NEGATORS } from './cues.ts';

/** The extractor's name and version, recorded with every position it produces. */
export const EXTRACTOR_ID = 'rules@0.1.0';

/** What extraction returns for one document. */
export interface Extraction {
  readonly positions: Position[];
  readonly messages: Message[];
}

// How far (in characters) a cue may stand from the proposition it governs.
const MAX_CUE_DISTANCE = 220;
const CONDITION_MARKER = /(?<![\p{L}])(?:only if|if|as soon as|provided(?: that)?|on condition that|in exchange for|once|unless|until|before|after)(?![\p{L}])/iu;

/** Extracts every position the document states, with evidence spans into `doc.text`. */
export function extractPositions(doc: Doc, pack: Pack): Extraction {
  const compiled = compilePack(pack);
  const { contexts, resolvePronoun } = buildContexts(doc, compiled);
  const lists = findLists(doc.text, contexts.map((context) => context.sentence));
  const itemSpans = lists.flatMap((list) => list.items);
  const found: Position[] = [];
  const emit = makeEmitter(doc, found);
  for (const list of lists) positionsFromList(doc.text, list, contexts, resolvePronoun, emit);
  for (const context of contexts) {
    if (context.sentence.repeatOf !== undefined) continue;
    if (itemSpans.some((item) => item.start >= context.sentence.start && item.end <= context.sentence.end)) continue;
    positionsFromSentence(doc.text, context, resolvePronoun, emit);
  }
  return { positions: dedupe(found), messages: [] };
}

type Emit = (draft: Draft) => void;

/** A position before document-level fields are filled in. */
interface Draft {
  readonly holding: Holding;
  readonly cue: CueMatch;
  readonly issue: IssueId;
  readonly stance: Position['stance'];
  readonly strength: Position['strength'];
  readonly context: SentenceContext;
  readonly evidence: Span;
  readonly conditions: readonly IssueId[];
  readonly at: number;
  readonly rule: string;
  readonly confidence: number;
}

function makeEmitter(doc: Doc, found: Position[]): Emit {
  return (draft) => {
    const holder = draft.holding.actor.party;
    if (!holder) return;
    const voice = voiceOf(draft.holding, draft.cue, draft.at, draft.context);
    found.push({
      doc: doc.id,
      holder,
      issue: draft.issue,
      stance: draft.stance,
      strength: draft.strength,
      mode: voice.mode,
      speaker: voice.speaker,
      intermediary: voice.intermediary,
      outlet: doc.outlet ?? '',
      conditions: draft.conditions,
      evidence: { start: draft.evidence.start, end: draft.evidence.end, quote: doc.text.slice(draft.evidence.start, draft.evidence.end) },
      confidence: draft.confidence,
      extractor: `${EXTRACTOR_ID}:${draft.rule}`,
    });
  };
}

/** Positions of one sentence: each issue mention with the cue that governs it. */
function positionsFromSentence(text: string, context: SentenceContext, resolve: PronounResolver, emit: Emit): void {
  const conditionAt = conditionMarker(text, context.sentence);
  for (const mention of context.issues) {
    const cue = governingCue(mention, context);
    if (!cue) continue;
    const holding = holderOf(text, cue, context, resolve);
    if (!holding) continue;
    const clause = clauseAround(text, context.sentence, Math.min(cue.start, mention.start), Math.max(cue.end, mention.end));
    const isCondition = conditionAt !== undefined && mention.start > conditionAt && cue.start < conditionAt;
    const conditions =
      conditionAt === undefined || isCondition
        ? []
        : context.issues.filter((other) => other.start > conditionAt && other.issue !== mention.issue).map((other) => other.issue);
    const evidenceStart = Math.min(holding.actor.start >= context.sentence.start ? holding.actor.start : cue.start, cue.start, mention.start);
    emit({
      holding,
      cue,
      issue: mention.issue,
      stance: isCondition ? 'demand' : stanceToward(text, cue, mention, context.sentence),
      strength: isCondition && /only|provided|condition/iu.test(text.slice(conditionAt, conditionAt + 20)) ? 'red_line' : strengthOf(text, cue, clause),
      context,
      evidence: { start: Math.max(evidenceStart, clause.start), end: clause.end },
      conditions: [...new Set(conditions)],
      at: mention.start,
      rule: isCondition ? 'condition' : cue.cue.id,
      confidence: confidenceOf(holding, cue, mention),
    });
    secondHolder(text, cue, mention, context, resolve, clause, emit);
  }
}

/**
 * "Kyiv rejected Moscow's demand that Ukraine withdraw" gives both positions: when the governing
 * cue is a noun owned by one party, an earlier verb cue with another subject gives the second.
 */
function secondHolder(text: string, cue: CueMatch, mention: IssueMention, context: SentenceContext, resolve: PronounResolver, clause: Span, emit: Emit): void {
  if (cue.cue.role !== 'noun') return;
  const outer = context.cues.filter((c) => c.end <= cue.start && c.cue.role === 'verb').at(-1);
  if (!outer) return;
  const holding = holderOf(text, outer, context, resolve);
  const inner = holderOf(text, cue, context, resolve);
  if (!holding?.actor.party || holding.actor.party === inner?.actor.party) return;
  const innerStance = stanceToward(text, cue, mention, context.sentence);
  const outerStance = stanceToward(text, outer, { start: cue.start, end: cue.end }, context.sentence);
  const stance = outerStance === 'demand' || outerStance === 'accept' ? innerStance : innerStance === 'reject' ? 'demand' : 'reject';
  emit({
    holding,
    cue: outer,
    issue: mention.issue,
    stance: outerStance === 'accept' && stance === 'demand' ? 'accept' : stance,
    strength: strengthOf(text, outer, clause),
    context,
    evidence: { start: Math.min(outer.start, clause.start), end: clause.end },
    conditions: [],
    at: mention.start,
    rule: 'reported-demand',
    confidence: 0.5,
  });
}

/** The stance cue that governs a mention: the nearest before it, or a predicate right after it. */
function governingCue(mention: IssueMention, context: SentenceContext): CueMatch | undefined {
  const before = context.cues.filter((cue) => cue.end <= mention.start && mention.start - cue.end <= MAX_CUE_DISTANCE && cue.cue.role !== 'predicate').at(-1);
  if (before) return before;
  return context.cues.find((cue) => cue.start >= mention.end && cue.start - mention.end <= 60 && (cue.cue.role === 'predicate' || cue.cue.role === 'verb'));
}

function conditionMarker(text: string, sentence: Span): number | undefined {
  const match = CONDITION_MARKER.exec(text.slice(sentence.start, sentence.end));
  return match ? sentence.start + (match.index ?? 0) : undefined;
}

/** The clause holding `[from, to)`: out to the nearest clause punctuation within the sentence. */
function clauseAround(text: string, sentence: Span, from: number, to: number): Span {
  let start = from;
  while (start > sentence.start && !/[;:.!?]/u.test(text[start - 1] ?? '')) start--;
  let end = to;
  while (end < sentence.end && !/[,;:.!?]/u.test(text[end] ?? '')) end++;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  return { start, end };
}

function confidenceOf(holding: Holding, cue: CueMatch, mention: IssueMention): number {
  const direct = holding.via === 'discourse' ? 0 : 0.15;
  const near = mention.start - cue.end < 60 ? 0.15 : 0;
  return Math.round((0.5 + direct + near) * 100) / 100;
}

/** Positions of a list's items, each inheriting holder, stance and strength from the introduction. */
function positionsFromList(text: string, list: EnumeratedList, contexts: readonly SentenceContext[], resolve: PronounResolver, emit: Emit): void {
  const introIndex = contexts.findIndex((context) => context.sentence === list.intro);
  const intro = [contexts[introIndex], contexts[introIndex - 1]].find((context) => context && context.cues.length > 0);
  const cue = intro?.cues[0];
  if (!intro || !cue) return;
  const holding = holderOf(text, cue, intro, resolve);
  if (!holding) return;
  const strength = strengthOf(text, cue, intro.sentence);
  const issues = contexts.flatMap((context) => context.issues);
  for (const item of list.items) {
    for (const mention of within(issues, item)) {
      const negated = OBJECT_NEGATORS.test(text.slice(item.start, mention.start));
      const stance = negated ? (cue.cue.stance === 'demand' ? 'reject' : 'demand') : cue.cue.stance;
      emit({ holding, cue, issue: mention.issue, stance, strength, context: intro, evidence: item, conditions: [], at: cue.start, rule: 'list-item', confidence: 0.8 });
    }
  }
}

/** One position per (holder, issue, stance), keeping the most confident and then the first. */
function dedupe(positions: Position[]): Position[] {
  const best = new Map<string, Position>();
  for (const position of positions) {
    const key = `${position.holder}|${position.issue}|${position.stance}`;
    const kept = best.get(key);
    if (!kept || position.confidence > kept.confidence) best.set(key, position);
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}
