/**
 * What the trained scorer sees of a candidate: the rules' verdicts, how the holder and the issue
 * are present (mention kinds, similarity, order, distance), stance cues, negation, conditions,
 * quotation and attribution. No feature names an issue or a party: the model learns how positions
 * are stated, never which propositions exist, so it works with any pack. Word features (the words
 * between and around holder and issue, the sentence's words) were tried and lowered
 * cross-validated F1 on the 292 training positions: they are memorised, not learnt, at that size.
 */
import type { Position, Span } from '../core/index.ts';
import { isPrepositionalObject, type Actor } from './actors.ts';
import type { Candidate } from './candidates.ts';
import { wordsOf } from './issue-similarity.ts';

/** The rules' positions of a document, looked up by sentence. */
export interface RuleVerdicts {
  inSentence(sentence: Span): readonly Position[];
  inDocument(): readonly Position[];
}

/** Indexes the rule extractor's positions by the sentences their evidence touches, each sentence looked up once. */
export function ruleVerdicts(positions: readonly Position[]): RuleVerdicts {
  const bySentence = new Map<number, readonly Position[]>();
  return {
    inSentence: (sentence) => {
      let found = bySentence.get(sentence.start);
      if (!found) {
        found = positions.filter((position) => position.evidence.start < sentence.end && sentence.start < position.evidence.end);
        bySentence.set(sentence.start, found);
      }
      return found;
    },
    inDocument: () => positions,
  };
}

// The words right before a proposition carry its verb ("refuses to recognise", "calls for a"): a cue the lexicon may lack.
const ISSUE_LEAD_WORDS = 3;
const WORD_FEATURE = 'before-issue:';

