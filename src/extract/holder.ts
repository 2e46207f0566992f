/**
 * Who holds the stance a cue expresses: the passive agent ("demanded by Putin"), the possessor of
 * a noun ("Moscow's demand"), the speaker behind a modal ("Ukraine must …, Putin said"), or the
 * subject of a verb ("Kyiv rejects …").
 */
import type { PartyId, Span } from '../core/index.ts';
import { isPrepositionalObject, type Actor } from './actors.ts';
import { cueBefore, sourceAt, type CueMatch, type SentenceContext, type Source } from './sentence-context.ts';

/** The actor that holds a cue's stance, and how it was found. */
export interface Holding {
  readonly actor: Actor;
  readonly via: 'agent' | 'possessor' | 'speaker' | 'subject' | 'discourse';
}

/** Resolves pronouns to the actors they stand for. */
export type PronounResolver = (pronoun: Actor, context: SentenceContext) => Actor | undefined;

const MAX_SUBJECT_DISTANCE = 160;
// Bounds on how far back a main clause's subject and an aside's opening dash are sought, so a giant line stays linear.
const MAX_MAIN_SUBJECT_DISTANCE = 400;
const MAX_ASIDE_LENGTH = 240;
const TRAILING_PARTICIPLE = /^\p{L}+ing(?![\p{L}])/iu;
// "a meeting which was rejected": the relative passive of a thing ("which is opposed to" keeps a subject).
const PASSIVE_AUXILIARY = /(?<![\p{L}])(?:which|that)\s+(?:(?:has|have|had|will|would)\s+)?(?:was|were|is|are|been|be)\s+(?:\p{L}+ly\s+)?$/iu;
const INDEFINITE_NOUN = /(?<![\p{L}])(?:a|an|any|no|every)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{L}-]*\s+$/u;
const PAST_PARTICIPLE = /^\p{L}+(?:ed|en)$/iu;
const OPENING_PARTICIPLE = /^[\s"“'‘]*\p{L}+ing(?:\s+(?:for|on|to|that))?$/iu;
// "Ukraine's neutrality is non-negotiable for Moscow": the party a predicate holds for.
const PREDICATE_FOR = /^\s+for\s+(?:the\s+)?$/iu;
// "For Kyiv, these conditions would amount to surrender": the party a sentence opens with, by "for", judges.
const OPENING_FOR = /^[\s"“‘']*for\s+(?:the\s+)?$/iu;
// "… would suit Ukraine": the party a predicate takes as its object.
const PREDICATE_OBJECT = /^\s+(?:the\s+)?$/iu;
// "Russia's long-standing position on …", "the Trump administration’s plan".
const POSSESSIVE_TAIL = /^(?:\s+(?:administration|government|leadership|side|delegation|team|camp))?['’]s?\s+(?:own\s+)?(?:[\p{L}\p{N}-]+\s+){0,5}$/u;
// "demanded by President Vladimir Putin": titles may stand between "by" and the name.
const QUANTIFIED = /(?<![\p{L}])(?:some|many|most|few|several|(?:a )?majority of|(?:a )?minority of|percent of|per cent of|% of)\s+$/iu;
const INDEFINITE_BEFORE = /(?<![\p{L}])an?\s+$/iu;
const AGENT_HEAD = /^\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
// "pressure from Ukraine, from the EU and from the United States for a cease-fire": a noun's agents.
const NOUN_AGENT_HEAD = /^\s+(?:by|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
// "the goal of Vladimir Putin, the Russian president, of preventing …", "the demands of Moscow": whose aim it is.
const OWNED_GOAL_HEAD = /^\s+(?:by|from|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
// "backed by France and Britain", "from Ukraine, from the EU and from the United States".
const FURTHER_AGENT = /^\s*(?:(?:,|and|,\s*and)\s*(?:(?:until|most|more)\s+\p{L}+\s*,?\s*)?(?:(?:from|by)\s+)?|(?:from|by)\s+)(?:the\s+)?$/iu;

const PRONOUN_POSSESSOR = /(?<![\p{L}])(?:its|their|his|her)\s+(?:own\s+)?$/iu;

/** Finds the holder of `cue` in its sentence, or undefined when no party can be named. */
export function holderOf(text: string, cue: CueMatch, context: SentenceContext, resolve: PronounResolver): Holding | undefined {
  // "Urging a deal on guarantees, Zelensky also called for …": an opening participle shares the main verb's subject.
  if (OPENING_PARTICIPLE.test(text.slice(context.sentence.start, cue.end))) {
    const main = context.cues.find((other) => other.start > cue.end && other.cue.role === 'verb');
    if (main) return holderOf(text, main, context, resolve);
  }
  const agent = agentOf(text, cue, context);
  if (agent) return { actor: agent, via: 'agent' };
  // "Russia blocked the exports, demanding that sanctions be lifted": a trailing participle shares the main clause's subject.
  if (cue.cue.role === 'verb' && TRAILING_PARTICIPLE.test(text.slice(cue.start, cue.end)) && /,\s*$/u.test(text.slice(Math.max(context.sentence.start, cue.start - 8), cue.start))) {
    const main = mainSubject(text, cue.start, context, resolve);
    if (main) return main;
  }
  // "…, likely setting conditions to demand …": a cue in a trailing participle's phrase shares the main clause's subject too.
  if (inTrailingParticiplePhrase(text, cue, context)) {
    const main = mainSubject(text, cue.start, context, resolve);
    if (main) return main;
  }
  // "Russia is not a country seeking guarantees": a participle after an indefinite noun describes that noun, not the subject.
  if (cue.cue.role === 'verb' && TRAILING_PARTICIPLE.test(text.slice(cue.start, cue.end)) && INDEFINITE_NOUN.test(text.slice(Math.max(context.sentence.start, cue.start - 60), cue.start))) return undefined;
  // "requested a meeting which was rejected": an agentless passive names what was refused, not who refused it.
  if (isAgentlessPassive(text, cue, context)) return context.speaker?.actor.party ? { actor: context.speaker.actor, via: 'speaker' } : undefined;
  const possessor = possessorBefore(text, cue.start, context);
  if (cue.cue.role === 'noun') {
    const owner = (cue.cue.ownerOnly && possessor && !ownsNearby(text, possessor, cue) ? undefined : possessor) ?? ownerRightBefore(text, cue.start, context);
    if (owner) return { actor: owner, via: 'possessor' };
    // "Kyiv renewed its bid to join NATO": a possessive pronoun hands the noun to the clause's subject.
    if (cue.cue.ownerOnly && !PRONOUN_POSSESSOR.test(text.slice(Math.max(context.sentence.start, cue.start - 16), cue.start))) return undefined;
  }
  if (cue.cue.role === 'modal') {
    const speaker = inQuote(cue, context) ? context.quoteSpeaker ?? context.speaker : sourceAt(text, cue.start, context);
    if (speaker?.actor.party && speaksFor(text, speaker, cue, context)) return { actor: speaker.actor, via: 'speaker' };
    if (possessor) return { actor: possessor, via: 'possessor' };
    // Reported speech runs on: "Putin spoke of … This meant that Ukraine should …".
    const carried = context.carriedSpeaker;
    return !speaker && carried?.actor.party ? { actor: carried.actor, via: 'discourse' } : undefined;
  }
  // "Ukraine's neutral status is a precondition," he said: a predicate states the speaker's view.
  if (cue.cue.role === 'predicate') {
    const head = cue.cue.id === 'suits-predicate' ? PREDICATE_OBJECT : PREDICATE_FOR;
    const beneficiary = context.actors.find((actor) => actor.kind === 'party' && actor.start >= cue.end && head.test(text.slice(cue.end, actor.start)));
    if (beneficiary) return { actor: beneficiary, via: 'agent' };
    const judge = context.actors.find(
      (actor) => actor.kind === 'party' && actor.end <= cue.start && OPENING_FOR.test(text.slice(context.sentence.start, actor.start)) && /^\s*,/u.test(text.slice(actor.end, actor.end + 3)),
    );
    if (judge) return { actor: judge, via: 'agent' };
    const speaker = inQuote(cue, context) ? context.quoteSpeaker ?? context.speaker : sourceAt(text, cue.start, context);
    if (speaker?.actor.party && speaksFor(text, speaker, cue, context)) return { actor: speaker.actor, via: 'speaker' };
  }
  // "Orban said Ukraine would never become a member": a forecast about another party is the speaker's view.
  const forecaster = forecastSpeaker(text, cue, context);
  if (forecaster) return { actor: forecaster, via: 'speaker' };
  // "…, as some have demanded": a subject that names nobody holds the stance, not the sentence's speaker.
  if (INDEFINITE_SUBJECT.test(text.slice(Math.max(context.sentence.start, cue.start - 48), cue.start))) return undefined;
  // "blocked a resolution that would support a ceasefire": a thing is the subject of the relative clause, no party.
  if (cue.cue.role === 'verb' && isThingRelative(text, cue, context)) return undefined;
  // "NATO decides who will and will not join": the subject of an embedded question is nobody named.
  if (EMBEDDED_QUESTION.test(text.slice(Math.max(context.sentence.start, cue.start - 48), cue.start))) return undefined;
  // "picked Senator JD Vance, who opposes military aid": the relative's antecedent holds it, and one no party names holds nothing.
  if (cue.cue.role === 'verb' && hasUnnamedAntecedent(text, cue, context)) return undefined;
  const subject = subjectBefore(text, cue.start, context, resolve);
  if (subject) return subject;
  const speaker = context.speaker;
  if (speaker?.actor.party) return { actor: speaker.actor, via: 'speaker' };
  return undefined;
}

// "rejected the idea of", "rejects three demands": a determiner and a few modifiers between verb and noun.
// "asked for talks amid concern over …": a subordinating word ends the verb's object.
const OBJECT_NOUN_LEAD = /^\s+(?:(?:the|a|an|any|this|that|these|those|such|its|their|his|her|all)\s+)?(?:(?!(?:amid|despite|after|before|while|because)\s)[\p{L}\p{N}-]+\s+){0,2}$/iu;

/**
 * The cue that governs what a noun cue introduces: "Kyiv rejected the idea of a frozen conflict" is
 * a refusal, not an idea of Kyiv's. A noun with an owner of its own ("Moscow's demand") stays.
 */
export function governingOfNoun(text: string, cue: CueMatch, context: SentenceContext, resolve: PronounResolver): CueMatch {
  if (cue.cue.role === 'verb') return governingOfRelative(text, cue, context);
  if (cue.cue.role !== 'noun') return cue;
  const verb = cueBefore(context, cue.start);
  // "called on NATO to rescind its offer for Ukraine to join": a noun asked to be taken back is governed by the asking verb.
  if (verb && verb.cue.role === 'verb' && verb.cue.stance === 'demand' && TAKEN_BACK_NOUN_LEAD.test(text.slice(verb.end, cue.start))) return verb;
  if (!verb || verb.cue.role !== 'verb' || !OBJECT_NOUN_LEAD.test(text.slice(verb.end, cue.start))) return cue;
  const via = holderOf(text, cue, context, resolve)?.via;
  return via === 'possessor' || via === 'agent' ? cue : verb;
}

const TAKEN_BACK_NOUN_LEAD =
  /^\s+(?:[\p{L}’'.-]+\s+){0,3}to\s+(?:rescind|revoke|withdraw|retract|abandon|drop|scrap)\s+(?:its|their|his|her|the|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

// "would not accept any peace plan that requires it to give up territory": the plan's content is refused.
const RELATIVE_OF_OBJECT = /^\s+(?:(?:the|a|an|any|this|that|such)\s+)?(?:[\p{L}-]+\s+){0,3}(?:that|which)\s+(?:would\s+|could\s+|might\s+)?$/iu;

/** A demand in a relative clause about the object of a stance verb is that object's content: the verb governs. */
function governingOfRelative(text: string, cue: CueMatch, context: SentenceContext): CueMatch {
  if (cue.cue.stance !== 'demand') return cue;
  const verb = cueBefore(context, cue.start, (other) => other.cue.role === 'verb');
  return verb && verb.cue.stance !== 'demand' && RELATIVE_OF_OBJECT.test(text.slice(verb.end, cue.start)) ? verb : cue;
}

/** A speaker governs a cue when the verb of saying comes first, or closes the sentence ("…, Peskov said."). */
function speaksFor(text: string, speaker: Source, cue: CueMatch, context: SentenceContext): boolean {
  if (!speaker.verb || speaker.verb.start < cue.start) return true;
  return text.slice(speaker.verb.end, context.sentence.end).split(/\s+/u).length <= 8;
}

function inQuote(span: { start: number }, context: SentenceContext): boolean {
  return context.quotes.some((quote) => quote.inner.start <= span.start && span.start < quote.inner.end);
}

function agentOf(text: string, cue: CueMatch, context: SentenceContext): Actor | undefined {
  const head = cue.cue.id === 'demand-noun' ? OWNED_GOAL_HEAD : cue.cue.role === 'noun' ? NOUN_AGENT_HEAD : AGENT_HEAD;
  return context.actors.find(
    (actor) =>
      actor.kind === 'party' && actor.start > cue.end && actor.start - cue.end < 48 && head.test(text.slice(cue.end, actor.start)) && !modifiesMention(text, actor, context),
  );
}

/** "supported by EU and NATO membership": parties that name a proposition ("NATO membership") are not its agents. */
function modifiesMention(text: string, actor: Actor, context: SentenceContext): boolean {
  return context.issues.some(
    (issue) => (issue.start <= actor.start && actor.end <= issue.end) || (issue.start >= actor.end && /^\s+(?:and|or)\s+$/u.test(text.slice(actor.end, issue.start))),
  );
}

// "Ukraine, the United States and other Western countries have called for …": the list goes on past the holder.
const LIST_CONTINUES = /^\s*,?\s*(?:and|as well as)\s/iu;
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+|,?\s*along with\s+)(?:the\s+|its\s+|their\s+)?$/iu;

/** Every party that holds a stance: a group's members, and subjects coordinated with the holder ("Moscow and Kyiv agreed"). */
export function holdersOf(text: string, holding: Holding, context: SentenceContext, resolve: PronounResolver): PartyId[] {
  const parties = [...(holding.actor.members ?? (holding.actor.party ? [holding.actor.party] : []))];
  if (holding.via === 'agent') return [...new Set([...parties, ...furtherAgents(text, holding.actor, context)])];
  if (holding.via !== 'subject') return parties;
  let current = holding.actor;
  // "X, Y and Z agreed": the conjunction comes last, so a bare comma only continues a list that has one.
  let listed = false;
  for (const actor of [...context.actors].reverse()) {
    if (actor.end > current.start || (actor.kind !== 'party' && actor.kind !== 'pronoun') || (actor.kind === 'party' && !actor.party)) continue;
    const between = text.slice(actor.end, current.start);
    if (!COORDINATION.test(between) || (!listed && !/\b(?:and|as well as|along with)\b/iu.test(between) && !LIST_CONTINUES.test(text.slice(holding.actor.end, holding.actor.end + 40)))) break;
    // "he and Putin agreed": a pronoun in the list stands for whom it refers to.
    const named = actor.kind === 'pronoun' ? resolve(actor, context) : actor;
    if (!named?.party) break;
    listed = true;
    parties.push(...(named.members ?? [named.party]));
    current = actor;
  }
  return [...new Set(parties)];
}

/** Agents listed after the first: "from Ukraine, from the European Union and from the United States". */
function furtherAgents(text: string, first: Actor, context: SentenceContext): PartyId[] {
  const parties: PartyId[] = [];
  let current = first;
  for (const actor of context.actors) {
    if (actor.start < current.end || actor.kind !== 'party' || !actor.party) continue;
    if (!FURTHER_AGENT.test(text.slice(current.end, actor.start))) break;
    parties.push(...(actor.members ?? [actor.party]));
    current = actor;
  }
  return parties;
}

/** A party named in the possessive shortly before `offset` ("Russia's long-standing position on …"). */
export function possessorBefore(text: string, offset: number, context: Pick<SentenceContext, 'actors'>): Actor | undefined {
  return context.actors.find(
    (actor) => actor.kind === 'party' && actor.end <= offset && offset - actor.end < 60 && POSSESSIVE_TAIL.test(text.slice(actor.end, offset)),
  );
}

// "Ukraine’s long-held hopes of …" (one word at most), not "Putin's absence punctured hopes of …", whose owner is another noun.
const NEAR_POSSESSIVE_TAIL = /^['’]s?\s+(?:[\p{L}\p{N}-]+\s+)?$/u;

function ownsNearby(text: string, possessor: Actor, cue: CueMatch): boolean {
  return NEAR_POSSESSIVE_TAIL.test(text.slice(possessor.end, cue.start));
}

/** A party named right before a noun: "Kremlin demands", "Russian conditions". */
export function ownerRightBefore(text: string, offset: number, context: Pick<SentenceContext, 'actors'>): Actor | undefined {
  return context.actors.find((actor) => actor.kind === 'party' && actor.end < offset && /^\s+$/u.test(text.slice(actor.end, offset)));
}

// "will never become", "would not join": a future about what happens to the subject, not a refusal by it.
const FORECAST = /^\s+(?:(?:ever|be able to|likely)\s+)?(?:become|be|join|get|gain|receive|win|regain)(?![\p{L}])/iu;

/** The speaker of a forecast about another party ("Orban said that Ukraine would never become …"). */
function forecastSpeaker(text: string, cue: CueMatch, context: SentenceContext): Actor | undefined {
  if ((cue.cue.id !== 'never' && cue.cue.id !== 'will-not') || !FORECAST.test(text.slice(cue.end, cue.end + 24))) return undefined;
  const speaker = sourceAt(text, cue.start, context)?.actor;
  const subject = context.actors.filter((actor) => actor.kind === 'party' && actor.end <= cue.start).at(-1);
  return speaker?.party && subject?.party && speaker.party !== subject.party ? speaker : undefined;
}

// "…, weapons that threaten Belarus,” likely setting conditions to demand …": a comma (and a closing quote), an adverb, a participle and a few words.
const TRAILING_PARTICIPLE_PHRASE = /,["”’]?\s+(?:\p{L}+ly\s+)?\p{L}+ing\s+(?:[^\s,;.]+\s+){0,4}$/u;

/** Whether the cue stands in a trailing participle's phrase that names no actor of its own before the cue. */
function inTrailingParticiplePhrase(text: string, cue: CueMatch, context: SentenceContext): boolean {
  const from = Math.max(context.sentence.start, cue.start - 80);
  const match = TRAILING_PARTICIPLE_PHRASE.exec(text.slice(from, cue.start));
  if (!match) return false;
  const start = from + match.index;
  return !context.actors.some((actor) => actor.start >= start && actor.end <= cue.start);
}

const RELATIVE_WHO = /,\s*who\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;

/** Whether the cue opens a ", who …" relative clause whose antecedent, right before the comma, is no actor. */
function hasUnnamedAntecedent(text: string, cue: CueMatch, context: SentenceContext): boolean {
  const from = Math.max(context.sentence.start, cue.start - 40);
  const match = RELATIVE_WHO.exec(text.slice(from, cue.start));
  if (!match) return false;
  const comma = from + match.index;
  return !context.actors.some((actor) => actor.end <= comma && /^["”’)\]]?\s*$/u.test(text.slice(actor.end, comma)));
}

/** A past participle after "which was", with no agent named: "a meeting which was rejected". */
function isAgentlessPassive(text: string, cue: CueMatch, context: SentenceContext): boolean {
  if (cue.cue.role !== 'verb' || !PAST_PARTICIPLE.test(text.slice(cue.start, cue.end))) return false;
  if (/^\s+(?:to|in|on|with|for|that|by)(?![\p{L}])/iu.test(text.slice(cue.end, cue.end + 6))) return false;
  return PASSIVE_AUXILIARY.test(text.slice(Math.max(context.sentence.start, cue.start - 30), cue.start));
}

/** The subject of the sentence's main clause: the first actor before `offset` that can stand as one. */
function mainSubject(text: string, offset: number, context: SentenceContext, resolve: PronounResolver): Holding | undefined {
  const first = subjectCandidates(text, offset, context, MAX_MAIN_SUBJECT_DISTANCE).at(-1);
  if (first?.kind === 'party') return { actor: first, via: 'subject' };
  const resolved = first?.kind === 'pronoun' ? resolve(first, context) : undefined;
  return resolved?.party ? { actor: resolved, via: 'discourse' } : undefined;
}

/** The nearest actor before `offset` that stands as a subject, with pronouns resolved. */
export function subjectBefore(text: string, offset: number, context: SentenceContext, resolve: PronounResolver): Holding | undefined {
  for (const actor of subjectCandidates(text, offset, context, MAX_SUBJECT_DISTANCE)) {
    if (text.slice(actor.end, offset).includes(';')) return undefined;
    if (actor.kind === 'party') return { actor, via: 'subject' };
    if (actor.kind === 'pronoun') {
      const resolved = resolve(actor, context);
      return resolved?.party ? { actor: resolved, via: 'discourse' } : undefined;
    }
    // A commentator or analyst is the subject: they characterize, they hold nothing.
    return undefined;
  }
  return undefined;
}

// "a resolution that would condemn … and support": a noun phrase, then a modal relative clause running up to the cue.
const THING_RELATIVE = /(?<![\p{L}])(?:a|an|the|any|this|that)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*,?\s+(?:that|which)\s+(?:would|will|could|might|may|can)\s+(?:[^\s,;.]+\s+){0,8}?(?:and\s+)?$/iu;

function isThingRelative(text: string, cue: CueMatch, context: SentenceContext): boolean {
  const from = Math.max(context.sentence.start, cue.start - 120);
  const match = THING_RELATIVE.exec(text.slice(from, cue.start));
  if (!match) return false;
  const start = from + match.index;
  // "the Kremlin, which would support …": a party is the antecedent, and holds the stance.
  return !context.actors.some((actor) => actor.end > start && actor.start < cue.start);
}

const INDEFINITE_SUBJECT =
  /(?<![\p{L}])(?:some|others|many|few|several|everyone|nobody|someone|no one)\s+(?:(?:have|has|had|are|is|were|was|would|will|also|long|repeatedly|now|already|previously)\s+)*$/iu;
const EMBEDDED_QUESTION =
  /(?<![\p{L}])(?:decides?|decided|deciding|determines?|determined|chooses?|chose|choosing|knows?|knew|asks?|asked|wonders?|wondered)\s+who\s+(?:(?:will|would|can|could|should|may|might|does|do|did)\s+(?:and|or)\s+)?$/iu;
// "receiving assurances that Ukraine will not join NATO": the subject of what is assured is not who wants it.
const CONTENT_NOUN_THAT = /(?<![\p{L}])(?:assurances?|guarantees?|promises?|pledges?|commitments?|demands?|insistence|conditions?|requirements?)\s+that\s+(?:the\s+)?$/iu;

/** The actors before `offset` that may be its subject, nearest first. */
function subjectCandidates(text: string, offset: number, context: SentenceContext, maxDistance: number): Actor[] {
  return context.actors
    .filter((actor) => actor.end <= offset && offset - actor.end <= maxDistance)
    .filter((actor) => !isPrepositionalObject(text, actor, context.sentence.start))
    .filter((actor) => !CONTENT_NOUN_THAT.test(text.slice(Math.max(context.sentence.start, actor.start - 40), actor.start)))
    .filter((actor) => !inParenthesisBefore(text, actor, offset, context.sentence.start))
    // "a Ukraine peace deal": a party named after an indefinite article modifies a noun.
    .filter((actor) => !INDEFINITE_BEFORE.test(text.slice(Math.max(context.sentence.start, actor.start - 4), actor.start)))
    // "some Europeans", "most Ukrainians", "60% of Americans": part of a people, not its government.
    .filter((actor) => !QUANTIFIED.test(text.slice(Math.max(context.sentence.start, actor.start - 24), actor.start)))
    .filter((actor) => !isPossessiveOfObject(text, actor, offset, context.sentence.start))
    // "would not join NATO": a party named inside a proposition is its object; "Ukraine's renunciation
    // of NATO membership" names the proposition's owner.
    .filter((actor) => !context.issues.some((issue) => (issue.start <= actor.start && actor.end <= issue.end) || ownsMention(text, actor, issue)))
    .sort((a, b) => b.end - a.end);
}

const DASH = /\s[–—-]\s|\s[–—]|[–—]\s/u;
const DASHES = new RegExp(DASH.source, 'gu');

/** "the Russians would – as Witkoff claimed – agree": an actor in a dashed aside that closes before `offset`. */
function inParenthesisBefore(text: string, actor: Span, offset: number, sentenceStart: number): boolean {
  const opened = (text.slice(Math.max(sentenceStart, actor.start - MAX_ASIDE_LENGTH), actor.start).match(DASHES) ?? []).length % 2 === 1;
  return opened && DASH.test(text.slice(actor.end, offset));
}

const OWNED_MENTION_LEAD = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u;

function ownsMention(text: string, actor: Actor, mention: Span): boolean {
  return mention.start > actor.end && mention.start - actor.end < 40 && OWNED_MENTION_LEAD.test(text.slice(actor.end, mention.start));
}

// "Ukraine's NATO bid" names Ukraine inside the object phrase, not as the subject of what follows it;
// "Ukraine's European allies insist" names others.
const POSSESSED_OTHERS = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:allies|partners|backers|supporters|friends|neighbou?rs|enemies|critics|opponents|adversaries)(?![\p{L}])/iu;

// "The administration’s peace initiative, revised twice, calls for …": a plan that opens its clause is its owner's, who
// holds what it says ("called Putin’s proposal manipulation" makes the plan an object).
const POSSESSED_PLAN = /^['’]s?\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:plan|proposal|initiative|blueprint|framework|roadmap|formula)s?(?![\p{L}])/iu;
const CLAUSE_OPENING = /(?:^|[,;:]\s*|(?<![\p{L}])that\s+)(?:the\s+)?$/iu;

function isPossessiveOfObject(text: string, actor: Actor, offset: number, sentenceStart: number): boolean {
  const after = text.slice(actor.end, offset);
  const ownsPlan = POSSESSED_PLAN.test(after) && CLAUSE_OPENING.test(text.slice(sentenceStart, actor.start).trimStart());
  return (/^['’]s?\s/u.test(after) && !POSSESSIVE_TAIL.test(after) && !ownsPlan) || POSSESSED_OTHERS.test(after);
}
