/** Builds a `SentenceContext` for every sentence of a document, with sources and pronouns resolved. */
import type { Doc, PartyId, Span } from '../core/index.ts';
import type { CompiledPack, ConcessionMention, IssueMention } from '../packs/index.ts';
import { findAttributions, findQuotes, splitSentences, type Quote } from '../text/index.ts';
import { bothSidesActors, collectiveActors, isPrepositionalObject, nonPartyActors, officialByTitle, partyActors, principalParties, pronounActors, roleReferences, titleFits, groupReferences, institutionReferences, lastCoordinatedParties, memberReferences, namedAsInstitution, organisationParties, type Actor } from './actors.ts';
import { ANY_STANCE_CUE, STANCE_CUES, type StanceCue } from './cues.ts';
import { paraphrasedIssues } from './paraphrased-issues.ts';
import { ownerRightBefore, possessorBefore, type PronounResolver } from './holder.ts';
import { bySentence, cueBefore, within, type CueMatch, type SentenceContext, type Source } from './sentence-context.ts';

/** The sentence contexts of a document, and a resolver for its pronouns. */
export interface DocContext {
  readonly contexts: readonly SentenceContext[];
  readonly resolvePronoun: PronounResolver;
}

/** Segments the document and gathers actors, cues, issues, quotes and sources per sentence. */
export function buildContexts(doc: Doc, pack: CompiledPack): DocContext {
  const { text } = doc;
  const span: Span = { start: doc.titleSpan?.start ?? doc.body.start, end: doc.body.end };
  const sentences = splitSentences(text, span);
  const quotes = findQuotes(text, span);
  const mentions = pack.findMentions(text, doc.date ? { date: doc.date } : {});
  const named = withTitles(partyActors(text, within(mentions.parties, span)), pack, doc.date);
  const actors = [...named, ...collectiveActors(text, span, pack.pack.parties, within(mentions.parties, span))].sort((a, b) => a.start - b.start);
  const settled = outermost(within(mentions.issues, span));
  // A proposition the pack names outright settles a concession on the same words ("the demand that it pull its forces out of Donetsk").
  const concessions = within(mentions.concessions, span).filter((concession) => !settled.some((issue) => issue.start < concession.end && concession.start < issue.end && Object.values(concession.by).includes(issue.issue)));
  const issues = withConcededWords(settled, within(mentions.concessions, span));
  const cues = findCues(text, span);
  const principals = principalParties(actors);
  const organisations = organisationParties(pack.pack.parties);
  // Pronouns and people outside the parties are found once for the whole text, then shared out by sentence.
  const others = [...pronounActors(text, span), ...nonPartyActors(text, span, actors)].sort((a, b) => a.start - b.start);
  const actorsOf = bySentence(actors, sentences);
  const othersOf = bySentence(others, sentences);
  const cuesOf = bySentence(cues, sentences);
  const issuesOf = bySentence(issues, sentences);
  const concessionsOf = bySentence(concessions, sentences);
  const quotesOf = quotesOverlapping(quotes, sentences);
  const contexts: SentenceContext[] = [];
  for (const sentence of sentences) {
    const ownActors = [...(actorsOf[sentence.index] ?? []), ...bothSidesActors(text, sentence, principals)].sort((a, b) => a.start - b.start);
    const sentenceActors = [
      ...ownActors, ...officialsReferredTo(text, sentence, ownActors, contexts), ...groupsReferredTo(text, sentence, ownActors, contexts), ...membersReferredTo(text, sentence, ownActors, contexts, organisations),
      ...institutionsReferredTo(text, sentence, ownActors, contexts),
      ...plansReferredTo(text, sentence, ownActors, contexts),
    ];
    const everyActor = [...sentenceActors, ...(othersOf[sentence.index] ?? [])].sort((a, b) => a.start - b.start);
    const sentenceQuotes = quotesOf[sentence.index] ?? [];
    const base = {
      sentence,
      actors: everyActor,
      cues: cuesOf[sentence.index] ?? [],
      issues: withParaphrases(text, pack, sentence, cuesOf[sentence.index] ?? [], issuesOf[sentence.index] ?? []),
      concessions: concessionsOf[sentence.index] ?? [],
      quotes: sentenceQuotes,
    };
    const sources = sourcesOf(text, base, sentenceQuotes, contexts.at(-1));
    const speaker = sources[0] ?? colonSpeaker(text, base, sentenceQuotes);
    const quoteSpeaker = sentenceQuotes.length > 0 ? speaker ?? carriedQuoteSpeaker(text, sentence, contexts.at(-1)) ?? introducedSpeaker(text, sentence, contexts.at(-1)) : undefined;
    const previous = contexts.at(-1);
    // The innermost speaker of the sentence before ("X added that Putin spoke of …") carries on.
    const carriedSpeaker = previous && sentence.line - previous.sentence.line <= 1 ? previous.sources.at(-1) : undefined;
    contexts.push({ ...base, sources, ...(speaker ? { speaker } : {}), ...(quoteSpeaker ? { quoteSpeaker } : {}), ...(carriedSpeaker ? { carriedSpeaker } : {}) });
  }
  return { contexts, resolvePronoun: pronounResolver(text, contexts) };
}

