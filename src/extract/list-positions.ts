/** Positions from enumerated lists: each item inherits holder, stance and strength from the introduction. */
import type { IssueMention } from '../packs/index.ts';
import type { EnumeratedList } from '../text/index.ts';
import type { Emit } from './draft.ts';
import { governingOfNoun, holderOf, type PronounResolver } from './holder.ts';
import { cueBefore, within, type SentenceContext } from './sentence-context.ts';
import { negatesProposition, strengthOf, towardNegation } from './stance.ts';

/** Emits one position per issue named in each item of the list. */
export function positionsFromList(text: string, list: EnumeratedList, contexts: readonly SentenceContext[], resolve: PronounResolver, emit: Emit): void {
  // Contexts are built one per sentence, in order.
  const introIndex = contexts[list.intro.index]?.sentence === list.intro ? list.intro.index : -1;
  // "… came with four non-negotiables. These are:" — the stance may sit in the sentence before the colon.
  const intro = [contexts[introIndex], contexts[introIndex - 1]].find((context) => context && context.cues.length > 0);
  // "open to dialogue, but it will keep its demand unchanged: …": the cue nearest the list introduces it.
  const firstItem = list.items[0]?.start ?? Number.POSITIVE_INFINITY;
  const nearest = intro ? cueBefore(intro, firstItem) : undefined;
  if (!intro || !nearest || introducesScenario(text, contexts[introIndex])) return;
  // "Kyiv rejects three demands. These are: …" refuses each item.
  const cue = governingOfNoun(text, nearest, intro, resolve);
  const holding = holderOf(text, cue, intro, resolve);
  if (!holding) return;
  const strength = strengthOf(text, cue, intro.sentence);
  // Items lie in the introduction and the sentences right after it: only their issues can be inside one.
  const lastItemEnd = list.items.at(-1)?.end ?? 0;
  const issues: IssueMention[] = [];
  for (let i = introIndex; i < contexts.length && contexts[i]!.sentence.start < lastItemEnd; i++) issues.push(...contexts[i]!.issues);
  for (const item of list.items) {
    for (const mention of within(issues, item)) {
      const stance = negatesProposition(mention, text.slice(item.start, mention.start)) ? towardNegation(cue.cue.stance) : cue.cue.stance;
      emit({ holding, cue, issue: mention.issue, stance, strength, context: intro, evidence: item, conditions: [], at: cue.start, rule: 'list-item', confidence: 0.8 });
    }
  }
}

// "The scenario could play out like this: …": the items of an imagined course of events are no one's stances.
const SCENARIO = /(?<![\p{L}])(?:scenarios?|(?:could|might|may|would)\s+(?:\p{L}+\s+)?(?:play out|unfold))(?![\p{L}])/iu;

function introducesScenario(text: string, intro: SentenceContext | undefined): boolean {
  return intro !== undefined && SCENARIO.test(text.slice(intro.sentence.start, intro.sentence.end));
}
