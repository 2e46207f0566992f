/**
 * Candidates: every plausible (holder, issue) pair of a sentence, with what ties each to it. The
 * trained scorer decides which are positions; here recall matters more than precision.
 */
import type { IssueId, PartyId, Span } from '../core/index.ts';
import type { CompiledPack } from '../packs/index.ts';
import type { EnumeratedList } from '../text/index.ts';
import type { Actor } from './actors.ts';
import type { PronounResolver } from './holder.ts';
import { issueSimilarityScorer, wordsOf, type IssueSimilarity } from './issue-similarity.ts';
import type { SentenceContext } from './sentence-context.ts';

/** How a party comes to be a holder candidate in a sentence. */
export type HolderVia = 'mention' | 'pronoun' | 'speaker' | 'quote-speaker' | 'carried' | 'previous' | 'list-intro' | 'rule';

/** One way a party is present in a sentence. */
export interface HolderLink {
  readonly via: HolderVia;
  /** The mention in the sentence, for links made in it. */
  readonly actor?: Actor;
}

/** How an issue comes to be a candidate in a sentence. */
export type IssueVia = 'cue' | 'opposite' | 'concession' | 'similar' | 'rule';

/** One way an issue is present in a sentence. */
export interface IssueLink {
  readonly via: IssueVia;
  readonly span?: Span;
}

/** A (holder, issue) pair in one sentence, with every link that proposes it. */
export interface Candidate {
  readonly holder: PartyId;
  readonly issue: IssueId;
  readonly context: SentenceContext;
  readonly holderLinks: readonly HolderLink[];
  readonly issueLinks: readonly IssueLink[];
  /** The best and second-best word similarity of the sentence to the issue. */
  readonly similarity: readonly [number, number];
  readonly nearestWord: string;
}

/** How many issues per sentence similarity alone may propose, and how near they must come. */
export interface CandidateLimits {
  readonly similarIssues: number;
  readonly minSimilarity: number;
}

export const DEFAULT_CANDIDATE_LIMITS: CandidateLimits = { similarIssues: 8, minSimilarity: 0.45 };

/** A (holder, issue) pair the rules read in an evidence span: always a candidate in the sentences the span touches. */
export interface RulePair {
  readonly holder: PartyId;
  readonly issue: IssueId;
  readonly evidence: Span;
}

/**
 * Every candidate of a document's sentences. The rules attribute some positions in ways the links
 * here do not (a list's holder named paragraphs before, a holder an assurance flips): each pair
 * they read is a candidate in its evidence's sentences too, so the scorer always sees their verdict.
 */
export function findCandidates(
  text: string,
  contexts: readonly SentenceContext[],
  lists: readonly EnumeratedList[],
  pack: CompiledPack,
  resolve: PronounResolver,
  limits: CandidateLimits = DEFAULT_CANDIDATE_LIMITS,
  rulePairs: readonly RulePair[] = [],
): Candidate[] {
  const similarity = issueSimilarityScorer(pack.pack);
  const issueIds = pack.pack.issues.map((issue) => issue.id);
  const listIntroOf = listIntroductions(contexts, lists);
  const candidates: Candidate[] = [];
  contexts.forEach((context, index) => {
    if (context.sentence.repeatOf !== undefined) return;
    const holders = holderLinks(context, contexts[index - 1], resolve);
    const intro = listIntroOf.get(index);
    if (intro) for (const [party, links] of holderLinks(intro, undefined, resolve)) addLinks(holders, party, links.map(() => ({ via: 'list-intro' as const })));
    const { sentence } = context;
    const ruled = rulePairs.filter(({ evidence }) => evidence.start < sentence.end && sentence.start < evidence.end);
    if (holders.size === 0 && ruled.length === 0) return;
    const scores = similarity.score(wordsOf(text.slice(sentence.start, sentence.end)));
    const issues = issueLinks(context, scores, issueIds, limits);
    const pairs = new Map<string, Candidate>();
    const propose = (holder: PartyId, issue: IssueId, partyLinks: readonly HolderLink[], links: readonly IssueLink[]) => {
      const at = issueIds.indexOf(issue);
      pairs.set(`${holder}|${issue}`, {
        holder,
        issue,
        context,
        holderLinks: partyLinks,
        issueLinks: links,
        similarity: [scores.best[at] ?? 0, scores.second[at] ?? 0],
        nearestWord: scores.nearestWord[at] ?? '',
      });
    };
    for (const [party, partyLinks] of holders) for (const [issue, links] of issues) propose(party, issue, partyLinks, links);
    for (const { holder, issue } of ruled) {
      if (!pairs.has(`${holder}|${issue}`)) propose(holder, issue, holders.get(holder) ?? [{ via: 'rule' }], issues.get(issue) ?? [{ via: 'rule' }]);
    }
    candidates.push(...pairs.values());
  });
  return candidates;
}

