/** Positions from enumerated lists: each item inherits holder, stance and strength from the introduction. */
import type { EnumeratedList } from '../text/index.ts';
import type { Emit } from './draft.ts';
import { governingOfNoun, holderOf, type PronounResolver } from './holder.ts';
import { cueBefore, within, type SentenceContext } from './sentence-context.ts';
import { negatesProposition, strengthOf, towardNegation } from './stance.ts';

/** Emits one position per issue named in each item of the list. */
export function positionsFromList(text: string, list: EnumeratedList, contexts: readonly SentenceContext[], resolve: PronounResolver, emit: Emit): void {
  const introIndex = contexts.findIndex((context) => context.sentence === list.intro);
  // "… came with four non-negotiables. These are:" — the stance may sit in the sentence before the colon.
  const intro = [contexts[introIndex], contexts[introIndex - 1]].find((context) => context && context.cues.length > 0);
  // "open to dialogue, but it will keep its demand unchanged: …": the cue nearest the list introduces it.
  const firstItem = list.items[0]?.start ?? Number.POSITIVE_INFINITY;
  const nearest = intro ? cueBefore(intro, firstItem) : undefined;
  if (!intro || !nearest) return;
  // "Kyiv rejects three demands. These are: …" refuses each item.
  const cue = governingOfNoun(text, nearest, intro, resolve);
  const holding = holderOf(text, cue, intro, resolve);
  if (!holding) return;
  const strength = strengthOf(text, cue, intro.sentence);
  const issues = contexts.flatMap((context) => context.issues);
  for (const item of list.items) {
    for (const mention of within(issues, item)) {
      const stance = negatesProposition(mention, text.slice(item.start, mention.start)) ? towardNegation(cue.cue.stance) : cue.cue.stance;
      emit({ holding, cue, issue: mention.issue, stance, strength, context: intro, evidence: item, conditions: [], at: cue.start, rule: 'list-item', confidence: 0.8 });
    }
  }
}
