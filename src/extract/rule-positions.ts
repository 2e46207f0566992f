/**
 * The rule-based extractor: from a document and a pack to positions with evidence. The trained
 * extractor reads its verdicts as features; on its own it is `--extractor rules`.
 */
import type { Doc, Evidence, Message, Pack, Position, Span } from '../core/index.ts';
import { compilePack } from '../packs/index.ts';
import { blankInlineMarkup, findLists, type EnumeratedList } from '../text/index.ts';
import type { Draft, Emit } from './draft.ts';
import { holdersOf, type PronounResolver } from './holder.ts';
import { positionsFromList } from './list-positions.ts';
import { positionsByReference, reportedIn, type ReportedPosition } from './references.ts';
import { bySentence } from './sentence-context.ts';
import { buildContexts, type DocContext } from './sentence-contexts.ts';
import { positionsFromSentence } from './sentence-positions.ts';
import { voiceOf } from './voice.ts';

/** The rule extractor's name and version, recorded with every position it produces. */
export const RULES_EXTRACTOR_ID = 'rules@0.8.0';

/** What extraction returns for one document. */
export interface Extraction {
  readonly positions: Position[];
  readonly messages: Message[];
}

/** Extracts every position the rules find in the document, with evidence spans into `doc.text`. */
export function extractPositionsByRules(doc: Doc, pack: Pack): Extraction {
  const readable = readableDoc(doc);
  const docContext = buildContexts(readable, compilePack(pack));
  const extraction = rulePositions(readable, docContext, findLists(readable.text, docContext.contexts.map((context) => context.sentence)));
  if (readable === doc) return extraction;
  return { ...extraction, positions: extraction.positions.map((position) => ({ ...position, evidence: evidenceOf(doc, position.evidence) })) };
}

/** The document as the rules read it: inline markup blanked, every offset unchanged (quotes come from the original). */
export function readableDoc(doc: Doc): Doc {
  const text = blankInlineMarkup(doc.text);
  return text === doc.text ? doc : { ...doc, text };
}

/** The rules' positions over sentence contexts and lists already built. */
export function rulePositions(doc: Doc, { contexts, resolvePronoun }: DocContext, lists: readonly EnumeratedList[]): Extraction {
  // Shared out in one sweep: testing every item against every sentence is quadratic in a long text.
  const itemsOf = bySentence(lists.flatMap((list) => list.items).sort((a, b) => a.start - b.start), contexts.map((context) => context.sentence));
  const found: Position[] = [];
  const emit = makeEmitter(doc, found, resolvePronoun);
  for (const list of lists) positionsFromList(doc.text, list, contexts, resolvePronoun, emit);
  const earlier: ReportedPosition[] = [];
  for (const context of contexts) {
    if (context.sentence.repeatOf !== undefined) continue;
    if ((itemsOf[context.sentence.index]?.length ?? 0) > 0) continue;
    const before = found.length;
    const used = positionsFromSentence(doc.text, context, resolvePronoun, emit);
    earlier.push(...reportedIn(found.slice(before), context.sentence.index));
    positionsByReference(doc.text, context, used, earlier, resolvePronoun, emit);
  }
  return { positions: dedupe(found), messages: [] };
}

/** Turns drafts into positions, one per holding party; within a sentence a party's first stance on an issue stands. */
function makeEmitter(doc: Doc, found: Position[], resolvePronoun: PronounResolver): Emit {
  const seen = new Set<string>();
  const year = Number(doc.date?.slice(0, 4));
  return (draft: Draft) => {
    if (isBackground(doc.text, draft.evidence, year) || opensInPastYear(doc.text, draft.context.sentence, year)) return [];
    const voice = voiceOf(doc.text, draft.holding, draft.cue, draft.at, draft.context);
    const emitted: Position[] = [];
    for (const holder of holdersOf(doc.text, draft.holding, draft.context, resolvePronoun)) {
      const key = `${draft.context.sentence.index}|${holder}|${draft.issue}`;
      if (seen.has(key)) continue;
      seen.add(key);
      emitted.push({
        doc: doc.id,
        holder,
        issue: draft.issue,
        stance: draft.stance,
        strength: draft.strength,
        mode: voice.mode,
        speaker: voice.speaker,
        intermediary: voice.intermediary,
        outlet: doc.outlet ?? '',
        conditions: draft.conditions,
        evidence: evidenceOf(doc, draft.evidence),
        confidence: draft.confidence,
        extractor: `${RULES_EXTRACTOR_ID}:${draft.rule}`,
      });
    }
    found.push(...emitted);
    return emitted;
  };
}

// "Germany blocked Ukraine's accession in 2008": a stance dated years before the article is background.
const DATED = /(?<![\p{L}])(?:in|since|back in|as early as)\s+((?:19|20)\d\d)(?![\p{N}])/gu;
const BACKGROUND_YEARS = 3;

function isBackground(text: string, evidence: Span, year: number): boolean {
  if (!Number.isFinite(year)) return false;
  // "Crimea, which Moscow annexed in 2014": a date in a relative clause dates the thing named, not the stance.
  const main = text.slice(evidence.start, evidence.end).replace(/,\s*(?:which|who|when|where)\s.*$/su, '');
  return [...main.matchAll(DATED)].some((match) => year - Number(match[1]) >= BACKGROUND_YEARS);
}

// "Back in 2021, Biden suggested …": a year that opens the sentence dates all of it.
const OPENING_YEAR = /^[\s"“‘'(-]*(?:back\s+in|in|as early as)\s+((?:19|20)\d\d)\s*,/iu;

function opensInPastYear(text: string, sentence: Span, year: number): boolean {
  const match = Number.isFinite(year) ? OPENING_YEAR.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40))) : null;
  return match !== null && year - Number(match[1]) >= BACKGROUND_YEARS;
}

/** The evidence as quoted from the text, and for converted pages also as offsets into the raw page. */
export function evidenceOf(doc: Doc, span: Span): Evidence {
  const quote = doc.text.slice(span.start, span.end);
  const offsets = doc.source?.offsets;
  const start = offsets?.[span.start];
  const end = offsets?.[span.end];
  return start === undefined || end === undefined ? { ...span, quote } : { ...span, quote, source: { start, end } };
}

/** One position per (holder, issue, stance), keeping the most confident and then the first. */
function dedupe(positions: Position[]): Position[] {
  const best = new Map<string, Position>();
  for (const position of positions) {
    const key = `${position.holder}|${position.issue}|${position.stance}`;
    const kept = best.get(key);
    if (!kept || position.confidence > kept.confidence) best.set(key, position);
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}