const ROLE_LOOK_BACK_SENTENCES = 3;
// How many actors back a reference looks: enough for any real sentence, and a giant line stays linear.
const REFERENCE_REACH = 12;

/** The last few actors that end before `offset`. */
function actorsJustBefore(actors: readonly Actor[], offset: number): Actor[] {
  const end = actors.findIndex((actor) => actor.end > offset);
  return actors.slice(Math.max(0, (end === -1 ? actors.length : end) - REFERENCE_REACH), end === -1 ? actors.length : end);
}

/**
 * "Putin met Witkoff. The president said …": a bare title stands for the official named last, in this
 * sentence or the few before, whose title fits it; with none, it names nobody.
 */
function officialsReferredTo(text: string, sentence: Span, own: readonly Actor[], earlier: readonly SentenceContext[]): Actor[] {
  const references = roleReferences(text, sentence, own);
  if (references.length === 0) return [];
  const before = earlier.slice(-ROLE_LOOK_BACK_SENTENCES).flatMap((context) => context.actors.filter((actor) => actor.official)).slice(-REFERENCE_REACH);
  return references.flatMap((reference) => {
    const named = [...before, ...actorsJustBefore(own, reference.start)].filter((actor) => actor.official && titleFits(actor.official, reference.titleWords)).at(-1);
    return named ? [{ ...named, start: reference.start, end: reference.end }] : [];
  });
}

/** "Ukraine and Russia met. The countries agreed …": a plural stands for the parties last named together, here or just before. */
function groupsReferredTo(text: string, sentence: Span, own: readonly Actor[], earlier: readonly SentenceContext[]): Actor[] {
  return groupReferences(text, sentence, own).flatMap((reference) => {
    const here = lastCoordinatedParties(text, actorsJustBefore(own, reference.start));
    const members = here.length > 0 ? here : lastCoordinatedParties(text, (earlier.at(-1)?.actors ?? []).slice(-REFERENCE_REACH));
    return members.length > 0 ? [{ kind: 'party' as const, party: members[0]!, members, start: reference.start, end: reference.end }] : [];
  });
}

/** "NATO leaders met. Member states agreed …": an organisation's members stand for the organisation named last, here or just before. */
function membersReferredTo(text: string, sentence: Span, own: readonly Actor[], earlier: readonly SentenceContext[], organisations: ReadonlySet<PartyId>): Actor[] {
  const references = memberReferences(text, sentence, own);
  if (references.length === 0) return [];
  const before = earlier.slice(-ROLE_LOOK_BACK_SENTENCES).flatMap((context) => context.actors).slice(-REFERENCE_REACH);
  return references.flatMap((reference) => {
    const organisation = [...before, ...actorsJustBefore(own, reference.start)].filter((actor) => actor.party && organisations.has(actor.party)).at(-1);
    return organisation?.party ? [{ kind: 'party' as const, party: organisation.party, speaks: true, start: reference.start, end: reference.end }] : [];
  });
}

