/**
 * The trained extractor's model file: three linear models over candidate features (stance, then
 * strength and mode of what is a position), the confidence threshold chosen by cross-validation
 * on the training corpus, and the candidate limits it was trained with.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { linearModelFromJson, linearModelToJson, type LinearModel } from '../learn/index.ts';
import { DEFAULT_CANDIDATE_LIMITS, type CandidateLimits } from './candidates.ts';

/** Stance classes of the stance model; `none` says a candidate is no position. */
export const STANCE_CLASSES = ['none', 'demand', 'reject', 'accept'] as const;

export interface ExtractorModel {
  /** Names the model in every position it extracts: `model@<version>`. */
  readonly version: string;
  readonly stance: LinearModel;
  readonly strength: LinearModel;
  readonly mode: LinearModel;
  /** A candidate whose best stance is at least this probable becomes a position. */
  readonly threshold: number;
  readonly limits: CandidateLimits;
  /** What it was trained on, for the record. */
  readonly trainedOn: { readonly documents: number; readonly positions: number; readonly seed: number };
}

/** The model shipped with redlines, trained by `npm run train` on the training corpus. */
export const SHIPPED_MODEL_FILE = fileURLToPath(new URL('../../models/extractor.json', import.meta.url));

/** The model as JSON text, stable for the same model: keys in a fixed order, weights rounded. */
export function serializeExtractorModel(model: ExtractorModel): string {
  const { version, threshold, limits, trainedOn } = model;
  return `${JSON.stringify({
    format: 'redlines-extractor-model/1',
    version,
    threshold,
    limits,
    trainedOn,
    stance: linearModelToJson(model.stance),
    strength: linearModelToJson(model.strength),
    mode: linearModelToJson(model.mode),
  })}\n`;
}

/** Reads a model file, naming the file and the field in any error. */
export function parseExtractorModel(json: string, file: string): ExtractorModel {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: not a model file (${(error as Error).message})`);
  }
  if (data?.['format'] !== 'redlines-extractor-model/1') throw new Error(`${file}: 'format' must be redlines-extractor-model/1`);
  const version = data['version'];
  const threshold = data['threshold'];
  if (typeof version !== 'string' || version === '') throw new Error(`${file}: 'version' must be a non-empty string`);
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) throw new Error(`${file}: 'threshold' must be a number in [0, 1]`);
  const limits = (data['limits'] ?? DEFAULT_CANDIDATE_LIMITS) as CandidateLimits;
  const trainedOn = (data['trainedOn'] ?? { documents: 0, positions: 0, seed: 0 }) as ExtractorModel['trainedOn'];
  return {
    version,
    threshold,
    limits,
    trainedOn,
    stance: linearModelFromJson(data['stance'], `${file}: stance`),
    strength: linearModelFromJson(data['strength'], `${file}: strength`),
    mode: linearModelFromJson(data['mode'], `${file}: mode`),
  };
}

const loaded = new Map<string, ExtractorModel>();

/** Loads a model file once per path. */
export function loadExtractorModel(file: string = SHIPPED_MODEL_FILE): ExtractorModel {
  let model = loaded.get(file);
  if (!model) {
    let json: string;
    try {
      json = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`${file}: cannot read the model (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    model = parseExtractorModel(json, file);
    loaded.set(file, model);
  }
  return model;
}
