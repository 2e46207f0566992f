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
import { flipStance, strengthOf } from './stance.ts';
import { NEGATION_BEFORE } from './cues.ts';

/** A demand reported earlier in the document, which a later sentence may refer back to. */
export interface ReportedDemand {
  readonly sentence: number;
  readonly holder: PartyId;
  readonly issue: IssueId;
}

const RELATIVE = /(?<![\p{L}])(?:which|that|whom)(?![\p{L}])/iu;
const ANAPHOR =
  /^\s+(?:\p{L}+\s+)?(?:this|that|these|those|the|such|any such|any|their|its|his|her|Moscow's|Kyiv's|Russia's|Ukraine's)\s+(?:[\p{L}-]+\s+){0,2}?(?:demands?|conditions?|proposals?|plan|offer|terms|idea|request|ultimatum|calls?|proposition|initiative|approach|concessions?|requirements?)(?![\p{L}])/iu;
const LOOK_BACK_SENTENCES = 3;

/** Emits positions for cues that govern no mention of their own but refer back to one. */
export function positionsByReference(
  text: string,
  context: SentenceContext,
  used: ReadonlySet<CueMatch>,
  demands: readonly ReportedDemand[],
  resolve: PronounResolver,
  emit: Emit,
): void {
  for (const cue of context.cues) {
    if (used.has(cue) || cue.cue.role !== 'verb' || cue.cue.stance === 'demand') continue;
    const holding = holderOf(text, cue, context, resolve);
    const holder = holding?.actor.party;
    if (!holding || !holder) continue;
    const stance = NEGATION_BEFORE.test(text.slice(Math.max(context.sentence.start, cue.start - 24), cue.start)) ? flipStance(cue.cue.stance) : cue.cue.stance;
    const clause = clauseAround(text, context.sentence, Math.min(holding.actor.start, cue.start), cue.end);
    const base = { holding, cue, stance, strength: strengthOf(text, cue, clause), context, conditions: [], at: cue.start, confidence: 0.5 };
    const antecedent = relativeAntecedent(text, cue, holding.actor.start, context);
    if (antecedent) {
      emit({ ...base, issue: antecedent, evidence: clause, rule: 'relative-clause' });
      continue;
    }
    const anaphor = ANAPHOR.exec(text.slice(cue.end, context.sentence.end));
    if (!anaphor) continue;
    const evidence = { start: clause.start, end: cue.end + anaphor[0].length };
    for (const issue of referredDemands(demands, context.sentence.index, holder)) {
      emit({ ...base, issue, evidence, rule: 'anaphoric-demand' });
    }
  }
}

/** The issue named just before "which"/"that" when the holder and cue follow it. */
function relativeAntecedent(text: string, cue: CueMatch, holderStart: number, context: SentenceContext): IssueId | undefined {
  const mention = context.issues.filter((m) => m.end <= holderStart).at(-1);
  if (!mention) return undefined;
  const between = text.slice(mention.end, holderStart);
  return between.length < 40 && RELATIVE.test(between) && cue.start > holderStart ? mention.issue : undefined;
}

/** The issues of the most recent sentence, shortly before, that reported another party's demands. */
function referredDemands(demands: readonly ReportedDemand[], sentence: number, holder: PartyId): IssueId[] {
  const others = demands.filter((d) => d.holder !== holder && d.sentence <= sentence && sentence - d.sentence <= LOOK_BACK_SENTENCES);
  const latest = others.at(-1)?.sentence;
  return [...new Set(others.filter((d) => d.sentence === latest).map((d) => d.issue))];
}

/** The demands among freshly emitted positions, as later sentences may refer back to them. */
export function demandsOf(positions: readonly Position[], sentence: number): ReportedDemand[] {
  return positions.filter((p) => p.stance === 'demand').map((p) => ({ sentence, holder: p.holder, issue: p.issue }));
}
