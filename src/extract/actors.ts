/**
 * Actors in the text: party mentions that can hold a position (a name, a metonym, an official,
 * or an adjective with a role noun such as "the Russian president"), pronouns, and people or
 * roles that belong to no party (commentators, analysts), who can only characterize.
 */
import type { Official, Party, PartyId, Span } from '../core/index.ts';
import type { CompiledPack, PartyMention } from '../packs/index.ts';

/** Something in a sentence that can be the subject of a stance or the source of a statement. */
export interface Actor extends Span {
  readonly kind: 'party' | 'pronoun' | 'person';
  readonly party?: PartyId;
  /** The official or person named, as the text or the pack names them. */
  readonly name?: string;
  readonly official?: Official;
  readonly pronoun?: 'he' | 'she' | 'it' | 'they' | 'we' | 'i';
  /**
   * Whether the actor speaks as a person or an institution (an official, "Russian negotiators",
   * "the Kremlin") rather than a bare country or capital, whose stance is described, not reported.
   */
  readonly speaks?: boolean;
  /** The role noun after a party adjective ("president" in "the Russian president"). */
  readonly role?: string;
  /** For "both sides" and the like: every party the phrase stands for. */
  readonly members?: readonly PartyId[];
}

const BOTH_SIDES =
  /(?<![\p{L}])(?:(?:both|the two) (?:sides|parties|countries|delegations|governments|presidents|leaders|nations|capitals)|the warring (?:sides|parties)|the sides|each side)(?![\p{L}])(?! of(?![\p{L}]))/giu;

/** "Both sides", "the two countries": one actor standing for the two parties the document names most. */
export function bothSidesActors(text: string, span: Span, principals: readonly PartyId[]): Actor[] {
  const [first, second] = principals;
  if (first === undefined || second === undefined) return [];
  return [...text.slice(span.start, span.end).matchAll(BOTH_SIDES)].map((match) => {
    const start = span.start + (match.index ?? 0);
    return { kind: 'party' as const, party: first, members: [first, second], start, end: start + match[0].length };
  });
}

/** The two parties a document names most often: who "both sides" are. */
export function principalParties(actors: readonly Actor[]): PartyId[] {
  const counts = new Map<PartyId, number>();
  for (const actor of actors) if (actor.party) counts.set(actor.party, (counts.get(actor.party) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([party]) => party);
}

// Nouns that turn a party adjective into an actor: "Russian officials", "the Ukrainian side".
const ROLE_NOUN =
  /^(?:\s+(?:foreign|defen[cs]e|prime|deputy|presidential|top|senior|chief|lead|head|peace|special|state|armed))*\s+(?:president|leader|leadership|government|officials?|delegation|delegates|negotiators?|side|authorities|ministry|minister|diplomats?|diplomacy|envoys?|spokes(?:man|woman|person)|office|administration|parliament|lawmakers|counterpart|chancellor|premier|secretary|commander|forces command|embassy|mission|team|position|allies|partners)\b/iu;
const DEMAND_NOUN = /^\s+(?:demands?|calls? for|conditions?|proposals?|plan|terms|red lines?|ultimatum|offer|insistence|refusal|rejection|position)\b/iu;
const PRONOUN = /(?<![\p{L}])(he|she|it|they|we|i)(?![\p{L}'’])/giu;
const NON_PARTY_ROLE =
  /(?<![\p{L}])(?:the |an? )?(?:(?:veteran|military|political|independent|western|russian|ukrainian|american|european|leading)\s+)*(?:observer|analysts?|experts?|commentators?|editor(?:-in-chief)?|journalists?|columnist|correspondent|researchers?|scholars?|historian|critics?|pundits?|sources?)(?![\p{L}])/giu;
// A capitalised name the pack does not know: a possible commentator ("Igor Korotchenko").
const PERSON_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2})(?![\p{L}])/gu;

// An actor right after a preposition, or coordinated with one that is ("between Russia and Ukraine"),
// is an object or a circumstance, not a subject; a title may stand between ("with Ukrainian President Zelensky").
const AFTER_PREPOSITION =
  /(?:^|\s)(?:to|from|with|on|against|for|of|between|toward|towards|into|over|about|by|at|in|than|under|as|via|through)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+(?:and|or)\s+(?:the\s+)?)?(?:(?:\p{Lu}\p{L}+(?:an|ese|ish|ch)\s+)?(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|Chancellor|Premier|Secretary of State|Secretary|Envoy|Leader)\s+)?$/iu;

