/** The extract stage: positions with evidence from a document and a pack, by the trained model or by the rules. */
export {
  extractPositions,
  featuredCandidates,
  judgeCandidates,
  positionsFromCandidates,
  positionsFromJudged,
  type Extraction,
  type ExtractOptions,
  type FeaturedCandidate,
  type JudgedCandidate,
  type Scored,
} from './extract-positions.ts';
export { extractPositionsByRules, RULES_EXTRACTOR_ID } from './rule-positions.ts';
export { loadExtractorModel, parseExtractorModel, serializeExtractorModel, SHIPPED_MODEL_FILE, STANCE_CLASSES, type ExtractorModel } from './extractor-model.ts';
export { DEFAULT_CANDIDATE_LIMITS, type Candidate, type CandidateLimits } from './candidates.ts';
export { isWordFeature } from './candidate-features.ts';
export { STANCE_CUES, type StanceCue } from './cues.ts';
export { RULES_EXTRACTOR, modelExtractor, chooseExtractor, DEFAULT_EXTRACTOR_KIND, type Extractor, type ExtractorChoice } from './extractors.ts';
export { withStatedOn } from './stated-on.ts';
