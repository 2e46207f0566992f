/**
 * Everything the extractor knows about one sentence: its actors, stance cues, issue mentions,
 * quotations and who it is attributed to.
 */
import type { Span } from '../core/index.ts';
import type { ConcessionMention, IssueMention } from '../packs/index.ts';
import type { Quote, Sentence } from '../text/index.ts';
import type { Actor } from './actors.ts';
import type { StanceCue } from './cues.ts';

/** A stance cue found in the text. */
export interface CueMatch extends Span {
  readonly cue: StanceCue;
}

/** An actor that a statement is attributed to, resolved to a party where possible. */
export interface Source {
  readonly actor: Actor;
  /** The verb of saying, where there is one. */
  readonly verb?: Span;
}

/** One sentence with what the earlier stages found in it. */
export interface SentenceContext {
  readonly sentence: Sentence;
  readonly actors: readonly Actor[];
  readonly cues: readonly CueMatch[];
  readonly issues: readonly IssueMention[];
  /** Concessions named in the sentence, whose proposition depends on who concedes. */
  readonly concessions: readonly ConcessionMention[];
  readonly quotes: readonly Quote[];
  /** Every attribution in the sentence, in order ("X added that Putin spoke of …" gives X, then Putin). */
  readonly sources: readonly Source[];
  /** Who the sentence is attributed to ("…, Peskov said"), if anyone: the first source. */
  readonly speaker?: Source;
  /** Who speaks the quotations in the sentence, when it differs from `speaker` (a quote carried over). */
  readonly quoteSpeaker?: Source;
  /** The speaker of the sentence just before, whose reported speech may run on into this one. */
  readonly carriedSpeaker?: Source;
}

// "…, Peskov said." closes its sentence: it attributes what comes before it.
const CLOSING_WORDS = 8;

/**
 * The source a statement at `offset` is attributed to: the nearest verb of saying before it, one
 * that closes the sentence ("…, Peskov said."), or a speaker named without a verb ("Peskov: …").
 */
export function sourceAt(text: string, offset: number, context: SentenceContext): Source | undefined {
  const before = context.sources.filter((source) => source.verb !== undefined && source.verb.end <= offset).at(-1);
  if (before) return before;
  const closing = context.sources.find((source) => source.verb !== undefined && source.verb.start >= offset && text.slice(source.verb.end, context.sentence.end).split(/\s+/u).length <= CLOSING_WORDS);
  return closing ?? (context.speaker?.verb === undefined ? context.speaker : undefined);
}

/** The last cue that ends at or before `offset`, of those `accepts` lets through. */
export function cueBefore(context: Pick<SentenceContext, 'cues'>, offset: number, accepts: (cue: CueMatch) => boolean = () => true): CueMatch | undefined {
  return context.cues.filter((cue) => cue.end <= offset && accepts(cue)).at(-1);
}

/**
 * Items of `all` (sorted by start) that lie inside each of the sentences (sorted, disjoint), in one
 * sweep: a quadratic filter would stall on a document of thousands of sentences.
 */
export function bySentence<T extends Span>(all: readonly T[], sentences: readonly Span[]): T[][] {
  const buckets: T[][] = sentences.map(() => []);
  let first = 0;
  sentences.forEach((sentence, index) => {
    while (first < all.length && (all[first]?.start ?? 0) < sentence.start) first++;
    for (let i = first; i < all.length && (all[i]?.start ?? 0) < sentence.end; i++) {
      const item = all[i]!;
      if (item.end <= sentence.end) buckets[index]!.push(item);
    }
  });
  return buckets;
}

/** Items of `all` that lie inside `span`. */
export function within<T extends Span>(all: readonly T[], span: Span): T[] {
  return all.filter((item) => item.start >= span.start && item.end <= span.end);
}
