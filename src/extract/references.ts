/**
 * Stances toward propositions named elsewhere: "…a 30-day ceasefire, which Moscow rejected" points
 * back within the sentence; "Kyiv has rejected the demand" points back to the demands reported in
 * the sentences before.
 */
import type { IssueId, PartyId, Position } from '../core/index.ts';
import { clauseAround } from './clause.ts';
import type { Emit } from './draft.ts';
import { holderOf, type PronounResolver } from './holder.ts';
import type { CueMatch, SentenceContext } from './sentence-context.ts';
import { flipStance, isWithheld, negatedBefore, strengthOf, towardNegation } from './stance.ts';

/** A position reported earlier in the document, which a later sentence may refer back to. */
export interface ReportedPosition {
  readonly sentence: number;
  readonly holder: PartyId;
  readonly issue: IssueId;
  readonly stance: Position['stance'];
}

const RELATIVE = /(?<![\p{L}])(?:which|that|whom)(?![\p{L}])/iu;
// "rejected the demand", "spurned that offer": another party's demands, reported just before.
const DEMAND_ANAPHOR =
  /^\s+(?:\p{L}+\s+)?(?:this|that|these|those|the|such|any such|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:demands?|conditions?|proposals?|plan|offer|terms|idea|request|ultimatum|calls?|proposition|initiative|approach|requirements?|model|formula|scheme|option)(?![\p{L}])/iu;
// "not ready for such talks", "scepticism about such a meeting": whatever was just discussed.
const TOPIC_ANAPHOR =
  /^\s+(?:\p{L}+\s+){0,3}?(?:such an?|such|this|that|these|those)\s+(?:[\p{L}-]+\s+)?(?:talks|meeting|summit|pause|truce|swap|exchange|deal|step|move|arrangement|guarantees?|force|mission|plan)(?![\p{L}])/iu;