/** Whether the actor follows a preposition ("talks with Trump", "a dialogue on Ukraine"). */
export function isPrepositionalObject(text: string, actor: Span, floor: number): boolean {
  const before = text.slice(Math.max(floor, actor.start - 40), actor.start);
  const match = AFTER_PREPOSITION.exec(before);
  if (!match) return false;
  // "As Putin rejects …", "…, as Moscow has demanded": "as" opening a clause is a conjunction.
  if (!/^\s*as\s/iu.test(match[0])) return true;
  const lead = text.slice(floor, actor.start - before.length + match.index);
  return !/(?:^|[,;:(—–-])\s*$/u.test(lead);
}

// "the Kyiv Independent reported", "the Moscow Times", "Kyiv International Institute of Sociology": a
// place name inside an outlet's or an institution's name is not the state speaking.
const ORGANISATION_NAME_TAIL =
  /^\s+(?:Independent|Post|Times|Herald|Journal|Insider|Review|Daily|Telegraph|Tribune|Examiner|Institute|International|University|School|Academy|Center|Centre|District|Court|City|Mayor|Metro|Airport|Patriarchate|Marathon|Zoo)(?![\p{L}])/u;

const SPOKESPERSON = /^\s+spokes(?:man|woman|person)(?![\p{L}])/iu;

const INSTITUTION_ROLE = /(?:^|\s)(?:ministry|office|government|delegation|administration|parliament|embassy|mission|team|leadership|authorities|side|allies|partners|command|officials|diplomats|negotiators|lawmakers|diplomacy|position)$/u;

/** The party mentions that can act, with adjectives kept only before a role noun. */
export function partyActors(text: string, mentions: readonly PartyMention[]): Actor[] {
  const actors: Actor[] = [];
  for (const mention of mentions) {
    if (mention.kind === 'adjective') {
      // "Russian demands": the adjective alone stands for the party that owns the demand.
      if (DEMAND_NOUN.test(text.slice(mention.end, mention.end + 30))) actors.push({ kind: 'party', party: mention.party, start: mention.start, end: mention.end });
      const role = ROLE_NOUN.exec(text.slice(mention.end, mention.end + 60));
      if (role === null) continue;
      actors.push({ kind: 'party', party: mention.party, start: mention.start, end: mention.end + role[0].length, role: role[0].trim().toLowerCase(), speaks: true });
      continue;
    }
    const official = mention.official;
    if (!official && ORGANISATION_NAME_TAIL.test(text.slice(mention.end, mention.end + 24))) continue;
    const institution = mention.kind === 'metonym' && /\bthe\s+$/iu.test(text.slice(Math.max(0, mention.start - 4), mention.start));
    // "the Kremlin spokesman": a metonym with a title names the official whose pack title it is.
    const title = mention.kind === 'metonym' ? SPOKESPERSON.exec(text.slice(mention.end, mention.end + 16)) : null;
    if (title) {
      const role = `${mention.text.replace(/^the\s+/iu, '')}${title[0]}`.toLowerCase();
      actors.push({ kind: 'party', party: mention.party, start: mention.start, end: mention.end + title[0].length, role, speaks: true });
      continue;
    }
    actors.push({
      kind: 'party',
      party: mention.party,
      start: mention.start,
      end: mention.end,
      speaks: official !== undefined || institution || /^the\s/iu.test(mention.text),
      ...(official ? { official, name: official.name } : {}),
    });
  }
  return actors;
}

// "Russian" → "the Russians", "Israeli" → "the Israelis": demonyms whose plural adds an s.
const PLURALIZABLE_DEMONYM = /^\p{Lu}\p{L}*(?:an|i)$/u;
// "North Atlantic Alliance" → "the alliance", "Russian Federation" → "the Federation": a name's head noun.
const NAME_HEAD = /^(?:\p{L}+\s+)+(\p{Lu}\p{Ll}{3,}[^s\P{L}])$/u;

/** The party a pack's party list gives for each phrase that refers back to it. */
type PartyTerms = readonly { readonly id: PartyId; readonly names: readonly string[]; readonly adjectives: readonly string[] }[];

/**
 * Collective references that the pack's terms imply: "the Russians would never agree" (the plural of a
 * demonym) and "the alliance agreed" (the head noun of a party's name, when no other party shares it).
 * Without the article, or with a relative clause ("the Americans who approved …"), a plural names
 * people rather than a government. Spans in `taken` (already a mention) are skipped.
 */
export function collectiveActors(text: string, span: Span, parties: PartyTerms, taken: readonly Span[]): Actor[] {
  const actors: Actor[] = [];
  const body = text.slice(span.start, span.end);
  for (const { party, reference } of collectiveReferences(parties)) {
    for (const match of body.matchAll(reference)) {
      const start = span.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (!taken.some((t) => t.start < end && start < t.end)) actors.push({ kind: 'party', party, start, end });
    }
  }
  return actors;
}

const referencesByParties = new WeakMap<PartyTerms, { party: PartyId; reference: RegExp }[]>();

/** Per party with plurals or name heads, the expression that finds its collective references; built once per pack. */
function collectiveReferences(parties: PartyTerms): { party: PartyId; reference: RegExp }[] {
  const known = referencesByParties.get(parties);
  if (known) return known;
  const heads = new Map<string, PartyId | null>();
  for (const party of parties) {
    for (const name of party.names) {
      const head = NAME_HEAD.exec(name)?.[1];
      if (head) heads.set(head, heads.has(head) && heads.get(head) !== party.id ? null : party.id);
    }
  }
  const references: { party: PartyId; reference: RegExp }[] = [];
  for (const party of parties) {
    const plurals = party.adjectives.filter((adjective) => PLURALIZABLE_DEMONYM.test(adjective)).map((demonym) => `${demonym}s`);
    const ownHeads = [...heads].filter(([, id]) => id === party.id).map(([head]) => `[${head[0]}${head[0]!.toLowerCase()}]${head.slice(1)}`);
    const terms = [...plurals, ...ownHeads];
    if (terms.length === 0) continue;
    references.push({ party: party.id, reference: new RegExp(`(?<![\\p{L}])[Tt]he\\s+(?:${terms.join('|')})(?![\\p{L}])(?!\\s+(?:who|of)(?![\\p{L}]))`, 'gu') });
  }
  referencesByParties.set(parties, references);
  return references;
}

// "the president said", "the foreign minister added": a bare title that refers back to an official.
const ROLE_REFERENCE =
  /(?<![\p{L}])(?<!former\s)the\s+((?:(?:foreign|defen[cs]e|prime|deputy)\s+)?(?:president|minister|chancellor|premier|spokes(?:man|woman|person)|envoy|secretary[- ]general|secretary of state|pope|pontiff))(?![\p{L}])(?!\s+of(?![\p{L}]))/giu;

/** A bare title in the text, with the words an official's title must contain to be the one it refers to. */
export interface RoleReference extends Span {
  readonly titleWords: readonly string[];
}

/** Bare titles in `text[span]` ("the president"), skipping what `taken` already covers. */
export function roleReferences(text: string, span: Span, taken: readonly Span[]): RoleReference[] {
  return [...text.slice(span.start, span.end).matchAll(ROLE_REFERENCE)].flatMap((match) => {
    const start = span.start + (match.index ?? 0);
    const end = start + match[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) return [];
    const titleWords = (match[1] ?? '').toLowerCase().replace(/spokes\p{L}+/u, 'spokes').replace('pontiff', 'pope').split(/[\s-]+/u);
    return [{ start, end, titleWords }];
  });
}

/** Whether an official's title fits every word of a bare title ("foreign minister" fits "Foreign Minister"). */
export function titleFits(official: Official, titleWords: readonly string[]): boolean {
  const title = official.title?.toLowerCase() ?? '';
  return titleWords.every((word) => title.includes(word));
}

// "Ukraine and Russia met. The countries agreed …": a plural that refers back to parties named together.
const GROUP_REFERENCE = /(?<![\p{L}])the (?:countries|leaders|presidents|nations|governments|delegations|allies)(?![\p{L}])(?! of(?![\p{L}]))/giu;
const COORDINATED = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/iu;

/** Plural references to a group in `text[span]` ("the countries"), skipping what `taken` already covers. */
export function groupReferences(text: string, span: Span, taken: readonly Span[]): Span[] {
  return [...text.slice(span.start, span.end).matchAll(GROUP_REFERENCE)]
    .map((match) => ({ start: span.start + (match.index ?? 0), end: span.start + (match.index ?? 0) + match[0].length }))
    .filter((reference) => !taken.some((t) => t.start < reference.end && reference.start < t.end));
}

// "Member states agreed …", "the bloc's members": the members of an organisation named nearby, acting together.
const MEMBERS_REFERENCE = /(?<![\p{L}])(?:(?:the|its|their)\s+)?(?:member (?:states|countries|nations|governments)|(?:the|its) members)(?![\p{L}])(?!\s+of(?![\p{L}]))/giu;
/** The parties a pack marks as organisations of states (`kind: organisation`): whose members "member states" are. */
export function organisationParties(parties: readonly Pick<Party, 'id' | 'kind'>[]): Set<PartyId> {
  return new Set(parties.filter((party) => party.kind === 'organisation').map((party) => party.id));
}

/** References to an organisation's members in `text[span]` ("member states"), skipping what `taken` already covers. */
export function memberReferences(text: string, span: Span, taken: readonly Span[]): Span[] {
  return [...text.slice(span.start, span.end).matchAll(MEMBERS_REFERENCE)]
    .map((match) => ({ start: span.start + (match.index ?? 0), end: span.start + (match.index ?? 0) + match[0].length }))
    .filter((reference) => !taken.some((t) => t.start < reference.end && reference.start < t.end));
}

// "the administration said", "the government agreed": an institution that refers back to a party named with it.
const INSTITUTION_REFERENCE = /(?<![\p{L}])(?<!former\s)the\s+(administration|government|leadership)(?![\p{L}])(?!\s+(?:of|in)(?![\p{L}]))/giu;

/** A bare institution in the text ("the administration"), with the noun that names it. */
export interface InstitutionReference extends Span {
  readonly noun: string;
}

/** Bare institutions in `text[span]`, skipping what `taken` already covers. */
export function institutionReferences(text: string, span: Span, taken: readonly Span[]): InstitutionReference[] {
  return [...text.slice(span.start, span.end).matchAll(INSTITUTION_REFERENCE)].flatMap((match) => {
    const start = span.start + (match.index ?? 0);
    const end = start + match[0].length;
    return taken.some((t) => t.start < end && start < t.end) ? [] : [{ start, end, noun: (match[1] ?? '').toLowerCase() }];
  });
}

const HEAD_OF_GOVERNMENT = /^(?:president|prime minister|chancellor)$/iu;

/** Whether an actor was named as the institution: "the Trump administration", "the Ukrainian government". */
export function namedAsInstitution(text: string, actor: Actor, noun: string): boolean {
  // The head of a government heads its administration: "Biden … the administration".
  if (noun !== 'leadership' && actor.official?.title && HEAD_OF_GOVERNMENT.test(actor.official.title)) return true;
  return actor.role === noun || new RegExp(`^(?:['’]s?)?\\s+${noun}(?![\\p{L}])`, 'iu').test(text.slice(actor.end, actor.end + noun.length + 4));
}

/** The parties of the last coordination among `actors` ("Ukraine and Russia", "France, Germany and Poland"), two or more. */
export function lastCoordinatedParties(text: string, actors: readonly Actor[]): PartyId[] {
  const parties = actors.filter((actor) => actor.kind === 'party' && actor.party);
  for (let last = parties.length - 1; last > 0; last--) {
    const chain = [parties[last]!];
    for (let i = last - 1; i >= 0 && COORDINATED.test(text.slice(parties[i]!.end, chain[0]!.start)); i--) chain.unshift(parties[i]!);
    const members = [...new Set(chain.flatMap((actor) => actor.members ?? [actor.party!]))];
    if (members.length >= 2) return members;
  }
  return [];
}

/** Pronouns in `text[span]`, to be resolved against the discourse. */
export function pronounActors(text: string, span: Span): Actor[] {
  return [...text.slice(span.start, span.end).matchAll(PRONOUN)].map((match) => {
    const start = span.start + (match.index ?? 0);
    return { kind: 'pronoun' as const, start, end: start + match[0].length, pronoun: (match[1] ?? '').toLowerCase() as Actor['pronoun'] };
  });
}

/** People and roles in `text[span]` that belong to no party, skipping what `taken` already covers. */
export function nonPartyActors(text: string, span: Span, taken: readonly Span[]): Actor[] {
  const overlapsTaken = overlapFinder(taken);
  const free = (start: number, end: number) => !overlapsTaken(start, end);
  const actors: Actor[] = [];
  const body = text.slice(span.start, span.end);
  for (const pattern of [NON_PARTY_ROLE, PERSON_NAME]) {
    for (const match of body.matchAll(pattern)) {
      const start = span.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (free(start, end) && !isSentenceStartWord(text, start, match[0])) actors.push({ kind: 'person', start, end, name: match[0] });
    }
  }
  return actors;
}

/**
 * Whether any of `spans` overlaps `[start, end)`, by a binary search over the spans sorted by start and
 * the furthest end among each prefix: scanning every span for every match is quadratic in a long text.
 */
function overlapFinder(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const span of sorted) furthestEnd.push(Math.max(span.end, furthestEnd.at(-1) ?? Number.NEGATIVE_INFINITY));
  return (start, end) => {
    // How many spans start before `end`: only those can overlap, and one does if any of them ends after `start`.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthestEnd[low - 1]! > start;
  };
}

// "The", "But", "Essentially" at the start of a sentence are capitalised without being names.
function isSentenceStartWord(text: string, start: number, matched: string): boolean {
  return /^(?:The|But|And|In|On|At|As|It|This|That|These|Those|However|Essentially|Meanwhile|After|Before|While|If)\b/u.test(matched) && (start === 0 || /[\n.!?"“]\s*$/u.test(text.slice(Math.max(0, start - 3), start)));
}

/**
 * The official a title names ("the Russian president" → the pack's president of Russia in office):
 * the one whose title starts with every word of the role.
 */
export function officialByTitle(pack: CompiledPack, party: PartyId, role: string, date: string | undefined): Official | undefined {
  // "the Russian Foreign Ministry" is the institution, not its spokeswoman.
  if (INSTITUTION_ROLE.test(role)) return undefined;
  const officials = pack.pack.parties.find((p) => p.id === party)?.officials ?? [];
  return officials.find(
    (official) =>
      official.title !== undefined &&
      official.title.toLowerCase().startsWith(role) &&
      (date === undefined || ((official.from ?? '') <= date && date <= (official.to ?? '9999'))),
  );
}