/** Whether a feature names a word of the text, which training keeps only with enough support. */
export function isWordFeature(feature: string): boolean {
  return feature.startsWith(WORD_FEATURE);
}
const NEGATION = /(?<![\p{L}])(?:not|no|never|n[’']t|cannot|neither|nor|without)(?![\p{L}])/iu;
const CONDITION = /(?<![\p{L}])(?:if|unless|until|only|once|provided|in exchange|in return|condition)(?![\p{L}])/iu;
const FUTURE_OR_MODAL = /(?<![\p{L}])(?:will|would|could|might|may|should|must)(?![\p{L}])/iu;

/** The names of the features that are on for `candidate`. */
export function candidateFeatures(text: string, candidate: Candidate, rules: RuleVerdicts): string[] {
  const { context } = candidate;
  const sentence = context.sentence;
  const features: string[] = [];
  const add = (...names: string[]) => features.push(...names);

  const holderVias = [...new Set(candidate.holderLinks.map((link) => link.via))];
  const issueVias = [...new Set(candidate.issueLinks.map((link) => link.via))];
  for (const via of holderVias) add(`holder-via:${via}`);
  for (const via of issueVias) add(`issue-via:${via}`);
  for (const holderVia of holderVias) for (const issueVia of issueVias) add(`via:${holderVia}+${issueVia}`);
  const [best, second] = candidate.similarity;
  add(`similarity:${bin(best)}`, `similarity2:${bin(second)}`, `similarity-sum:${bin((best + second) / 2)}`);
  if (!issueVias.includes('similar') || issueVias.length > 1) add(`named+similarity:${bin(best)}`);
  else add(`only-similar:${bin(best)}`);

  ruleFeatures(candidate, rules, add);

  const holder = nearestMention(candidate);
  const issueSpan = candidate.issueLinks.find((link) => link.span)?.span;
  const partyActors = context.actors.filter((actor) => actor.kind === 'party');
  add(`parties-in-sentence:${Math.min(partyActors.length, 4)}`);
  add(`holder-parties:${Math.min(new Set(partyActors.map((actor) => actor.party)).size, 4)}`);
  if (holder) {
    add(`holder-kind:${holderKind(holder)}`);
    if (partyActors[0] === holder) add('holder-first-party');
    if (isPrepositionalObject(text, holder, sentence.start)) add('holder-after-preposition');
    if (/^['’]s?\s/u.test(text.slice(holder.end, holder.end + 3))) add('holder-possessive');
  }
  if (issueSpan) {
    for (const word of wordsOf(text.slice(Math.max(sentence.start, issueSpan.start - 40), issueSpan.start)).slice(-ISSUE_LEAD_WORDS)) add(`${WORD_FEATURE}${word}`);
    if (context.quotes.some((quote) => quote.inner.start <= issueSpan.start && issueSpan.start < quote.inner.end)) add('issue-in-quote');
  }
  if (holder && issueSpan) {
    if (holder.start >= issueSpan.start && holder.end <= issueSpan.end) add('holder-inside-issue');
    const holderFirst = holder.end <= issueSpan.start;
    add(holderFirst ? 'holder-before-issue' : 'holder-after-issue');
    const between = holderFirst ? text.slice(holder.end, issueSpan.start) : text.slice(issueSpan.end, holder.start);
    add(`distance:${distanceBin(wordsOf(between).length)}`);
    if (NEGATION.test(between)) add('negation-between');
    if (/[;:]|\b(?:but|while|whereas)\b/iu.test(between)) add('clause-break-between');
    if (/["“”]/u.test(between)) add('quote-mark-between');
    if (holderFirst && context.actors.some((actor) => actor.kind === 'party' && actor.party !== candidate.holder && actor.start >= holder.end && actor.end <= issueSpan.start)) {
      add('other-party-between');
    }
  }

  const body = text.slice(sentence.start, sentence.end);
  for (const cue of context.cues) {
    add(`cue:${cue.cue.id}`, `cue-stance:${cue.cue.stance}:${cue.cue.strength}`);
    if (holder && issueSpan && cue.start >= Math.min(holder.end, issueSpan.end) && cue.end <= Math.max(holder.start, issueSpan.start)) add(`cue-between:${cue.cue.id}`);
    if (issueSpan && cue.end <= issueSpan.start && issueSpan.start - cue.end < 80) add(`cue-before-issue:${cue.cue.id}`);
  }
  if (context.cues.length === 0) add('no-cue');
  if (NEGATION.test(body)) add('sentence-negation');
  if (CONDITION.test(body)) add('sentence-condition');
  if (FUTURE_OR_MODAL.test(body)) add('sentence-modal');
  if (context.quotes.length > 0) add('sentence-quote');
  attributionFeatures(candidate, add);
  return features;
}

function ruleFeatures(candidate: Candidate, rules: RuleVerdicts, add: (...names: string[]) => void): void {
  let any = false;
  for (const position of rules.inSentence(candidate.context.sentence)) {
    const sameHolder = position.holder === candidate.holder;
    const sameIssue = position.issue === candidate.issue;
    if (sameHolder && sameIssue) {
      any = true;
      const rule = position.extractor.split(':').at(-1) ?? '';
      add(`rule:${position.stance}`, `rule:${position.stance}:${position.strength}`, `rule-id:${rule}:${position.stance}`, `rule-mode:${position.mode}`);
    } else if (sameIssue) add(`rule-other-holder:${position.stance}`);
    else if (sameHolder) add(`rule-other-issue:${position.stance}`);
  }
  if (!any) add('rule:none');
  for (const position of rules.inDocument()) {
    if (position.holder === candidate.holder && position.issue === candidate.issue) add(`rule-in-document:${position.stance}`);
  }
}

function attributionFeatures(candidate: Candidate, add: (...names: string[]) => void): void {
  const { context, holder } = candidate;
  const roles: [string, Actor | undefined][] = [
    ['speaker', context.speaker?.actor],
    ['quote-speaker', context.quoteSpeaker?.actor],
    ['carried-speaker', context.carriedSpeaker?.actor],
  ];
  for (const [role, actor] of roles) {
    if (!actor) continue;
    const parties = actor.members ?? (actor.party ? [actor.party] : []);
    add(parties.includes(holder) ? `${role}:holder` : parties.length > 0 ? `${role}:other-party` : `${role}:non-party`);
  }
}

/** The holder's mention in the sentence nearest the issue's, or its first. */
function nearestMention(candidate: Candidate): Actor | undefined {
  const mentions = candidate.holderLinks.flatMap((link) => (link.via === 'mention' && link.actor ? [link.actor] : []));
  const pronouns = candidate.holderLinks.flatMap((link) => (link.via === 'pronoun' && link.actor ? [link.actor] : []));
  const all = mentions.length > 0 ? mentions : pronouns;
  const issue = candidate.issueLinks.find((link) => link.span)?.span;
  if (!issue) return all[0];
  return [...all].sort((a, b) => Math.abs(a.start - issue.start) - Math.abs(b.start - issue.start))[0];
}

function holderKind(actor: Actor): string {
  if (actor.kind === 'pronoun') return `pronoun-${actor.pronoun ?? ''}`;
  if (actor.members) return 'group';
  if (actor.official) return 'official';
  if (actor.role) return 'role';
  return actor.speaks ? 'institution' : 'name';
}

function bin(similarity: number): number {
  return Math.floor(Math.max(0, Math.min(0.99, similarity)) * 10);
}

function distanceBin(words: number): string {
  return words <= 2 ? '0-2' : words <= 5 ? '3-5' : words <= 10 ? '6-10' : words <= 20 ? '11-20' : '21+';
}
