/** The two extractors behind one shape, and how a command chooses between them. */
import type { Doc, Message, Pack, Position } from '../core/index.ts';
import { extractPositions } from './extract-positions.ts';
import { loadExtractorModel, type ExtractorModel } from './extractor-model.ts';
import { extractPositionsByRules, RULES_EXTRACTOR_ID } from './rule-positions.ts';

/** Turns a document into positions with a pack, and names itself so stored positions record who made them. */
export interface Extractor {
  /** Name and version: `rules@<version>` (RULES_EXTRACTOR_ID) or `model@<version>` (the model's). */
  readonly id: string;
  extract(doc: Doc, pack: Pack): { readonly positions: readonly Position[]; readonly messages: readonly Message[] };
}

/** The rule-based extractor of `src/extract`. */
export const RULES_EXTRACTOR: Extractor = { id: RULES_EXTRACTOR_ID, extract: extractPositionsByRules };

/** The trained extractor with one model. */
export function modelExtractor(model: ExtractorModel): Extractor {
  return { id: `model@${model.version}`, extract: (doc, pack) => extractPositions(doc, pack, { model }) };
}

/** How a command names its extractor: `rules`, `model` (the shipped model) or a model file. */
export interface ExtractorChoice {
  readonly extractor?: 'rules' | 'model';
  readonly model?: string;
}

/**
 * The extractor a choice names. A model file implies the model; with nothing named, the one that
 * measured best on articles its makers never tuned to (see README, "Quality, measured").
 */
export function chooseExtractor({ extractor, model }: ExtractorChoice): Extractor {
  if (model !== undefined) return modelExtractor(loadExtractorModel(model));
  const kind = extractor ?? DEFAULT_EXTRACTOR_KIND;
  return kind === 'rules' ? RULES_EXTRACTOR : modelExtractor(loadExtractorModel());
}

// The rules: the model, cross-validated on the training corpus, adds nothing to them (README, "Quality, measured").
export const DEFAULT_EXTRACTOR_KIND: 'rules' | 'model' = 'rules';