/** "The Trump administration … The administration said …": a bare institution stands for the party last named as it, here or just before. */
function institutionsReferredTo(text: string, sentence: Span, own: readonly Actor[], earlier: readonly SentenceContext[]): Actor[] {
  const references = institutionReferences(text, sentence, own);
  if (references.length === 0) return [];
  return references.flatMap((reference) => {
    const here = actorsJustBefore(own, reference.start).filter((actor) => actor.party && namedAsInstitution(text, actor, reference.noun)).at(-1);
    const named = here ?? lastNamedAsInstitution(text, earlier, reference.noun);
    return named?.party ? [{ kind: 'party' as const, party: named.party, speaks: true, start: reference.start, end: reference.end }] : [];
  });
}

// The institution named anywhere before: "the administration" keeps meaning the same government through an article.
function lastNamedAsInstitution(text: string, earlier: readonly SentenceContext[], noun: string): Actor | undefined {
  for (let index = earlier.length - 1; index >= 0; index--) {
    const named = earlier[index]!.actors.filter((actor) => actor.party && namedAsInstitution(text, actor, noun)).at(-1);
    if (named) return named;
  }
  return undefined;
}

/**
 * The sentence's issue mentions; where the pack's cues name none, issues its stance cues govern in
 * other words. Beside an issue named by the pack's words, a guessed second one was wrong more often
 * than right.
 */
function withParaphrases(text: string, pack: CompiledPack, sentence: Span, cues: readonly CueMatch[], issues: IssueMention[]): IssueMention[] {
  return issues.length > 0 ? issues : paraphrasedIssues(text, pack.pack, sentence, cues);
}

/**
 * "abandon the remainder of Donbas": the giving up that a settled concession names is the proposition itself,
 * so its words open the mention rather than negate it from before.
 */
function withConcededWords(issues: readonly IssueMention[], concessions: readonly ConcessionMention[]): IssueMention[] {
  return issues.map((issue) => {
    const conceded = concessions.find((concession) => concession.start < issue.start && issue.start < concession.end && Object.values(concession.by).includes(issue.issue));
    return conceded ? { ...issue, start: conceded.start } : issue;
  });
}

/** Drops mentions that lie inside a longer mention of another issue: "a local ceasefire" names only the partial one. */
function outermost(mentions: IssueMention[]): IssueMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((mention, index) => {
    // Only mentions starting at or before this one can contain it; mentions are short, so look back a few.
    for (let i = index - 1; i >= 0 && i >= index - 8; i--) {
      const other = sorted[i]!;
      if (other.end >= mention.end && other.end - other.start > mention.end - mention.start) return false;
    }
    return !sorted.slice(index + 1, index + 8).some((other) => other.start === mention.start && other.end > mention.end);
  });
}

/**
 * The quotations that overlap each sentence, in one sweep: quotations come in order of their opening
 * mark (a nested one inside its parent) and sentences in order, so one closed before a sentence is
 * closed before every later one.
 */
function quotesOverlapping(quotes: readonly Quote[], sentences: readonly Span[]): Quote[][] {
  let first = 0;
  return sentences.map((sentence) => {
    while (first < quotes.length && quotes[first]!.span.end <= sentence.start) first++;
    const overlapping: Quote[] = [];
    for (let i = first; i < quotes.length && quotes[i]!.span.start < sentence.end; i++) {
      if (sentence.start < quotes[i]!.span.end) overlapping.push(quotes[i]!);
    }
    return overlapping;
  });
}