/** The parties a sentence names, refers to or is attributed to; with none, the party the sentence before names first. */
function holderLinks(context: SentenceContext, previous: SentenceContext | undefined, resolve: PronounResolver): Map<PartyId, HolderLink[]> {
  const links = new Map<PartyId, HolderLink[]>();
  for (const actor of context.actors) {
    if (actor.kind === 'party') for (const party of partiesOf(actor)) addLinks(links, party, [{ via: 'mention', actor }]);
    if (actor.kind === 'pronoun') {
      const resolved = resolve(actor, context);
      if (resolved) for (const party of partiesOf(resolved)) addLinks(links, party, [{ via: 'pronoun', actor }]);
    }
  }
  const sources: [HolderVia, Actor | undefined][] = [
    ['speaker', context.speaker?.actor],
    ['quote-speaker', context.quoteSpeaker?.actor],
    ['carried', context.carriedSpeaker?.actor],
  ];
  for (const [via, actor] of sources) if (actor) for (const party of partiesOf(actor)) addLinks(links, party, [{ via }]);
  if (links.size === 0 && previous) {
    const first = previous.actors.find((actor) => actor.kind === 'party');
    if (first) for (const party of partiesOf(first)) addLinks(links, party, [{ via: 'previous' }]);
  }
  return links;
}

function partiesOf(actor: Actor): PartyId[] {
  return [...(actor.members ?? (actor.party ? [actor.party] : []))];
}

function addLinks<K, V>(map: Map<K, V[]>, key: K, values: readonly V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}

/** Issues named by cue phrases, opposites and concessions, and the few nearest by similarity. */
function issueLinks(context: SentenceContext, scores: IssueSimilarity, issueIds: readonly IssueId[], limits: CandidateLimits): Map<IssueId, IssueLink[]> {
  const links = new Map<IssueId, IssueLink[]>();
  for (const mention of context.issues) addLinks(links, mention.issue, [{ via: mention.negated ? 'opposite' : 'cue', span: mention }]);
  for (const concession of context.concessions) {
    for (const issue of new Set(Object.values(concession.by))) addLinks(links, issue, [{ via: 'concession', span: concession }]);
  }
  const ranked = issueIds
    .map((issue, index) => ({ issue, score: (scores.best[index] ?? 0) + (scores.second[index] ?? 0) }))
    .filter(({ score }) => score >= 2 * limits.minSimilarity)
    .sort((a, b) => b.score - a.score)
    .slice(0, limits.similarIssues);
  for (const { issue } of ranked) addLinks(links, issue, [{ via: 'similar' }]);
  return links;
}

/** For each sentence inside a list item, the context of the list's introduction. */
function listIntroductions(contexts: readonly SentenceContext[], lists: readonly EnumeratedList[]): Map<number, SentenceContext> {
  const intros = new Map<number, SentenceContext>();
  for (const list of lists) {
    // Contexts are one per sentence, in order; items lie in the introduction and the sentences after it.
    const intro = contexts[list.intro.index];
    if (intro?.sentence !== list.intro) continue;
    for (const item of list.items) {
      for (let i = list.intro.index; i < contexts.length && contexts[i]!.sentence.start < item.end; i++) {
        const context = contexts[i]!;
        if (context !== intro && item.start < context.sentence.end) intros.set(context.sentence.index, intro);
      }
    }
  }
  return intros;
}
