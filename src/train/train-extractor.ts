/**
 * Training the extractor: a stance model on every labelled candidate, strength and mode models on
 * the candidates gold calls positions, and the confidence threshold chosen by cross-validation
 * with folds by document. Deterministic: the same documents, gold and seed give the same file.
 */
import { score, type Score } from '../eval/index.ts';
import {
  isWordFeature,
  judgeCandidates,
  positionsFromJudged,
  STANCE_CLASSES,
  type CandidateLimits,
  type ExtractorModel,
  type FeaturedCandidate,
  type JudgedCandidate,
} from '../extract/index.ts';
import { DEFAULT_TRAIN_OPTIONS, trainLinearModel, type Example, type TrainOptions } from '../learn/index.ts';
import { labelCandidates, type TrainingDocument } from './training-documents.ts';

export interface TrainExtractorOptions {
  readonly version: string;
  readonly seed: number;
  readonly folds: number;
  readonly limits: CandidateLimits;
  readonly learner?: Partial<TrainOptions>;
}

/** Cross-validated figures: F1 at each threshold tried, and the score at the one chosen. */
export interface CrossValidation {
  readonly folds: number;
  readonly byThreshold: readonly { readonly threshold: number; readonly f1: number }[];
  readonly threshold: number;
  readonly score: Score;
}

// Up to 1: a model that adds nothing to the rules is a possible outcome.
const THRESHOLDS = [0.02, 0.04, 0.06, 0.08, ...Array.from({ length: 19 }, (_, index) => Math.round((0.1 + index * 0.05) * 100) / 100)];

/** Cross-validates to choose the threshold, then fits the final model on every document. */
export function trainExtractor(documents: readonly TrainingDocument[], options: TrainExtractorOptions): { model: ExtractorModel; crossValidation: CrossValidation } {
  const crossValidation = crossValidate(documents, options);
  return { model: { ...fitModels(documents, options), threshold: crossValidation.threshold }, crossValidation };
}

/** Out-of-fold judgements for every document (folds by document, assigned in document order), scored at each threshold; the first best wins. */
export function crossValidate(documents: readonly TrainingDocument[], options: TrainExtractorOptions): CrossValidation {
  const folds = Math.max(2, Math.min(options.folds, documents.length));
  const judged: { document: TrainingDocument; model: ExtractorModel; candidates: JudgedCandidate[] }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const training = documents.filter((_, index) => index % folds !== fold);
    const model = { ...fitModels(training, options), threshold: 0 };
    for (const document of documents.filter((_, index) => index % folds === fold)) judged.push({ document, model, candidates: judgeCandidates(model, document.featured) });
  }
  const gold = documents.flatMap((document) => document.gold);
  const texts = new Map(documents.map((document) => [document.doc.id, document.doc.text]));
  const byThreshold = THRESHOLDS.map((threshold) => {
    const predicted = judged.flatMap(({ document, model, candidates }) => positionsFromJudged(document.doc, candidates, model, threshold));
    return { threshold, score: score(gold, predicted, texts) };
  });
  const best = byThreshold.reduce((a, b) => (b.score.overall.f1 > a.score.overall.f1 ? b : a));
  return { folds, byThreshold: byThreshold.map(({ threshold, score: s }) => ({ threshold, f1: s.overall.f1 })), threshold: best.threshold, score: best.score };
}

/** The three models fitted on `documents`, with threshold left to the caller. */
function fitModels(documents: readonly TrainingDocument[], options: TrainExtractorOptions): Omit<ExtractorModel, 'threshold'> {
  const learner = { ...DEFAULT_TRAIN_OPTIONS, ...options.learner, seed: options.seed };
  const stance: Example[] = [];
  const strength: Example[] = [];
  const mode: Example[] = [];
  const labelled = documents.map((document) => labelCandidates(document).filter(({ label }) => label !== 'ignore'));
  const keep = wordsWithSupport(labelled);
  for (const candidates of labelled) {
    for (const { item, label, gold } of candidates) {
      const features = item.features.filter(keep);
      stance.push({ features, label });
      if (gold) {
        strength.push({ features, label: gold.strength });
        mode.push({ features, label: gold.mode });
      }
    }
  }
  return {
    version: options.version,
    limits: options.limits,
    trainedOn: { documents: documents.length, positions: documents.reduce((sum, document) => sum + document.gold.length, 0), seed: options.seed },
    stance: trainLinearModel(stance, STANCE_CLASSES, learner),
    strength: trainLinearModel(strength, ['red_line', 'firm', 'soft'], learner),
    mode: trainLinearModel(mode, ['direct', 'reported', 'characterized'], learner),
  };
}

// A word is learnt only when positions of several documents share it: with a few hundred gold
// positions, a word seen in one or two is memorised, and it outweighs the rules' verdicts elsewhere.
const MIN_WORD_DOCUMENTS = 5;

/** Keeps every feature except words that too few documents' positions carry. */
function wordsWithSupport(labelled: readonly (readonly { item: FeaturedCandidate; label: string }[])[]): (feature: string) => boolean {
  const support = new Map<string, number>();
  for (const candidates of labelled) {
    const words = new Set(candidates.flatMap(({ item, label }) => (label === 'none' ? [] : item.features.filter(isWordFeature))));
    for (const word of words) support.set(word, (support.get(word) ?? 0) + 1);
  }
  return (feature) => !isWordFeature(feature) || (support.get(feature) ?? 0) >= MIN_WORD_DOCUMENTS;
}