/** Every stance cue in the span; where two overlap, the longer one wins. */
function findCues(text: string, span: Span): CueMatch[] {
  const found: CueMatch[] = [];
  for (const match of text.slice(span.start, span.end).matchAll(ANY_STANCE_CUE)) {
    const start = span.start + (match.index ?? 0);
    const cue = STANCE_CUES[match.findIndex((group, index) => index > 0 && group !== undefined) - 1];
    // "in a proposed security agreement": a participle after an article describes a thing, it states no stance.
    if (cue && !(/ed$/iu.test(match[0]) && ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start)))) {
      found.push({ start, end: start + match[0].length, cue: asNounWhereUsedAsNoun(text, start, match[0], cue, found.at(-1)) });
    }
  }
  const kept: CueMatch[] = [];
  for (const match of found) {
    const last = kept.at(-1);
    if (last && match.start < last.end) {
      if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}

const ARTICLE_BEFORE = /(?<![\p{L}])an?\s+$/iu;
const NOUN_FORM = /^(?:demands?|calls?(?: for)?|offers?|proposals?|requests?|plans?)$/iu;
// A determiner or a number before the word ("three demands", "the new demands"), or a nationality
// adjective ("Russian calls for"); with a word between, it may be the subject ("its partners demand").
const DETERMINER = String.raw`(?:['’]s?|(?<![\p{L}\p{N}/.-])(?:the|a|an|its|their|his|her|this|that|these|those|any|our|your|whose|such|two|three|four|five|six|several|many|\p{N}+))`;
const DETERMINER_RIGHT_BEFORE = new RegExp(`${DETERMINER} +$`, 'iu');
const DETERMINER_BEFORE = new RegExp(`${DETERMINER} +(?:[\\p{L}-]+ +)?$`, 'iu');
const NATIONALITY_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:an|ese|ish) +$/u;
// "The Kremlin demands that Ukraine …", "its partners demand that …": a verb that introduces a clause.
const VERB_AFTER = /^\s+that\s/iu;
// The first plain noun cue of the lexicon for each stance and strength (reversed, so the first is kept last).
const NOUN_CUES = new Map(STANCE_CUES.filter((cue) => cue.role === 'noun' && !cue.ownerOnly).reverse().map((cue) => [cue.stance + cue.strength, cue]));

/**
 * "Moscow's demand", "that offer", "dismissed calls for": a verb-or-noun word after a determiner or
 * right after a verb is the noun, owned rather than done.
 */
function asNounWhereUsedAsNoun(text: string, start: number, word: string, cue: StanceCue, previous: CueMatch | undefined): StanceCue {
  if (cue.role === 'noun' || !NOUN_FORM.test(word)) return cue;
  const before = text.slice(Math.max(0, start - 40), start);
  const afterVerb = previous?.cue.role === 'verb' && /^ +$/u.test(text.slice(previous.end, start));
  if (!afterVerb && !DETERMINER_BEFORE.test(before) && !NATIONALITY_BEFORE.test(before)) return cue;
  if (!DETERMINER_RIGHT_BEFORE.test(before) && VERB_AFTER.test(text.slice(start + word.length, start + word.length + 6))) return cue;
  return NOUN_CUES.get(cue.stance + cue.strength) ?? NOUN_CUES.get(`${cue.stance}firm`) ?? cue;
}

/** Adjective actors with a title ("the Russian president") name the official who holds it. */
function withTitles(actors: Actor[], pack: CompiledPack, date: string | undefined): Actor[] {
  return actors.map((actor) => {
    if (actor.official || !actor.party || !actor.role) return actor;
    const official = officialByTitle(pack, actor.party, actor.role, date);
    return official ? { ...actor, official, name: official.name } : actor;
  });
}

/** Who the sentence's statements are attributed to: every attribution whose speaker resolves to an actor, in order. */
function sourcesOf(
  text: string,
  context: Pick<SentenceContext, 'sentence' | 'actors'>,
  quotes: readonly Quote[],
  previous: SentenceContext | undefined,
): Source[] {
  const sources: Source[] = [];
  for (const { verb, speaker } of findAttributions(text, context.sentence, quotes.map((quote) => quote.span))) {
    const source = sourceOf(text, context, verb, speaker, previous);
    if (source) sources.push(source);
  }
  return sources;
}

