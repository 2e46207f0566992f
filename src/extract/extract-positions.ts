/**
 * The trained extractor: candidates from every sentence, scored by the model; a candidate whose
 * best stance clears the model's threshold becomes a position, with the features that weighed most.
 */
import type { Doc, Mode, Pack, Position, Stance, Strength } from '../core/index.ts';
import { explain, predict, type Contribution } from '../learn/index.ts';
import { compilePack } from '../packs/index.ts';
import { findLists } from '../text/index.ts';
import { candidateFeatures, ruleVerdicts } from './candidate-features.ts';
import { findCandidates, type Candidate } from './candidates.ts';
import { loadExtractorModel, type ExtractorModel } from './extractor-model.ts';
import { evidenceOf, rulePositions, type Extraction } from './rule-positions.ts';

export type { Extraction };
import { buildContexts } from './sentence-contexts.ts';


/** A candidate with its features, as training and extraction both see it. */
export interface FeaturedCandidate {
  readonly candidate: Candidate;
  readonly features: readonly string[];
}

export interface ExtractOptions {
  /** The model to score with; the shipped one by default. */
  readonly model?: ExtractorModel;
  /** How many features to list per position under `explanation`; none by default. */
  readonly explain?: number;
}

/** Every candidate of a document with its features. */
export function featuredCandidates(doc: Doc, pack: Pack, limits: ExtractorModel['limits']): FeaturedCandidate[] {
  const compiled = compilePack(pack);
  const docContext = buildContexts(doc, compiled);
  const lists = findLists(doc.text, docContext.contexts.map((context) => context.sentence));
  const rules = ruleVerdicts(rulePositions(doc, docContext, lists).positions);
  return findCandidates(doc.text, docContext.contexts, lists, compiled, docContext.resolvePronoun, limits).map((candidate) => ({
    candidate,
    features: candidateFeatures(doc.text, candidate, rules),
  }));
}

/** Extracts every position the document states, with evidence spans into `doc.text`. */
export function extractPositions(doc: Doc, pack: Pack, options: ExtractOptions = {}): Extraction {
  const model = options.model ?? loadExtractorModel();
  return { positions: positionsFromCandidates(doc, featuredCandidates(doc, pack, model.limits), model, options), messages: [] };
}

/**
 * The positions a model finds among a document's candidates: one per (holder, issue), the most
 * confident stance — a party rarely takes two stances on one proposition in one article (2 of 290
 * pairs in the training corpus); `threshold` overrides the model's own (cross-validation tries several).
 */
export function positionsFromCandidates(
  doc: Doc,
  featured: readonly FeaturedCandidate[],
  model: ExtractorModel,
  options: ExtractOptions & { readonly threshold?: number } = {},
): Position[] {
  const best = new Map<string, Position>();
  for (const { candidate, features } of featured) {
    const scored = scoreCandidate(model, features, options.threshold ?? model.threshold);
    if (!scored) continue;
    const key = `${candidate.holder}|${candidate.issue}`;
    const kept = best.get(key);
    if (kept && kept.confidence >= scored.confidence) continue;
    best.set(key, positionOf(doc, candidate, scored, model, options.explain ? explain(model.stance, features, scored.stance, options.explain) : undefined));
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start || (a.holder < b.holder ? -1 : 1));
}

/** What the model says of one candidate, when it is a position. */
export interface Scored {
  readonly stance: Stance;
  readonly confidence: number;
  readonly strength: Strength;
  readonly mode: Mode;
}

/** The candidate's most probable stance, if it clears the threshold, with strength and mode. */
export function scoreCandidate(model: ExtractorModel, features: readonly string[], threshold: number = model.threshold): Scored | undefined {
  const probabilities = predict(model.stance, features);
  let bestClass = -1;
  for (let c = 0; c < probabilities.length; c++) if (model.stance.classes[c] !== 'none' && (bestClass < 0 || probabilities[c]! > probabilities[bestClass]!)) bestClass = c;
  const confidence = probabilities[bestClass] ?? 0;
  if (bestClass < 0 || confidence < threshold) return undefined;
  return {
    stance: model.stance.classes[bestClass] as Stance,
    confidence,
    strength: mostProbable(model.strength.classes, predict(model.strength, features)) as Strength,
    mode: mostProbable(model.mode.classes, predict(model.mode, features)) as Mode,
  };
}

function mostProbable(classes: readonly string[], probabilities: readonly number[]): string {
  let best = 0;
  for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
  return classes[best] ?? '';
}

function positionOf(doc: Doc, candidate: Candidate, scored: Scored, model: ExtractorModel, explanation: Contribution[] | undefined): Position {
  const { context, holder } = candidate;
  const speaker = speakerOf(candidate);
  const source = [context.quoteSpeaker, context.speaker, context.carriedSpeaker].find((s) => s?.actor.party !== undefined && s.actor.party !== holder && s.actor.name);
  return {
    doc: doc.id,
    holder,
    issue: candidate.issue,
    stance: scored.stance,
    strength: scored.strength,
    mode: scored.mode,
    speaker,
    intermediary: scored.mode === 'characterized' ? (source?.actor.name ?? '') : '',
    outlet: doc.outlet ?? '',
    conditions: [],
    evidence: evidenceOf(doc, trimmed(doc.text, context.sentence)),
    confidence: scored.confidence,
    extractor: `model@${model.version}`,
    ...(explanation ? { explanation } : {}),
  };
}

/** The official who voices the position: the holder's speaker in the sentence, or its official named there. */
function speakerOf(candidate: Candidate): string {
  const { context, holder } = candidate;
  for (const source of [context.quoteSpeaker, context.speaker, context.carriedSpeaker]) {
    if (source?.actor.party === holder && source.actor.official) return source.actor.name ?? '';
  }
  const official = candidate.holderLinks.find((link) => link.actor?.official && link.actor.party === holder)?.actor;
  return official?.name ?? '';
}

/** The span without surrounding whitespace and markup bullets. */
function trimmed(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /[\s*•\-–—]/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}
