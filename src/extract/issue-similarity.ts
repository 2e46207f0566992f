/**
 * How near a sentence's words come to each proposition of a pack, by word vectors: a paraphrase
 * ("pull its forces out of") is found where no cue phrase matches ("withdraw troops").
 */
import type { Pack } from '../core/index.ts';
import { cosine, wordVectors, type WordVectors } from '../learn/index.ts';

/** For one sentence: per issue (in pack order), the best and second-best word similarity. */
export interface IssueSimilarity {
  readonly best: Float32Array;
  readonly second: Float32Array;
  /** The sentence word nearest each issue, for explanations. */
  readonly nearestWord: readonly string[];
}

/** Scores sentences against one pack's propositions. */
export interface IssueSimilarityScorer {
  score(words: readonly string[]): IssueSimilarity;
}

const STOPWORDS = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been being has have had do does did will would shall should can could may might must not no it its this that these those they them their he she his her we our you your i me my who whom which what when where why how than then there here also any all some such only very more most other into over under about after before between during while if so up out off again further once said says say told according mr ms'.split(' '),
);
const WORD = /[\p{L}][\p{L}'’-]*/gu;
// A word in the cues of a quarter of the issues or more ("ukraine", "russian") tells them apart poorly.
const SHARED_WORD_SHARE = 0.25;

/** The lowercase words of a text, as the similarity and the features read them. */
export function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0].toLowerCase().replace(/[’']s?$/u, ''));
}

const scorers = new WeakMap<Pack, IssueSimilarityScorer>();

/** The pack's scorer, built once per pack: each issue's key words from its proposition, cues and opposites. */
export function issueSimilarityScorer(pack: Pack, vectors: WordVectors = wordVectors()): IssueSimilarityScorer {
  const cached = scorers.get(pack);
  if (cached) return cached;
  const keyWords = pack.issues.map((issue) => new Set(wordsOf([issue.proposition, ...issue.cues].join(' ')).filter((word) => !STOPWORDS.has(word))));
  const spread = new Map<string, number>();
  for (const words of keyWords) for (const word of words) spread.set(word, (spread.get(word) ?? 0) + 1);
  const keyVectors = keyWords.map((words) =>
    [...words].filter((word) => (spread.get(word) ?? 0) < SHARED_WORD_SHARE * pack.issues.length).flatMap((word) => vectors.vectorOf(word) ?? []),
  );
  // A word's similarity to every issue, computed once per word of the table: news vocabulary repeats,
  // and only the table's words are kept, so a long-running server's cache stays bounded.
  const perWord = new Map<string, Float32Array>();
  const similaritiesOf = (word: string): Float32Array | undefined => {
    let known = perWord.get(word);
    if (known) return known;
    const vector = STOPWORDS.has(word) ? undefined : vectors.vectorOf(word);
    if (!vector) return undefined;
    known = Float32Array.from(keyVectors, (keys) => keys.reduce((best, key) => Math.max(best, cosine(vector, key)), 0));
    perWord.set(word, known);
    return known;
  };
  const scorer: IssueSimilarityScorer = {
    score(words) {
      const best = new Float32Array(pack.issues.length);
      const second = new Float32Array(pack.issues.length);
      const nearestWord = pack.issues.map(() => '');
      for (const word of new Set(words)) {
        const similarities = similaritiesOf(word);
        if (!similarities) continue;
        // A loop rather than `forEach`, whose callback V8 (Node 20) does not inline on typed arrays.
        for (let issue = 0; issue < similarities.length; issue++) {
          const similarity = similarities[issue]!;
          if (similarity > best[issue]!) {
            second[issue] = best[issue]!;
            best[issue] = similarity;
            nearestWord[issue] = word;
          } else if (similarity > second[issue]!) second[issue] = similarity;
        }
      }
      return { best, second, nearestWord };
    },
  };
  scorers.set(pack, scorer);
  return scorer;
}