// "Ukraine agreed to it", "Moscow rejected them": a pronoun object stands for what was just discussed.
const PRONOUN_ANAPHOR = /^\s+(?:(?:to|on)\s+)?(?:it|them|this)(?=\s*[.,;!?]|\s+(?:either|too|outright|immediately|publicly|at once)(?![\p{L}])|$)/iu;
// "Russia would have rejected it": what "it" stands for in a hypothetical is nothing reported.
const HYPOTHETICAL_BEFORE = /(?<![\p{L}])(?:would|could|might|may)\s+(?:not\s+)?(?:have\s+)?$/iu;
// "That is a red line", "This would be unacceptable", "For Kyiv, these conditions would amount to surrender": a
// sentence that opens by judging what was just said.
const JUDGED_ANAPHOR = /^[\s"“‘']*(?:for\s+\p{Lu}[\p{L}’'.-]*,\s*)?(?:that|this|it|such a (?:move|step|deal|plan|demand)|(?:these|those|such|the|their|its|his|her) (?:conditions|demands|terms|requirements|proposals))\s+(?:(?:is|are|was|were|would be|will be|remains|would remain|is seen as|would amount to|would|could|may|might)\s+)?(?:(?:also|simply|clearly|absolutely|still)\s+)?$/iu;
// "Russia did not.": an auxiliary whose verb is left out, ending its sentence.
const ELIDED = /^\s*[.;!]?\s*["”’]?\s*$/u;
const LOOK_BACK_SENTENCES = 3;
const CLAUSE_RELATIVE = /,\s*which\s+(?:both\s+|the\s+)?(?:[\p{L}’'.-]+(?:\s+and\s+|\s*,\s*)(?:the\s+)?)?$/iu;
const MAX_CLAUSE_RELATIVE_REACH = 160;

/** Emits positions for cues that govern no mention of their own but refer back to one. */
export function positionsByReference(
  text: string,
  context: SentenceContext,
  used: ReadonlySet<CueMatch>,
  earlier: readonly ReportedPosition[],
  resolve: PronounResolver,
  emit: Emit,
): void {
  // Only the last few sentences' positions are within reach: the tail of `earlier`, which is in sentence order.
  let reachableFrom = earlier.length;
  while (reachableFrom > 0 && context.sentence.index - earlier[reachableFrom - 1]!.sentence <= LOOK_BACK_SENTENCES) reachableFrom--;
  const reachable = earlier.slice(reachableFrom);
  for (const cue of context.cues) {
    const judged = cue.cue.role === 'predicate' && JUDGED_ANAPHOR.test(text.slice(context.sentence.start, cue.start));
    if (used.has(cue) || (cue.cue.role !== 'verb' && !judged) || cue.cue.stance === 'demand' || isWithheld(text, cue, context.sentence.start)) continue;
    const holding = holderOf(text, cue, context, resolve);
    const holder = holding?.actor.party;
    if (!holding || !holder) continue;
    const stance = negatedBefore(text, cue.start, context.sentence.start) ? flipStance(cue.cue.stance) : cue.cue.stance;
    const clause = clauseAround(text, context.sentence, Math.min(holding.actor.start, cue.start), cue.end);
    const base = { holding, cue, stance, strength: strengthOf(text, cue, clause), context, conditions: [], at: cue.start, confidence: 0.5 };
    const antecedent = relativeAntecedent(text, cue, holding.actor.start, context);
    if (antecedent) {
      emit({ ...base, issue: antecedent, evidence: clause, rule: 'relative-clause' });
      continue;
    }
    if (judged) {
      // "That is a red line for Ukraine": the judgment is the holder's stance toward what was just reported.
      // Judged unacceptable, it is what another party demanded just before.
      for (const referent of referredDemands(reachable, context.sentence.index, holder)) {
        emit({ ...base, stance: towardNegation(referent.stance), issue: referent.issue, evidence: clause, rule: 'anaphoric-judgment' });
      }
      continue;
    }
    const after = text.slice(cue.end, context.sentence.end);
    if (cue.cue.id === 'elided-refusal' && ELIDED.test(after)) {
      // "Ukraine agreed to it. Russia did not.": the refusal takes back what another party just accepted or demanded.
      for (const referent of referredTopics(reachable, context.sentence.index).filter((p) => p.holder !== holder && p.stance !== 'reject')) {
        emit({ ...base, issue: referent.issue, evidence: clause, rule: 'elided-refusal' });
      }
      continue;
    }
    const demand = DEMAND_ANAPHOR.exec(after);
    const topic = demand ? null : TOPIC_ANAPHOR.exec(after) ?? (HYPOTHETICAL_BEFORE.test(text.slice(Math.max(context.sentence.start, cue.start - 24), cue.start)) ? null : PRONOUN_ANAPHOR.exec(after));
    const anaphor = demand ?? topic;
    if (!anaphor) continue;
    const evidence = { start: clause.start, end: cue.end + anaphor[0].length };
    if (demand) {
      // Rejecting "the demands" to renounce NATO membership demands it; accepting them takes their side.
      for (const referent of referredDemands(reachable, context.sentence.index, holder)) {
        const answer = stance === 'reject' ? towardNegation(referent.stance) : referent.stance === 'demand' ? stance : referent.stance;
        emit({ ...base, stance: answer, issue: referent.issue, evidence, rule: 'anaphoric-demand' });
      }
    } else {
      // "called for direct talks, but Putin was not ready for such talks": the sentence's own topic comes first.
      const sameSentence = context.issues.filter((mention) => mention.end <= holding.actor.start || mention.end <= cue.start).at(-1);
      const issues = sameSentence ? [sameSentence.issue] : referredTopics(reachable, context.sentence.index).map((referent) => referent.issue);
      for (const issue of issues) emit({ ...base, issue, evidence, rule: 'anaphoric-topic' });
    }
  }
}

/** The issue named just before "which"/"that" when the holder and cue follow it. */
function relativeAntecedent(text: string, cue: CueMatch, holderStart: number, context: SentenceContext): IssueId | undefined {
  const mention = context.issues.filter((m) => m.end <= holderStart).at(-1);
  if (!mention) return undefined;
  const between = text.slice(mention.end, holderStart);
  // "called for a freeze … and other steps, which both Russia and Ukraine rejected": a relative after a
  // comma, right before its subject, takes back the whole clause before it.
  const clauseRelative = between.length < MAX_CLAUSE_RELATIVE_REACH && CLAUSE_RELATIVE.test(between) && !/[.;:]/u.test(between);
  return (clauseRelative || (between.length < 40 && RELATIVE.test(between))) && cue.start > holderStart ? mention.issue : undefined;
}

/** The demands (and demanded refusals) of another party in the most recent sentence shortly before. */
function referredDemands(earlier: readonly ReportedPosition[], sentence: number, holder: PartyId): ReportedPosition[] {
  return latestPositions(earlier.filter((p) => p.stance !== 'accept' && p.holder !== holder), sentence);
}

/** The positions of the most recent earlier sentence that reported any. */
function referredTopics(earlier: readonly ReportedPosition[], sentence: number): ReportedPosition[] {
  return latestPositions(earlier.filter((p) => p.sentence < sentence), sentence);
}

/** The candidates from the latest sentence within reach, one per issue. */
function latestPositions(candidates: readonly ReportedPosition[], sentence: number): ReportedPosition[] {
  const recent = candidates.filter((p) => p.sentence <= sentence && sentence - p.sentence <= LOOK_BACK_SENTENCES);
  const latest = recent.at(-1)?.sentence;
  const byIssue = new Map(recent.filter((p) => p.sentence === latest).map((p) => [p.issue, p]));
  return [...byIssue.values()];
}

/** Freshly emitted positions, as later sentences may refer back to them. */
export function reportedIn(positions: readonly Position[], sentence: number): ReportedPosition[] {
  return positions.map((p) => ({ sentence, holder: p.holder, issue: p.issue, stance: p.stance }));
}
