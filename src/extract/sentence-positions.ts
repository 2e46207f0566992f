/** Positions stated within one sentence: each issue mention with the stance cue that governs it. */
import type { Span, Stance } from '../core/index.ts';
import type { IssueMention } from '../packs/index.ts';
import type { Actor } from './actors.ts';
import { concededProposition } from './concessions.ts';
import { clauseAround } from './clause.ts';
import type { Emit } from './draft.ts';
import { governingOfNoun, holderOf, possessorBefore, subjectBefore, type Holding, type PronounResolver } from './holder.ts';
import { cueBefore, sourceAt, type CueMatch, type SentenceContext } from './sentence-context.ts';
import { flipStance, isWithheld, negatesProposition, stanceToward, strengthOf, towardNegation } from './stance.ts';

// How far (in characters) a cue may stand before the proposition it governs.
const MAX_CUE_DISTANCE = 140;
const MAX_PREDICATE_DISTANCE = 60;
// "wants a comprehensive agreement before committing to a truce", "rejected the call, arguing that a
// ceasefire …": a subordinate clause is out of the cue's reach; so is a contrast with a verb of its own ("agreed on
// corridors but did not reach a ceasefire"); so is what a stance is said to mean ("his claim to be willing … might mean that the
// intelligence flow remains").
const SUBORDINATE =
  /(?<![\p{L}])(?:before|after|while|because|although|though|whereas|unless|since|even if|amid|except|in response to|(?:arguing|saying|adding|noting|warning|explaining) that|means? that|meant that|but (?:(?:did|does|do|could|can|has|have|had|was|were|is|are)(?: not|n['’]t)|failed to|fell short))(?![\p{L}])/iu;
// "… was rejected", "…, as Moscow has demanded": a verb after the mention that still looks back at it.
const PASSIVE_BEFORE = /(?<![\p{L}])(?:(?:was|were|is|are|been|be|being|has been|have been)\s+(?:\p{L}+ly\s+)?|as\s+(?:[\p{L}’'.-]+\s+){1,4})$/iu;
// Markers after which a clause states a condition ("before" is left out: it orders events either way).
// "even if" concedes, it sets no condition.
const CONDITION_MARKER = /(?<![\p{L}])(?:only if|(?<!even )if|unless|as soon as|provided(?: that)?(?! (?:by|to|with|for|in|under)(?![\p{L}]))|on condition that|in exchange for|in return for|once(?! more| again)|until)(?![\p{L}])/iu;
const REFUSAL_BEFORE = /(?<![\p{L}])(?:not|never|won't|no)(?![\p{L}])/iu;
const COUNTERFACTUAL = /(?<![\p{L}])had\s+(?:not\s+|never\s+)?\p{L}+(?:ed|en|n)(?![\p{L}])|(?<![\p{L}])were\s+to(?![\p{L}])/iu;
const CONCESSIVE = /(?<![\p{L}])even if(?![\p{L}])/iu;
const RED_LINE_CONDITION = /^(?:only|provided|on condition)/iu;

/** Emits the positions of one sentence and returns the cues that governed a mention. */
export function positionsFromSentence(text: string, context: SentenceContext, resolve: PronounResolver, emit: Emit): Set<CueMatch> {
  const used = new Set<CueMatch>();
  const condition = conditionClause(text, context);
  const concessiveAt = markerAt(CONCESSIVE, text, context.sentence);
  for (const named of [...context.issues, ...context.concessions]) {
    const afterCondition = condition !== undefined && inside(named, condition);
    const mainCue = afterCondition ? mainClauseCue(condition, context) : undefined;
    const candidates = mainCue ? [mainCue] : governingCues(text, named, context);
    // "sanctions if Russia does not agree to a ceasefire": a stance inside a condition is not stated.
    if (afterCondition && !mainCue && candidates.some((cue) => inside(cue, condition))) continue;
    // "…, even if Putin is willing to accept a truce": a concession granted for argument's sake is no stance
    // (though "even if it drops his demands for …" still names what he demands).
    const first = candidates[0];
    if (concessiveAt !== undefined && named.start > concessiveAt && first && first.start > concessiveAt && first.cue.role !== 'noun') continue;
    const held = firstHeld(text, candidates, context, resolve);
    if (!held) {
      // "frozen assets approved by the G7" states the agent's stance even where no one else's is stated.
      if (!('by' in named)) proposerAfter(text, named, undefined, context, resolve, emit);
      continue;
    }
    const { cue, holding, controlled } = held;
    if (!afterCondition && isThreatenedStep(text, cue)) {
      used.add(cue);
      continue;
    }
    if (isWithheld(text, cue, context.sentence.start) || isAssessedNeed(text, cue, context) || isAdvised(text, cue, context) || isImagined(text, cue, context) || isDoubted(text, cue, context) || isSuffered(text, cue) || isBattlefieldAim(text, cue) || isConjecturedNoun(text, cue, named, holding, context)) {
      used.add(cue);
      continue;
    }
    const mention = 'by' in named ? concededProposition(text, named, holding, cue.cue.stance === 'demand', context, resolve) : named;
    if (!mention) continue;
    used.add(cue);
    // "demanded … that Moscow agree to pay reparations": the verb asked of another is spent too.
    if (controlled) used.add(controlled);
    const clause = clauseAround(text, context.sentence, Math.min(cue.start, mention.start), Math.max(cue.end, mention.end));
    const isCondition = condition !== undefined && inside(mention, condition) && !inside(cue, condition);
    const conditions =
      condition === undefined || isCondition ? [] : context.issues.filter((other) => inside(other, condition) && other.issue !== mention.issue).map((other) => other.issue);
    const evidenceStart = Math.min(holding.actor.start >= context.sentence.start ? holding.actor.start : cue.start, cue.start, isCondition ? condition.start : mention.start);
    emit({
      holding,
      cue,
      issue: mention.issue,
      stance: isCondition
        ? conditionStance(cue, negatesProposition(mention, text.slice(condition.start, mention.start)), condition.unless)
        : controlled
          ? wantedOfAnother(stanceToward(text, controlled, mention, context.sentence))
          : denied(text, cue, context)
            ? flipStance(stanceToward(text, cue, mention, context.sentence))
            : backsAnothersBid(text, cue, mention, holding, context) || offersToAnother(text, cue, mention, holding, context) || committedToAnothersEntry(text, cue, mention, holding, context)
              ? 'accept'
              : offersHelpToward(text, cue)
                ? wantedOfAnother(stanceToward(text, cue, mention, context.sentence))
                : stanceToward(text, cue, mention, context.sentence),
      strength: isCondition && RED_LINE_CONDITION.test(text.slice(condition.start, condition.start + 20)) ? 'red_line' : strengthOf(text, cue, clause),
      context,
      evidence: { start: Math.max(evidenceStart, clause.start), end: clause.end },
      conditions: [...new Set(conditions)],
      at: mention.start,
      rule: isCondition ? 'condition' : cue.cue.id,
      confidence: confidenceOf(holding, cue, mention),
    });
    const outer = outerHolder(text, cue, mention, context, resolve, clause, emit) ?? proposerAfter(text, mention, holding, context, resolve, emit);
    if (outer) used.add(outer);
  }
  return used;
}

// "threatens to cut off military aid if Kyiv refuses": the step threatened is leverage, not what the party wants (what it
// wants is in the condition).
const THREATENED_STEP = /^\s+to\s/u;

function isThreatenedStep(text: string, cue: CueMatch): boolean {
  return cue.cue.id === 'threat' && THREATENED_STEP.test(text.slice(cue.end, cue.end + 5));
}

// "creating conditions in which Putin concludes that … his best option is to agree a ceasefire": a stance imagined, not taken.
const IMAGINED_FRAME = /(?<![\p{L}])(?:conditions|circumstances|a scenario|a situation|a world|the point)\s+(?:in which|under which|where)\s/iu;

// "It is also possible that Europe would approve …": what may come to pass, said by no one, is the writer's conjecture.
const POSSIBLE_FRAME = /(?<![\p{L}])(?:it is|it's|it was|it would be)\s+(?:also\s+|quite\s+|entirely\s+)?(?:possible|conceivable|plausible)\s+that\s/iu;
// "… or he can reject it and risk having the U.S. refuse to sell weapons", "the risk of Russia rejecting …": a feared outcome.
const RISKED = /(?<![\p{L}])(?:risk(?:s|ed|ing)?|dangers?)\s+(?:of\s+|that\s+)?(?:having\s+|seeing\s+)?(?:[^\s,;]+\s+){0,4}$/iu;

// "Putin said, when asked about reports that the conflict might be frozen on the condition of …": what a question is
// about is no one's stance.
const ASKED_ABOUT = /(?<![\p{L}])asked\s+(?:about|whether|if)\s[^,;:]*$/iu;

function isImagined(text: string, cue: CueMatch, context: SentenceContext): boolean {
  const before = text.slice(context.sentence.start, cue.start);
  return IMAGINED_FRAME.test(before) || RISKED.test(before) || ASKED_ABOUT.test(before) || (POSSIBLE_FRAME.test(before) && saidByNoOne(text, cue, context));
}

const NEED = /^need/iu;

/** "Ukraine needs more air defence": what a party needs, said by no one, is the writer's assessment, not its demand. */
function isAssessedNeed(text: string, cue: CueMatch, context: SentenceContext): boolean {
  if (cue.cue.id !== 'want-verb' || !NEED.test(text.slice(cue.start, cue.end)) || /^\s+to\s/u.test(text.slice(cue.end, cue.end + 4))) return false;
  return saidByNoOne(text, cue, context);
}

// "America should not accept a truce", "Kyiv could push for talks": what a party should or could do, said by no one, is the writer's advice.
// "should not accept, let alone push for, a truce": a verb coordinated with an advised one is advised too.
const ADVISED = /(?<![\p{L}])(?:should|ought to|could|can|might|may)\s+(?:(?:not|never|also|still|then|instead|well|either)\s+)*(?:\p{L}+ly\s+)?(?:\p{L}+,?\s+(?:let alone|much less|or even|nor)\s+)?$/iu;

// "Ukraine cannot hold elections under martial law": what a party cannot do, said by no one, is the writer's account of a limit.
const CANNOT = /^(?:cannot|can['’]t|can not)$/iu;

function isAdvised(text: string, cue: CueMatch, context: SentenceContext): boolean {
  const advised = ADVISED.test(text.slice(Math.max(context.sentence.start, cue.start - 40), cue.start)) || CANNOT.test(text.slice(cue.start, cue.end));
  return cue.cue.role === 'verb' && advised && saidByNoOne(text, cue, context);
}

// "I don't believe that Putin is ready to …", "few expect Moscow to agree …": a stance the speaker doubts is not stated.
const DOUBTED = /(?<![\p{L}])(?:(?:do|does|did)(?: not|n['’]t)|never|hardly|few|nobody|no one)\s+(?:\p{L}+ly\s+)?(?:believe|believes|believed|think|thinks|thought|expect|expects|expected|imagine|imagines)(?![\p{L}])/iu;

function isDoubted(text: string, cue: CueMatch, context: SentenceContext): boolean {
  return DOUBTED.test(text.slice(context.sentence.start, cue.start));
}

// "Ukraine cannot be admitted", "Russia cannot be attacked": a refusal in the passive befalls its subject, who refuses
// nothing ("will not be forced to withdraw" is still the subject's own refusal).
const PASSIVE_AFTER = /^\s+(?:(?:yet|ever|even|simply)\s+)?be\s+(?:\p{L}+ly\s+)?(?!(?:forced|pushed|made|compelled|coerced|pressured|pressed|dragged|drawn|intimidated|blackmailed)(?![\p{L}]))\p{L}+(?:ed|en|wn)(?![\p{L}])/iu;

function isSuffered(text: string, cue: CueMatch): boolean {
  return cue.cue.id === 'will-not' && PASSIVE_AFTER.test(text.slice(cue.end, cue.end + 40));
}

// "Russia seeks to capture additional ground, including full control of Donetsk": what a party seeks to take by force is
// a battlefield aim, no term of a settlement ("Russia demands full control of Donetsk" is one).
const BY_FORCE = /^\s+(?:to\s+)?(?:\p{L}+ly\s+)?(?:capture|seize|conquer|overrun|occupy|take over|dominate|subjugate|encircle|retake|recapture|advance|regain (?:\p{L}+ )?control)(?![\p{L}])/iu;

function isBattlefieldAim(text: string, cue: CueMatch): boolean {
  return cue.cue.id === 'want-verb' && BY_FORCE.test(text.slice(cue.end, cue.end + 48));
}

// "reluctance to buy US weapons may be overcome", "proposals for its EU accession may encounter resistance": what may
// become of a noun no party owns, said by no one, is the writer's conjecture.
const HEDGED_AFTER = /^[^,;:.]{0,50}?\s(?:may|might|could)\s+(?:well\s+|yet\s+|still\s+)?(?:be\s+)?\p{L}+/iu;

function isConjecturedNoun(text: string, cue: CueMatch, mention: Span, holding: Holding, context: SentenceContext): boolean {
  if (cue.cue.role !== 'noun' || holding.via === 'possessor' || holding.via === 'agent' || cue.start > mention.start) return false;
  return HEDGED_AFTER.test(text.slice(mention.end, mention.end + 80)) && saidByNoOne(text, cue, context);
}

/** Whether no one is reported saying the cue: no verb of saying, no speaker carried over, no quotation. */
function saidByNoOne(text: string, cue: CueMatch, context: SentenceContext): boolean {
  return sourceAt(text, cue.start, context) === undefined && context.carriedSpeaker === undefined && !context.quotes.some((quote) => quote.inner.start <= cue.start && cue.start < quote.inner.end);
}

/**
 * "Kyiv rejected Moscow's demand that Ukraine withdraw" gives both positions: when the governing
 * cue is a noun owned by one party, an earlier verb cue with another subject gives the second.
 */
function outerHolder(text: string, cue: CueMatch, mention: IssueMention, context: SentenceContext, resolve: PronounResolver, clause: Span, emit: Emit): CueMatch | undefined {
  if (cue.cue.role !== 'noun') return undefined;
  // "… rejected Putin's demand that …", "Putin's demand that … was rejected by Zelensky", "called
  // Putin's proposal for a truce manipulation".
  const outer =
    cueBefore(context, cue.start, (c) => c.cue.role === 'verb') ??
    context.cues.find(
      (c) =>
        c.start >= mention.end &&
        ((c.cue.role === 'verb' && PASSIVE_BEFORE.test(text.slice(mention.end, c.start))) || (c.cue.role === 'predicate' && c.start - mention.end <= MAX_PREDICATE_DISTANCE)),
    );
  if (!outer) return undefined;
  const holding = holderOf(text, outer, context, resolve);
  const inner = holderOf(text, cue, context, resolve);
  if (!holding?.actor.party || holding.actor.party === inner?.actor.party) return undefined;
  const innerStance = stanceToward(text, cue, mention, context.sentence);
  const outerStance = stanceToward(text, outer, { ...mention, start: cue.start, end: cue.end, negated: false }, context.sentence);
  // Rejecting a demand rejects its proposition; accepting or backing another's demand consents to it.
  const backs = outerStance === 'accept' || outer.cue.id === 'support-verb';
  const stance = outerStance === 'reject' ? towardNegation(innerStance) : backs && innerStance === 'demand' ? 'accept' : innerStance;
  emit({
    holding,
    cue: outer,
    issue: mention.issue,
    stance,
    strength: strengthOf(text, outer, clause),
    context,
    evidence: { start: Math.min(outer.start, clause.start), end: Math.max(outer.end, clause.end) },
    conditions: [],
    at: mention.start,
    rule: 'reported-demand',
    confidence: 0.5,
  });
  return outer;
}

/** "agreed to a 30-day ceasefire proposed by the US": a participle right after the proposition, with its agent. */
function proposerAfter(text: string, mention: IssueMention, holding: Holding | undefined, context: SentenceContext, resolve: PronounResolver, emit: Emit): CueMatch | undefined {
  const participle = context.cues.find((c) => c.cue.role === 'verb' && c.start >= mention.end && /^\s*,?\s*$/u.test(text.slice(mention.end, c.start)) && /ed$/iu.test(text.slice(c.start, c.end)));
  const agent = participle ? holderOf(text, participle, context, resolve) : undefined;
  if (!participle || agent?.via !== 'agent' || agent.actor.party === holding?.actor.party) return undefined;
  const evidence = clauseAround(text, context.sentence, mention.start, participle.end + 40);
  emit({
    holding: agent,
    cue: participle,
    issue: mention.issue,
    stance: participle.cue.stance,
    strength: strengthOf(text, participle, evidence),
    context,
    evidence,
    conditions: [],
    at: mention.start,
    rule: 'reduced-passive',
    confidence: 0.5,
  });
  return participle;
}

/**
 * The stance cues that may govern a mention, best first: a modal inside its own phrase, the
 * nearest cue before it, then a predicate, passive or relative verb after it.
 */
function governingCues(text: string, mention: Span, context: SentenceContext): CueMatch[] {
  // "Russian forces must withdraw", "Kyiv and Moscow swapped prisoners": a modal inside the proposition's
  // own phrase, or a verb that opens it, governs it.
  // "Moscow's call for new elections": an owned noun that opens the proposition's phrase governs it too.
  const inside = context.cues.find(
    (cue) =>
      cue.start >= mention.start &&
      cue.end <= mention.end &&
      (cue.cue.role === 'modal' || (cue.start === mention.start && (cue.cue.role === 'verb' || (cue.cue.role === 'noun' && possessorBefore(text, cue.start, context) !== undefined)))),
  );
  if (inside) return [inside];
  // "demands that Ukraine become neutral …, demilitarize … and denazify": a list runs on past the usual reach.
  const reach = (cue: CueMatch) => (firstMentionAfter(cue, context) ?? mention).start - cue.end;
  const nearest = context.cues
    .filter((cue) => cue.end <= mention.start && reach(cue) <= MAX_CUE_DISTANCE && cue.cue.role !== 'predicate' && !namesRoleOfObject(text, cue))
    .at(-1);
  const before = nearest && (outerOfTermClause(text, nearest, context) ?? nearest);
  const reached = before && reachesOver(text, before, mention, context) && !SUBORDINATE.test(text.slice(before.end, mention.start)) && !closesAside(text, before, mention, context.sentence);
  // After the mention only a predicate ("… is unacceptable") or a passive ("… was rejected") looks back at it.
  const after = context.cues.find(
    (cue) =>
      cue.start >= mention.end &&
      cue.start - mention.end <= MAX_PREDICATE_DISTANCE &&
      (cue.cue.role === 'predicate' ||
        (cue.cue.role === 'verb' && looksBack(text, mention, cue, context)) ||
        // "new elections must be held", "sanctions should be lifted".
        (cue.cue.role === 'modal' && /^\s+$/u.test(text.slice(mention.end, cue.start)))),
  );
  // "Zelensky's ceasefire offer": an owned noun right after the proposition names whose it is.
  const compound = context.cues.find((cue) => cue.cue.role === 'noun' && cue.start >= mention.end && /^\s+$/u.test(text.slice(mention.end, cue.start)));
  if (compound && possessorBefore(text, mention.start, context)) return [compound];
  if (!reached) return after ? [after] : [];
  // "Moscow considers NATO's expansion a threat": the judgment after the mention says what the verb means;
  // "called the idea of peacekeepers a provocation": an idea nobody owns is judged by the predicate.
  const judged = JUDGING.test(text.slice(before.start, before.end)) || (before.cue.id === 'proposal-noun' && !possessorBefore(text, before.start, context));
  if (after?.cue.role === 'predicate' && judged) return [after, before];
  const demand = demandOfFutureNegation(text, before, context);
  if (demand) return [demand, before];
  return [before, ...introducerOf(text, before, context), ...(after ? [after] : [])];
}

// "any treaty that requires it to …", "a plan which would see …": a clause that lists a deal's terms.
const TERM_CLAUSE = /(?<![\p{L}])(?:deal|plan|treaty|agreement|accord|settlement|proposal|framework|arrangement|document|blueprint|initiative)s?\s*,?\s+(?:that|which)\s+(?:(?:would|will|could|might|also)\s+)*$/iu;

/**
 * "Russia will not sign up to any treaty that requires it to withdraw": the verb that takes or turns down
 * the deal, not the deal's own verb, gives the stance toward the deal's terms.
 */
function outerOfTermClause(text: string, cue: CueMatch, context: SentenceContext): CueMatch | undefined {
  if (cue.cue.role !== 'verb') return undefined;
  const lead = TERM_CLAUSE.exec(text.slice(Math.max(context.sentence.start, cue.start - 60), cue.start));
  if (!lead) return undefined;
  const dealAt = cue.start - lead[0].length;
  return cueBefore(context, dealAt, (outer) => outer.cue.role === 'verb' && outer.cue.stance !== 'demand' && !/[;:]/u.test(text.slice(outer.end, dealAt)));
}

/** A cue with its holder; `controlled` is the cue it governs in turn ("urged Kyiv to accept"), when there is one. */
interface Held {
  readonly cue: CueMatch;
  readonly holding: Holding;
  readonly controlled?: CueMatch;
}

function firstMentionAfter(cue: CueMatch, context: SentenceContext): Span | undefined {
  let first: Span | undefined;
  for (const other of [...context.issues, ...context.concessions]) if (other.start >= cue.end && (!first || other.start < first.start)) first = other;
  return first;
}

const JUDGING = /^consider/iu;
// "demanded that Ukraine withdraw as a condition for a ceasefire": the noun names the role of what
// was demanded, it states no stance of its own.
const AS_ROLE = /(?<![\p{L}])as (?:a|an|the)\s+(?:\p{L}+\s+)?$/iu;

function namesRoleOfObject(text: string, cue: CueMatch): boolean {
  return cue.cue.role === 'noun' && AS_ROLE.test(text.slice(Math.max(0, cue.start - 24), cue.start));
}

// "Russian officials insist that Ukraine must …": the verb that introduces a modal's clause.
const INTRODUCED = /^\s+(?:that\s+)?(?:[\p{L}’'.-]+\s+){0,4}$/u;

/** A modal's clause may be introduced by a stance verb, whose subject holds it when no speaker does. */
function introducerOf(text: string, modal: CueMatch, context: SentenceContext): CueMatch[] {
  if (modal.cue.role !== 'modal') return [];
  const verb = cueBefore(context, modal.start);
  const between = verb ? text.slice(verb.end, modal.start) : '';
  return verb && verb.cue.role === 'verb' && (/that$/iu.test(text.slice(verb.start, verb.end)) || /^\s+that\s/iu.test(between)) && INTRODUCED.test(between) ? [verb] : [];
}

// "demanded guarantees that Ukraine would never join NATO": a demand for what a clause rules out.
const DEMANDED_THAT = /^\s+(?:(?:[\p{L}’'-]+\s+){0,2}that\s+)?(?:[\p{L}’'.-]+\s+){0,4}$/u;

/** The demand that introduces a "will never" or "will not" clause, which holds the refusal. */
function demandOfFutureNegation(text: string, negation: CueMatch, context: SentenceContext): CueMatch | undefined {
  if (negation.cue.id !== 'never' && negation.cue.id !== 'will-not') return undefined;
  const demand = cueBefore(context, negation.start);
  const between = demand ? text.slice(demand.end, negation.start) : '';
  return demand && demand.cue.stance === 'demand' && demand.cue.role === 'verb' && /(?:^|\s)that\s/iu.test(` ${between}`) && DEMANDED_THAT.test(between) ? demand : undefined;
}

/** The first candidate cue whose holder can be named, with that holder; a cue asked of another is held by who asks. */
function firstHeld(text: string, candidates: readonly CueMatch[], context: SentenceContext, resolve: PronounResolver): Held | undefined {
  for (const cue of candidates.map((candidate) => governingOfNoun(text, candidate, context, resolve))) {
    const controller = controllerOf(text, cue, context, resolve);
    if (controller) return controller.holding ? { cue: controller.cue, holding: controller.holding, controlled: cue } : undefined;
    const holding = holderOf(text, cue, context, resolve);
    if (holding) return { cue, holding };
  }
  return undefined;
}

// "urged Kyiv to accept", "should use his influence to press": a stance verb in the infinitive after a demand.
const INFINITIVE_AFTER_DEMAND = /^\s+(?:[\p{L}’'.-]+\s+){0,4}to\s+$/u;
// "demand that Russia agree to": the subjunctive after a demand.
const SUBJUNCTIVE_AFTER_DEMAND = /^\s+that\s+(?:[\p{L}’'.-]+\s+){1,4}$/u;
const COORDINATED_THAT = /(?:,\s*|\s(?:and|or)\s+)that\s+(?:[\p{L}’'.-]+\s+){1,4}$/u;
const ADJACENT = /^\s+(?:(?:also|now|simply|just|first|then|eventually|still)\s+)?$/u;

/**
 * The demand that governs a stance verb asked of another party: "Washington urged Kyiv to accept a
 * truce" is Washington's demand, "Ukraine should accept a truce, Trump said" Trump's, and "pressure on
 * Putin to accept a truce" nobody's that can be named. Whoever is asked holds nothing yet.
 */
function controllerOf(text: string, cue: CueMatch, context: SentenceContext, resolve: PronounResolver): { cue: CueMatch; holding: Holding | undefined } | undefined {
  if (cue.cue.role !== 'verb') return undefined;
  const asking = coordinatedAsk(text, cue, context);
  if (asking) return controllerOf(text, asking, context, resolve) ?? { cue: asking, holding: holderOf(text, asking, context, resolve) };
  const previous = cueBefore(context, cue.start);
  if (!previous || previous.cue.stance !== 'demand') return undefined;
  const between = text.slice(previous.end, cue.start);
  if (previous.cue.role === 'modal') {
    if (!ADJACENT.test(between) && !INFINITIVE_AFTER_DEMAND.test(between)) return undefined;
    const asker = holderOf(text, previous, context, resolve);
    const asked = holderOf(text, cue, context, resolve);
    // "We must accept a truce," Zelensky said: a party asking itself keeps its own stance.
    return asker && asked?.actor.party !== asker.actor.party ? { cue: previous, holding: asker } : undefined;
  }
  const subjunctive =
    (/that$/iu.test(text.slice(previous.start, previous.end)) ? SUBJUNCTIVE_AFTER_DEMAND.test(` that${between}`) : SUBJUNCTIVE_AFTER_DEMAND.test(between)) ||
    // "demanded that Russians be held accountable …, and that Moscow agree to pay reparations".
    (previous.cue.role === 'verb' && /^[\p{L}\s]*?\bthat(?![\p{L}])/iu.test(text.slice(previous.start, previous.end + 5)) && COORDINATED_THAT.test(between));
  if (!INFINITIVE_AFTER_DEMAND.test(between) && !(subjunctive && previous.cue.role === 'verb' && !/(?:s|ed)$/iu.test(text.slice(cue.start, cue.end)))) return undefined;
  const outer = controllerOf(text, previous, context, resolve);
  return outer ?? { cue: previous, holding: holderOf(text, previous, context, resolve) ?? askerOfPressure(text, previous, context, resolve) };
}

// "… and acknowledge", ", and agree to": a bare verb that joins the clause before it, its subject left out.
const JOINED_BARE = /(?:,\s*|\s)(?:and|or)\s+$/u;
const INFLECTED = /^\p{L}+(?:s|ed|ing)(?![\p{L}])/iu;
// "wants Ukraine to …", "demanded that Russians be …": a demand verb that opens a clause asked of someone.
const OPENS_ASKED_CLAUSE = /^\s+(?:that\s|(?:[\p{L}’'.-]+\s+){1,4}to\s)/iu;

/**
 * "The Kremlin wants Ukraine to recognise Crimea … and acknowledge its gains", "Kyiv demanded that Russians be held
 * accountable, …, and agree to pay reparations": a bare verb joined to a clause a demand asks of another is asked too.
 */
function coordinatedAsk(text: string, cue: CueMatch, context: SentenceContext): CueMatch | undefined {
  if (!JOINED_BARE.test(text.slice(context.sentence.start, cue.start)) || INFLECTED.test(text.slice(cue.start, cue.end))) return undefined;
  const asking = cueBefore(context, cue.start, (other) => other.cue.role === 'verb' && other.cue.stance === 'demand' && OPENS_ASKED_CLAUSE.test(text.slice(other.end, other.end + 60)));
  const between = asking ? text.slice(asking.end, cue.start) : '';
  return asking && !/[;:]/u.test(between) && !SUBORDINATE.test(between) ? asking : undefined;
}

// "urged allies to increase pressure on Moscow to …": the verb that calls for the pressure, in its clause.
const PRESSURE_CALLED_FOR = /^\s+(?:[\p{L}’'.-]+\s+){0,5}$/u;

// "held talks to put pressure on Russia to …", "is increasing pressure on Moscow to …": whoever applies it.
const PRESSURE_APPLIED = /(?<![\p{L}])(?:put|putting|apply|applying|applied|exert|exerting|exerted|increas(?:e|es|ed|ing)|step(?:s|ped|ping)? up|ramp(?:s|ed|ing)? up|keep(?:s|ing)? up|mount(?:s|ed|ing)?)\s+(?:(?:more|the|greater|further|economic|diplomatic|its|their|maximum)\s+)*$/iu;

/** Pressure from nobody named is wanted by whoever calls for it, or applies it. */
function askerOfPressure(text: string, noun: CueMatch, context: SentenceContext, resolve: PronounResolver): Holding | undefined {
  if (noun.cue.role !== 'noun') return undefined;
  if (noun.cue.id === 'pressure-noun' && PRESSURE_APPLIED.test(text.slice(Math.max(context.sentence.start, noun.start - 48), noun.start))) return subjectBefore(text, noun.start, context, resolve);
  const verb = cueBefore(context, noun.start);
  if (!verb || verb.cue.role !== 'verb' || verb.cue.stance !== 'demand' || !PRESSURE_CALLED_FOR.test(text.slice(verb.end, noun.start))) return undefined;
  return holderOf(text, verb, context, resolve);
}

/** What one party wants of another: asking it to accept or agree to something demands it. */
// "France will support Ukraine's bid to join NATO": backing what another party seeks consents to it.
const SOUGHT_BY_OWNER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:bid|push|drive|quest|call|request|aspirations?|ambitions?|hopes?)\s+(?:to|for)(?![\p{L}])/iu;

// "offered Ukraine security guarantees": what a party offers another it is willing to give.
const OFFER = /^offer/iu;
const OFFERED_THING = /^\s+(?:(?!to\s)[\p{L}\p{N}-]+\s+){0,3}$/iu;

function offersToAnother(text: string, cue: CueMatch, mention: Span, holding: Holding, context: SentenceContext): boolean {
  if (cue.cue.id !== 'propose-verb' || !OFFER.test(text.slice(cue.start, cue.end))) return false;
  return context.actors.some(
    (recipient) =>
      recipient.kind === 'party' &&
      recipient.party !== holding.actor.party &&
      recipient.end <= mention.start &&
      /^\s+(?:the\s+)?$/iu.test(text.slice(cue.end, recipient.start)) &&
      // "offered Putin to postpone …" proposes a step; "offered Ukraine guarantees" gives a thing.
      OFFERED_THING.test(text.slice(recipient.end, mention.start)),
  );
}

function backsAnothersBid(text: string, cue: CueMatch, mention: Span, holding: Holding, context: SentenceContext): boolean {
  // "Sunak says Ukraine's rightful place is in NATO": placing another party where it seeks to be consents to it.
  if (cue.cue.id === 'belongs-modal') return isOwnedByAnother(text, cue, holding, context);
  if (cue.cue.id !== 'support-verb' || cue.end > mention.start) return false;
  return anotherOwnerAfter(cue, holding, context, (owner) => owner.end <= mention.start && SOUGHT_BY_OWNER.test(text.slice(owner.end, mention.start)));
}

/** Whether a party other than the holder, named after the cue, is an owner `owns` accepts. */
function anotherOwnerAfter(cue: CueMatch, holding: Holding, context: SentenceContext, owns: (owner: Actor) => boolean): boolean {
  return context.actors.some((owner) => owner.kind === 'party' && owner.party !== holding.actor.party && owner.start >= cue.end && owns(owner));
}

// "reaffirmed their commitment to Ukraine's eventual admission", "intention to facilitate Ukraine's accession":
// an aim (not a call) that another party enters an alliance or union consents to that party's own wish.
const ANOTHERS_ENTRY = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:admission|accession|membership|entry|integration)(?![\p{L}])/iu;

function committedToAnothersEntry(text: string, cue: CueMatch, mention: Span, holding: Holding, context: SentenceContext): boolean {
  if (cue.cue.stance !== 'demand' || cue.cue.speech || cue.cue.role === 'modal' || cue.end > mention.start + 1) return false;
  return anotherOwnerAfter(cue, holding, context, (owner) => owner.end <= mention.end && owner.start - cue.end <= 40 && ANOTHERS_ENTRY.test(text.slice(owner.end, mention.end + 40)));
}

// "China is willing to play a constructive role in a ceasefire", "Turkey is ready to help secure a truce": who offers to
// help bring something about wants it; it does not merely consent to it.
const HELP_TOWARD = /^\s+(?:(?:continue|keep)\s+(?:to\s+)?)?(?:play(?:ing)?\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}role|help|assist|facilitate|mediate|contribute)(?![\p{L}])/iu;

function offersHelpToward(text: string, cue: CueMatch): boolean {
  return cue.cue.id === 'accept-state' && HELP_TOWARD.test(text.slice(cue.end, cue.end + 60));
}

// "Ukraine’s “rightful place”": the owner, an adjective and quotation marks between.
const OWNER_OF_PLACE = /^['’]s?\s+(?:\S+\s+){0,2}$/u;

function isOwnedByAnother(text: string, cue: CueMatch, holding: Holding, context: SentenceContext): boolean {
  const owner = context.actors.find((actor) => actor.kind === 'party' && actor.end <= cue.start && OWNER_OF_PLACE.test(text.slice(actor.end, cue.start)));
  return owner?.party !== undefined && owner.party !== holding.actor.party;
}

function wantedOfAnother(stance: Stance): Stance {
  return stance === 'accept' ? 'demand' : stance;
}

/**
 * "the exchange the two sides had agreed to": a verb right after the mention's own subject still governs it;
 * "will halt military aid if Ukraine rejects the plan": a verb past a condition's marker belongs to the condition
 * and does not.
 */
function looksBack(text: string, mention: Span, cue: CueMatch, context: SentenceContext): boolean {
  const between = text.slice(mention.end, cue.start);
  if (CONDITION_MARKER.test(between)) return false;
  if (PASSIVE_BEFORE.test(between)) return true;
  const subject = context.actors.some((actor) => actor.kind === 'party' && actor.start >= mention.end && actor.end <= cue.start);
  return subject && !/[,.;:]/u.test(between) && between.trim().split(/\s+/u).length <= 6;
}

// Between coordinated propositions: a comma or conjunction and a few words of their own ("the end of"), as long as a
// list item ("release of prisoners and deportees, an end to ecocide, and …"); a pronoun opens a clause of its own.
// "instead of" and "in lieu of" join one wanted to one turned down ("guarantees in lieu of NATO membership").
const COORDINATION = /^(?:[\s"”’]*by\s*$|(?=[^]*(?:,|\band\b|\bor\b|\bplus\b|as well as|\binstead of\b|\bin lieu of\b)))(?![^]*\b(?:that|which|who|before|after|because|while|as a|than|would|will|shall|must|should|can|could|may|might|to|it|he|she|they|we)\b)[^.;:]{0,60}$/iu;

/** Whether every proposition between the cue and the mention is coordinated with it. */
// "Ukraine — which refused the truce — tries to …": a cue inside an aside set off by dashes stays in it.
const ASIDE_DASH = /\s(?:—|–|--)\s|(?<=\p{L})—(?=\p{L})/gu;

function closesAside(text: string, cue: CueMatch, mention: Span, sentence: Span): boolean {
  const opened = (text.slice(sentence.start, cue.start).match(ASIDE_DASH) ?? []).length % 2 === 1;
  return opened && (text.slice(cue.end, mention.start).match(ASIDE_DASH) ?? []).length > 0;
}

function reachesOver(text: string, cue: CueMatch, mention: Span, context: SentenceContext): boolean {
  const between = [...context.issues, ...context.concessions]
    .filter((other) => other.start >= cue.end && other.end <= mention.start && other !== mention)
    .sort((a, b) => a.start - b.start);
  let previous: Span | undefined = between[0];
  for (const other of [...between.slice(1), mention]) {
    if (previous && other.start > previous.end && !coordinated(text.slice(previous.end, other.start), previous, other)) return false;
    if (!previous || other.end > previous.end) previous = other;
  }
  return true;
}

// "weapons sales to Ukraine, and denazify": "to" before a name is a preposition, not an infinitive;
// "a 30-day ceasefire": adjacent mentions of one proposition are one phrase.
function coordinated(between: string, first: Span, second: Span): boolean {
  if (/^\s*$/u.test(between) && 'issue' in first && 'issue' in second && first.issue === second.issue) return true;
  return COORDINATION.test(between.replace(DASHED_ASIDE, ' ').replace(/\bto\s+(?=[A-Z])/gu, '').replace(NOUN_BEFORE_INFINITIVE, '$1'));
}

// "give up territory - including regions that Russia does not control - and caps the army": an aside set off by dashes
// does not break a list.
const DASHED_ASIDE = /\s[-–—]\s[^-–—]{1,160}?\s[-–—]\s/gu;

// "… and relinquish the right to join NATO": a noun's infinitive opens no clause of its own.
const NOUN_BEFORE_INFINITIVE = /(?<![\p{L}])(right|bid|ambitions?|aspirations?|plans?|attempts?|efforts?|intention|desire|hopes?|claims?|promise|pledge|commitment)\s+to\s*$/iu;

const DENIAL = /^(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?)$/iu;
// "despite Kremlin claims that Zelensky is willing to …": the article disputes the claim.
const DISPUTED_CLAIM = /(?<![\p{L}])(?:despite|contrary to|contradicting)\s+(?:[\p{L}’'-]+\s+){0,3}(?:claims?|reports?|allegations?|assertions?)\s+that\s+(?:[^\s,;]+\s+){0,6}$/iu;
const CLAIM_THAT = /(?<![\p{L}])(?:that|claims?|reports?|allegations?|suggestions?|rumou?rs?)(?![\p{L}])/iu;

/** "denied Kremlin claims that Kyiv has agreed to …": a denied claim states the opposite stance. */
function denied(text: string, cue: CueMatch, context: SentenceContext): boolean {
  const denial = context.cues.some((other) => other.end <= cue.start && DENIAL.test(text.slice(other.start, other.end)) && CLAIM_THAT.test(text.slice(other.end, cue.start)));
  return denial || DISPUTED_CLAIM.test(text.slice(context.sentence.start, cue.start));
}

/** A condition clause: from its marker to the sentence's end, or to the comma that closes a clause opening the sentence. */
interface ConditionClause extends Span {
  /** "unless": the condition is wanted whatever the main clause says. */
  readonly unless: boolean;
  /** Whether the clause opens the sentence ("If Russia withdraws, Kyiv will …"), its main clause after it. */
  readonly opening: boolean;
}

function inside(span: Span, clause: Span): boolean {
  return span.start > clause.start && span.start < clause.end;
}

/**
 * What the holder wants of a condition: "will agree if Kyiv withdraws" demands the withdrawal; a threat
 * turns it around, "threatened sanctions if Russia does not agree to a ceasefire" demands the ceasefire;
 * "will not agree unless Kyiv withdraws" and "will strike unless Kyiv withdraws" both demand it.
 */
function conditionStance(cue: CueMatch, negated: boolean, unless: boolean): Stance {
  if (unless) return negated ? 'reject' : 'demand';
  // "would pull out of negotiations if Russia holds referendums" threatens too.
  return negated === (cue.cue.id === 'threat' || cue.cue.id === 'walk-away') ? 'demand' : 'reject';
}

/**
 * The cue of the clause a condition is attached to: the first one after a condition that opens the
 * sentence; else the last one before the marker, or the marker itself when it names a price ("would
 * halt its offensive in exchange for …").
 */
function mainClauseCue(condition: ConditionClause, context: SentenceContext): CueMatch | undefined {
  if (condition.opening) return context.cues.find((cue) => cue.start >= condition.end && cue.cue.role !== 'predicate');
  // "Kyiv was willing to consider Russia's demand for neutrality if Moscow accepted …": the verb, not the noun it takes, sets the condition.
  const noun = cueBefore(context, condition.start, (cue) => cue.cue.role !== 'predicate');
  const verb = noun?.cue.role === 'noun' ? cueBefore(context, noun.start, (cue) => cue.cue.role === 'verb') : undefined;
  return verb ?? noun ?? priceAt(condition.start, context);
}

function priceAt(at: number, context: SentenceContext): CueMatch | undefined {
  return context.cues.find((cue) => cue.start === at && cue.cue.id === 'price');
}

function conditionClause(text: string, context: SentenceContext): ConditionClause | undefined {
  const { sentence } = context;
  const start = markerAt(CONDITION_MARKER, text, sentence);
  if (start === undefined) return undefined;
  const marker = text.slice(start, start + 8);
  // "until" states a condition after a refusal or a vow to fight on: "will keep fighting until Kyiv withdraws".
  if (/^until(?![\p{L}])/iu.test(marker) && !REFUSAL_BEFORE.test(text.slice(sentence.start, start)) && !priceAt(start, context)) return undefined;
  const unless = /^unless(?![\p{L}])/iu.test(marker);
  // "If Russia withdraws, Kyiv will agree to talks": a clause that opens the sentence ends at its comma.
  // "If NATO had been ready to …, …" imagines a past that was not: its main clause is no stance either.
  const comma = /^[\s"“‘'(]*$/u.test(text.slice(sentence.start, start)) ? text.indexOf(',', start) : -1;
  const opening = comma !== -1 && comma < sentence.end && !COUNTERFACTUAL.test(text.slice(start, comma));
  return { start, end: opening ? comma : sentence.end, unless, opening };
}

function markerAt(marker: RegExp, text: string, sentence: Span): number | undefined {
  const match = marker.exec(text.slice(sentence.start, sentence.end));
  return match ? sentence.start + match.index : undefined;
}

function confidenceOf(holding: Holding, cue: CueMatch, mention: IssueMention): number {
  const direct = holding.via === 'discourse' ? 0 : 0.15;
  const near = mention.start - cue.end < 60 ? 0.15 : 0;
  return Math.round((0.5 + direct + near) * 100) / 100;
}
