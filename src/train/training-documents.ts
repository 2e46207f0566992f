/** Documents with their candidates and gold positions: what training and cross-validation read. */
import type { Doc, Pack } from '../core/index.ts';
import { occurrencesOf, type GoldPosition } from '../eval/index.ts';
import { featuredCandidates, type CandidateLimits, type FeaturedCandidate } from '../extract/index.ts';

/** One annotated document, its candidates featured once. */
export interface TrainingDocument {
  readonly doc: Doc;
  readonly featured: readonly FeaturedCandidate[];
  readonly gold: readonly GoldPosition[];
}

/** A candidate's class for training; `ignore` leaves out a pair gold holds, but states elsewhere in the document. */
export interface Labelled {
  readonly item: FeaturedCandidate;
  readonly label: string;
  readonly gold?: GoldPosition;
}

/** Features every candidate of every document, with the gold positions about it. */
export function prepareDocuments(docs: readonly Doc[], gold: readonly GoldPosition[], pack: Pack, limits: CandidateLimits): TrainingDocument[] {
  return docs.map((doc) => ({ doc, featured: featuredCandidates(doc, pack, limits), gold: gold.filter((row) => row.doc === doc.id) }));
}

/**
 * Each candidate's class: the stance of a gold position on its (holder, issue) whose evidence
 * touches its sentence; none when gold has no position on the pair; `ignore` when gold has one but
 * grounds it elsewhere (the same stance may be restated, and gold cites one place).
 */
export function labelCandidates(document: TrainingDocument): Labelled[] {
  const spans = document.gold.map((row) => ({ row, starts: occurrencesOf(document.doc.text, row.evidence) }));
  return document.featured.map((item) => {
    const { sentence } = item.candidate.context;
    const same = spans.filter(({ row }) => row.holder === item.candidate.holder && row.issue === item.candidate.issue);
    if (same.length === 0) return { item, label: 'none' };
    const touching = same.find(({ row, starts }) => starts.some((start) => start < sentence.end && sentence.start < start + row.evidence.length));
    return touching ? { item, label: touching.row.stance, gold: touching.row } : { item, label: 'ignore' };
  });
}

/** Recall of the candidates: the share of gold tuples whose (holder, issue) is a candidate in the document, and in a sentence of its evidence. */
export function candidateRecall(documents: readonly TrainingDocument[]): { gold: number; inDocument: number; inEvidence: number } {
  let gold = 0;
  let inDocument = 0;
  let inEvidence = 0;
  for (const document of documents) {
    const labelled = labelCandidates(document);
    const tuples = new Map(document.gold.map((row) => [`${row.holder}|${row.issue}|${row.stance}`, row]));
    for (const row of tuples.values()) {
      gold++;
      const pair = labelled.filter(({ item }) => item.candidate.holder === row.holder && item.candidate.issue === row.issue);
      if (pair.length > 0) inDocument++;
      if (pair.some((entry) => entry.label !== 'ignore' && entry.label !== 'none')) inEvidence++;
    }
  }
  return { gold, inDocument, inEvidence };
}