/** The actor a verb of saying names as its speaker, with pronouns and bare roles resolved from the sentence before. */
function sourceOf(text: string, context: Pick<SentenceContext, 'actors'>, verb: Span, speaker: Span, previous: SentenceContext | undefined): Source | undefined {
  // "Foreign Minister Sergey Lavrov outlined demands and stated …": a name cut by the span's word limit still speaks.
  const inSpeaker = context.actors.filter((actor) => actor.end > speaker.start && actor.end <= speaker.end);
  // "Ukraine's European allies said": the possessor is not the one who speaks.
  const heads = inSpeaker.filter((a) => a.kind === 'party' && !/^['’]s?\s/u.test(text.slice(a.end, a.end + 3)));
  const actor =
    heads.find((a) => a.official) ??
    heads[0] ??
    staffOf(inSpeaker.find((a) => a.kind === 'party')) ??
    inSpeaker.at(-1) ??
    namedIn(text, speaker) ??
    soleSubjectBefore(context, verb.start);
  if (!actor) return undefined;
  if (actor.kind === 'pronoun') {
    const resolved = previous?.speaker?.actor ?? lastPerson(previous);
    return resolved ? { actor: resolved, verb } : undefined;
  }
  if (actor.kind === 'person' && !/\p{Lu}/u.test(actor.name?.[0] ?? '') && previous) {
    // "the observer emphasized": the role refers back to the commentator named before.
    const named = previous.speaker?.actor.kind === 'person' ? previous.speaker.actor : undefined;
    return { actor: named ?? actor, verb };
  }
  return { actor, verb };
}

/** "Putin's spokesman", "Zelensky's chief of staff": the official's staff speak for the party, but the official is not the speaker. */
function staffOf(possessor: Actor | undefined): Actor | undefined {
  if (!possessor?.official) return possessor;
  const { official: _official, name: _name, ...party } = possessor;
  return { ...party, speaks: true };
}

// 'Zelensky: "We will not …"', '**Quote from Zelensky:** "…"': a name and a colon introduce a quotation.
const COLON_BEFORE_QUOTE = /^[\s*_]*:[\s*_]*$/u;

/** The party actor named right before a colon that opens the sentence's first quotation. */
function colonSpeaker(text: string, context: Pick<SentenceContext, 'actors'>, quotes: readonly Quote[]): Source | undefined {
  const quote = quotes[0];
  if (!quote) return undefined;
  const actor = context.actors.filter((a) => a.kind === 'party' && a.end <= quote.span.start).at(-1);
  return actor && COLON_BEFORE_QUOTE.test(text.slice(actor.end, quote.span.start)) ? { actor } : undefined;
}

/** "The delegation offered … but stated …": with no speaker named by the verb, the only party named before it. */
function soleSubjectBefore(context: Pick<SentenceContext, 'actors'>, offset: number): Actor | undefined {
  const before = context.actors.filter((actor) => actor.end <= offset && actor.kind === 'party');
  return before.length === 1 ? before[0] : undefined;
}

/** A lone capitalised word as the speaker of a verb of saying is a person's name ("Korotchenko says"). */
function namedIn(text: string, speaker: Span): Actor | undefined {
  const name = /\p{Lu}[\p{L}'’-]+$/u.exec(text.slice(speaker.start, speaker.end));
  if (!name) return undefined;
  const start = speaker.start + name.index;
  return { kind: 'person', start, end: speaker.end, name: name[0] };
}

// A quotation that runs on from the previous sentence keeps that sentence's speaker.
function carriedQuoteSpeaker(text: string, sentence: Span, previous: SentenceContext | undefined): Source | undefined {
  if (!previous) return undefined;
  const startsInQuote = previous.quotes.some((quote) => quote.span.end > sentence.start);
  return startsInQuote || /^["“]/u.test(text.slice(sentence.start, sentence.start + 1)) ? previous.quoteSpeaker ?? previous.speaker : undefined;
}

// "Peskov was blunt.", "Zelensky put it this way:": a short sentence about one official introduces the quotation after it.
const MAX_INTRODUCTION_WORDS = 7;

/** The official a short sentence just before introduces, when this sentence opens with a quotation. */
function introducedSpeaker(text: string, sentence: Span, previous: SentenceContext | undefined): Source | undefined {
  if (!previous || previous.quotes.length > 0 || !/^["“]/u.test(text.slice(sentence.start, sentence.start + 1))) return undefined;
  const body = text.slice(previous.sentence.start, previous.sentence.end);
  if (!/:\s*$/u.test(body) && body.trim().split(/\s+/u).length > MAX_INTRODUCTION_WORDS) return undefined;
  const parties = previous.actors.filter((actor) => actor.kind === 'party');
  const official = parties[0];
  return official?.official && parties.every((actor) => actor.party === official.party) ? { actor: official } : undefined;
}

function lastPerson(context: SentenceContext | undefined): Actor | undefined {
  return context?.actors.filter((actor) => actor.kind === 'party' && actor.official).at(-1);
}

/**
 * The owners of the proposals named before `limit` in a sentence, placed where the proposal stands;
 * a proposal that is the object of a verb ("Russia rejected Zelensky's plan, saying it …") is not, unless `asObject`.
 */
function proposalOwners(text: string, context: SentenceContext, limit: number, asObject = false): Actor[] {
  return context.cues
    .filter((cue) => cue.cue.id === 'proposal-noun' && cue.end <= limit)
    .flatMap((cue) => {
      // "Washington's plan", "the US proposal".
      const owner = possessorBefore(text, cue.start, context) ?? ownerRightBefore(text, cue.start, context);
      const verb = cueBefore(context, owner?.start ?? 0);
      const isObject = verb !== undefined && /^\s+(?:\p{L}+\s+){0,2}$/u.test(text.slice(verb.end, owner?.start ?? 0));
      // "The plan …" referring to a plan named before: the reference carries its owner.
      const referred = context.actors.find((actor) => actor.party && actor.start <= cue.start && cue.end <= actor.end);
      return owner && (asObject || !isObject) ? [{ ...owner, start: cue.start, end: cue.end }] : referred ? [{ ...referred, start: cue.start, end: cue.end }] : presenterOf(text, cue, context);
    });
}

// "Trump has presented a 28-point plan", "Kyiv unveiled its own peace proposal": who puts a plan forward owns it.
const PRESENTED =
  /(?<![\p{L}])(?:present|unveil|put forward|table|draft|drew up|drawn up|submit|publish|(?:came|come|comes) up with)\p{L}{0,3}\s+(?:(?:a|an|the|its|his|her|their|own|new|revised)\s+)*(?:[\p{L}\p{N}"“”'’-]+\s+){0,3}$/iu;

function presenterOf(text: string, plan: CueMatch, context: SentenceContext): Actor[] {
  const verb = PRESENTED.exec(text.slice(Math.max(context.sentence.start, plan.start - 80), plan.start));
  if (!verb) return [];
  const verbStart = plan.start - (text.slice(Math.max(context.sentence.start, plan.start - 80), plan.start).length - verb.index);
  const presenter = context.actors.filter((actor) => actor.kind === 'party' && actor.party && actor.end <= verbStart && verbStart - actor.end <= 40).at(-1);
  return presenter ? [{ ...presenter, start: plan.start, end: plan.end }] : [];
}

// "Among other things, the proposal requires …": a plan named again, opening its clause, without an owner of its own.
const PLAN_REFERENCE = /(?<=(?:^|[,;:]\s*|(?<![\p{L}])that\s+))the\s+(?:[\p{L}\p{N}"“”-]+\s+){0,2}?(?:plan|proposal|initiative|blueprint|framework|document)(?![\p{L}])/giu;
const PLAN_REFERENCE_SENTENCES = 3;

/** A plan referred to as "the plan" stands for its owner: the owner of the last plan named in the sentences just before. */
function plansReferredTo(text: string, sentence: Span, own: readonly Actor[], earlier: readonly SentenceContext[]): Actor[] {
  const body = text.slice(sentence.start, sentence.end);
  return [...body.matchAll(PLAN_REFERENCE)].flatMap((match) => {
    const start = sentence.start + (match.index ?? 0);
    const end = start + match[0].length;
    if (own.some((actor) => actor.start >= start && actor.end <= end)) return [];
    for (let index = earlier.length - 1; index >= Math.max(0, earlier.length - PLAN_REFERENCE_SENTENCES); index--) {
      // "Russia rejected Zelensky's plan. The plan calls for …": a plan named as an object is still its owner's.
      const owner = proposalOwners(text, earlier[index]!, Number.POSITIVE_INFINITY, true).at(-1);
      if (owner?.party) return [{ kind: 'party' as const, party: owner.party, start, end }];
    }
    return [];
  });
}

const MAX_PRONOUN_CHAIN = 3;

/** Resolves he/she to the last official named, it/they to the last party acting, we/I to the quote's speaker. */
function pronounResolver(text: string, contexts: readonly SentenceContext[]): PronounResolver {
  // How many sentences back a chain of "it … it …" is followed: a long run of them stays shallow.
  let chain = 0;
  const resolve: PronounResolver = (pronoun, context) => {
    if (pronoun.pronoun === 'we' || pronoun.pronoun === 'i') {
      const quotes = context.quotes.filter((quote) => quote.inner.start <= pronoun.start && pronoun.start < quote.inner.end);
      const nested = quotes.find((quote) => quote.parent !== undefined);
      const nestedSpeaker = nested ? quotedWithin(text, nested, context, resolve) : undefined;
      return nestedSpeaker ?? (quotes.length > 0 ? (context.quoteSpeaker ?? context.speaker)?.actor : undefined);
    }
    const index = context.sentence.index;
    for (let i = index; i >= Math.max(0, index - 3); i--) {
      const sentenceStart = contexts[i]?.sentence.start ?? 0;
      // "Moscow remains open to a dialogue on Ukraine, but it will …": "it" is the subject, not the object.
      const candidates = (contexts[i]?.actors ?? []).filter(
        (actor) => actor.kind === 'party' && (i < index || actor.end <= pronoun.start) && !isPrepositionalObject(text, actor, sentenceStart),
      );
      const person = pronoun.pronoun === 'he' || pronoun.pronoun === 'she';
      const fitting = candidates.filter((actor) => (person ? actor.official !== undefined : actor.official === undefined));
      // "The US administration's plan … It also suggested …": "it" may stand for a proposal, held by its owner.
      if (pronoun.pronoun === 'it' && contexts[i]) fitting.push(...proposalOwners(text, contexts[i]!, i < index ? Number.POSITIVE_INFINITY : pronoun.start));
      fitting.sort((a, b) => a.end - b.end);
      // "Trump hosted Zelensky and said he would …": within its own sentence "he" is the subject; "The US
      // proposal would oblige NATO to … It would also …": a pronoun opening a sentence continues the
      // subject of the one before. "Russian negotiators demanded Kyiv pull out before they would agree":
      // "they" agrees with a plural.
      const plural = pronoun.pronoun === 'they' ? fitting.filter((actor) => isPlural(text, actor)) : [];
      const subjectFirst = i < index || person;
      // "The plan would … Further, it would … It would also …": a chain of the same pronoun keeps its referent.
      const opening = i < index ? contexts[i]!.actors.find((actor) => actor.kind !== 'person') : undefined;
      if (opening?.kind === 'pronoun' && opening.pronoun === pronoun.pronoun && (fitting[0] === undefined || opening.start < fitting[0].start) && chain < MAX_PRONOUN_CHAIN) {
        chain++;
        const referent = resolve(opening, contexts[i]!);
        chain--;
        return referent;
      }
      const match = subjectFirst ? (plural[0] ?? fitting[0]) : (plural.at(-1) ?? fitting.at(-1));
      if (match) return match;
    }
    return undefined;
  };
  return resolve;
}

// "Paris" and "the US" end in s without being plural: only plural heads of groups and people count.
const PLURAL_HEAD = /(?:ans|ers|ors|ies|ists|ites|states|nations|governments|officials|diplomats|delegates|authorities|lawmakers|forces|envoys)$/u;

/** "Russian negotiators", "both sides", "the Europeans": an actor that "they" can stand for rather than "it". */
function isPlural(text: string, actor: Actor): boolean {
  return actor.members !== undefined || PLURAL_HEAD.test(text.slice(actor.start, actor.end));
}

// '"They said: ‘Yes, we listened …’," Lavrov said': a quotation inside a quotation, with its own speaker.
const QUOTED_SAYING = /(?<![\p{L}])(\p{L}+)\s+(?:said|say|says|replied|wrote|told \p{L}+)\s*[:,]?\s*$/u;

/** The speaker a nested quotation is attributed to inside the outer one, pronouns resolved. */
function quotedWithin(text: string, quote: Quote, context: SentenceContext, resolve: PronounResolver): Actor | undefined {
  const from = Math.max(context.sentence.start, quote.span.start - 40);
  const lead = QUOTED_SAYING.exec(text.slice(from, quote.span.start));
  if (!lead) return undefined;
  const wordEnd = from + lead.index + (lead[1] ?? '').length;
  const speaker = context.actors.find((actor) => actor.end === wordEnd);
  if (!speaker) return undefined;
  return speaker.kind === 'pronoun' ? (speaker.pronoun === 'we' || speaker.pronoun === 'i' ? undefined : resolve(speaker, context)) : speaker.kind === 'party' ? speaker : undefined;
}
