/** A pack's cues compiled once and cached, so that extraction never recompiles per document. */
import type { Issue, IssueId, Official, Pack, Party, PartyId, Span } from '../core/index.ts';
import { reorderedCues } from './compile-cue.ts';
import { TermMatcher, type Term, type TermMatch } from './term-matcher.ts';
import { endsOnOfficialPossessive, officialNames } from './official-possessive.ts';

/** How a text named a party. */
export type PartyTermKind = 'name' | 'adjective' | 'metonym' | 'official';

/** A place where a text names a party. */
export interface PartyMention extends Span {
  readonly party: PartyId;
  readonly kind: PartyTermKind;
  readonly text: string;
  /** The official named, when `kind` is `official`. */
  readonly official?: Official;
}

/** A place where a text names an issue, and the cue that matched. */
export interface IssueMention extends Span {
  readonly issue: IssueId;
  readonly cue: string;
  readonly text: string;
  /** Whether the phrase names the proposition's negation (one of the issue's `opposites`). */
  readonly negated: boolean;
}

/** A place where a text names a concession, whose proposition depends on who concedes. */
export interface ConcessionMention extends Span {
  readonly text: string;
  /** For each conceding party, the proposition its concession grants. */
  readonly by: Readonly<Record<PartyId, IssueId>>;
}

/** Options for finding party mentions. */
export interface PartyFindOptions {
  /** The document's ISO date: officials out of office on that date are not mentions. Unknown: every official counts. */
  readonly date?: string;
}

/** One party with a matcher over its names, adjectives, metonyms and officials. */
export interface CompiledParty {
  readonly party: Party;
  find(text: string, options?: PartyFindOptions): PartyMention[];
}

/** One issue with its compiled cues. */
export interface CompiledIssue {
  readonly issue: Issue;
  find(text: string): IssueMention[];
}

/** Everything a pack needs at extraction time, compiled. */
export interface CompiledPack {
  readonly pack: Pack;
  readonly parties: readonly CompiledParty[];
  readonly issues: readonly CompiledIssue[];
  /** Every party mention, in order; where mentions of different parties overlap, the longest wins. */
  findParties(text: string, options?: PartyFindOptions): PartyMention[];
  /** Every issue mention, in order of position; one phrase may name several issues. */
  findIssues(text: string): IssueMention[];
  /** Party, issue and concession mentions in one scan of the text: what extraction uses. */
  findMentions(text: string, options?: PartyFindOptions): { parties: PartyMention[]; issues: IssueMention[]; concessions: ConcessionMention[] };
}

interface PartyMeaning {
  readonly party: PartyId;
  readonly kind: PartyTermKind;
  readonly official?: Official;
}

const cache = new WeakMap<Pack, CompiledPack>();

/** Compiles a pack's cues and party terms, once per pack object. */
export function compilePack(pack: Pack): CompiledPack {
  const cached = cache.get(pack);
  if (cached !== undefined) return cached;
  const everyTerm = new TermMatcher<PartyMeaning | IssueMeaning | ConcessionMeaning>([
    ...pack.parties.flatMap(partyTerms),
    ...pack.issues.flatMap(issueTerms),
    ...pack.concessions.flatMap((concession, index) => concession.cues.map((cue) => ({ cue, group: `concession ${index}`, inflect: true, meaning: { by: concession.by } }))),
  ]);
  const officials = officialNames(pack);
  const findMentions = (text: string, { date }: PartyFindOptions = {}) => {
    const parties: PartyMention[] = [];
    const issues: IssueMention[] = [];
    const concessions: ConcessionMention[] = [];
    for (const match of everyTerm.find(text)) {
      const meaning = match.term.meaning;
      if ('issue' in meaning) {
        if (!endsOnOfficialPossessive(text, match.start, match.end, officials)) issues.push(issueMention(meaning, match));
      } else if ('by' in meaning) concessions.push({ by: meaning.by, start: match.start, end: match.end, text: match.text });
      else if (meaning.official === undefined || inOffice(meaning.official, date)) parties.push(partyMention(meaning, match));
    }
    return { parties, issues, concessions };
  };
  const compiled: CompiledPack = Object.freeze({
    pack,
    parties: Object.freeze(pack.parties.map(compileParty)),
    issues: Object.freeze(pack.issues.map(compileIssue)),
    findParties: (text: string, options: PartyFindOptions = {}) => findMentions(text, options).parties,
    findIssues: (text: string) => findMentions(text).issues,
    findMentions,
  });
  cache.set(pack, compiled);
  return compiled;
}

// Per-party and per-issue matchers are built on first use: extraction only uses the pack-wide ones.
function compileParty(party: Party): CompiledParty {
  let matcher: TermMatcher<PartyMeaning> | undefined;
  return Object.freeze({
    party,
    find: (text: string, options: PartyFindOptions = {}) => toMentions((matcher ??= new TermMatcher(partyTerms(party))), text, options),
  });
}

function compileIssue(issue: Issue): CompiledIssue {
  let matcher: TermMatcher<IssueMeaning> | undefined;
  return Object.freeze({ issue, find: (text: string) => toIssueMentions((matcher ??= new TermMatcher(issueTerms(issue))), text) });
}

interface ConcessionMeaning {
  readonly by: Readonly<Record<PartyId, IssueId>>;
}

interface IssueMeaning {
  readonly issue: IssueId;
  readonly cue: string;
  readonly negated: boolean;
}

/** An issue's cues and opposites as terms; each issue is its own overlap group, so one phrase may name two issues. */
function issueTerms(issue: Issue): Term<IssueMeaning>[] {
  const term = (cue: string, negated: boolean): Term<IssueMeaning> => ({ cue, group: issue.id, inflect: true, meaning: { issue: issue.id, cue, negated } });
  // "hostage release" also as "release of hostages", "release hostages" as "hostages were released".
  const withVariants = (cues: readonly string[]) => cues.flatMap((cue) => [cue, ...reorderedCues(cue)]);
  return [...withVariants(issue.cues).map((cue) => term(cue, false)), ...withVariants(issue.opposites).map((cue) => term(cue, true))];
}

function toIssueMentions(matcher: TermMatcher<IssueMeaning>, text: string): IssueMention[] {
  return matcher.find(text).map((match) => issueMention(match.term.meaning, match));
}

// Mentions are built field by field, in the order `{ ...meaning, start, end, text }` would give:
// V8 (Node 20) builds such a spread with further fields some twenty times slower, once per mention.
function issueMention({ issue, cue, negated }: IssueMeaning, { start, end, text }: TermMatch<unknown>): IssueMention {
  return { issue, cue, negated, start, end, text };
}

function partyMention({ party, kind, official }: PartyMeaning, { start, end, text }: TermMatch<unknown>): PartyMention {
  return official === undefined ? { party, kind, start, end, text } : { party, kind, official, start, end, text };
}

function partyTerms(party: Party): Term<PartyMeaning>[] {
  const term = (cue: string, kind: PartyTermKind, official?: Official): Term<PartyMeaning> => ({
    cue,
    exactCase: isAcronym(cue),
    meaning: official === undefined ? { party: party.id, kind } : { party: party.id, kind, official },
  });
  return [
    ...party.names.map((cue) => term(cue, 'name')),
    ...party.adjectives.map((cue) => term(cue, 'adjective')),
    ...party.metonyms.map((cue) => term(cue, 'metonym')),
    ...party.officials.flatMap((official) => [official.name, ...official.aliases].map((cue) => term(cue, 'official', official))),
  ];
}

// "US", "U.S.", "EU", "G7": matched case-insensitively they would also find the pronoun "us" and the like.
function isAcronym(cue: string): boolean {
  return /\p{Lu}/u.test(cue) && !/\p{Ll}/u.test(cue);
}

function toMentions(matcher: TermMatcher<PartyMeaning>, text: string, { date }: PartyFindOptions): PartyMention[] {
  return matcher
    .find(text)
    .filter(({ term }) => term.meaning.official === undefined || inOffice(term.meaning.official, date))
    .map((match) => partyMention(match.term.meaning, match));
}

function inOffice(official: Official, date: string | undefined): boolean {
  if (date === undefined) return true;
  return (official.from === undefined || official.from <= date) && (official.to === undefined || date <= official.to);
}
