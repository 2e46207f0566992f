/** Scores predicted positions against gold positions, as shared/eval/GUIDE.md defines. */
import { evidenceOverlaps, occurrencesOf } from './evidence-overlaps.ts';
import { tupleKey, type GoldPosition, type PredictedPosition } from './gold-position.ts';

/** Tuple counts and the precision, recall and F1 they give. */
export interface Counts {
  /** Distinct gold tuples. */
  readonly gold: number;
  /** Distinct predicted tuples. */
  readonly predicted: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Counts restricted to one issue. */
export interface IssueScore extends Counts {
  readonly issue: string;
}

/** Counts restricted to one document. */
export interface DocumentScore extends Counts {
  readonly doc: string;
}

/** How many matched tuples agree on one attribute, out of all matched tuples. */
export interface Agreement {
  readonly agreed: number;
  readonly of: number;
  readonly rate: number;
}

/** A matched tuple: the gold row and the predicted row compared, and what they agree on. */
export interface Match {
  readonly gold: GoldPosition;
  readonly predicted: PredictedPosition;
  readonly strengthAgrees: boolean;
  readonly modeAgrees: boolean;
  readonly evidenceOverlaps: boolean;
}

/** Everything scoring reports; JSON-safe. */
export interface Score {
  /** The evaluated documents, in the order given. */
  readonly documents: readonly string[];
  readonly overall: Counts;
  readonly strength: Agreement;
  readonly mode: Agreement;
  readonly evidence: Agreement;
  readonly byIssue: readonly IssueScore[];
  readonly byDocument: readonly DocumentScore[];
  readonly matches: readonly Match[];
  /** The first predicted row of each predicted tuple that gold lacks. */
  readonly falsePositives: readonly PredictedPosition[];
  /** The first gold row of each gold tuple that no prediction has. */
  readonly falseNegatives: readonly GoldPosition[];
  /** Gold rows whose evidence is not a substring of their document: they can never overlap. */
  readonly goldEvidenceNotFound: readonly GoldPosition[];
  /** Rows about documents outside the evaluated set, left out of every figure. */
  readonly ignored: { readonly gold: number; readonly predicted: number };
}

/**
 * Scores `predicted` against `gold` over the documents of `texts` (document id → its text).
 *
 * Each (doc, holder, issue, stance) tuple counts once however many rows carry it. Figures are
 * micro-averaged: tuple counts are pooled over all evaluated documents, so a document with gold but
 * no prediction adds only misses, and one with predictions but no gold adds only false positives.
 * Rows about documents not in `texts` are ignored (and counted in `ignored`).
 *
 * On a matched tuple, strength, mode and evidence are compared on one pair of rows: of all
 * (gold row, predicted row) pairs of the tuple, the one that agrees on the most of the three,
 * the earliest pair on ties. One pair, not the best row per attribute, so that two half-right
 * predictions never add up to one right one.
 *
 * A ratio whose denominator is zero (no predictions, no gold, no matches) is reported as 0.
 */
export function score(
  gold: readonly GoldPosition[],
  predicted: readonly PredictedPosition[],
  texts: ReadonlyMap<string, string>,
): Score {
  const goldByTuple = groupByTuple(gold.filter((row) => texts.has(row.doc)));
  const predictedByTuple = groupByTuple(predicted.filter((row) => texts.has(row.doc)));

  const matches: Match[] = [];
  const falseNegatives: GoldPosition[] = [];
  for (const [key, goldRows] of goldByTuple) {
    const predictedRows = predictedByTuple.get(key);
    if (predictedRows) matches.push(bestMatch(goldRows, predictedRows, texts));
    else falseNegatives.push(goldRows[0]!);
  }
  const falsePositives = [...predictedByTuple]
    .filter(([key]) => !goldByTuple.has(key))
    .map(([, rows]) => rows[0]!);

  const goldTuples = [...goldByTuple.values()].map((rows) => rows[0]!);
  const predictedTuples = [...predictedByTuple.values()].map((rows) => rows[0]!);
  const countWhere = (keep: (row: { doc: string; issue: string }) => boolean): Counts =>
    counts(
      goldTuples.filter(keep).length,
      predictedTuples.filter(keep).length,
      matches.filter((match) => keep(match.gold)).length,
    );

  const issues = [...new Set([...goldTuples, ...predictedTuples].map((row) => row.issue))].sort();
  const documents = [...texts.keys()];
  return {
    documents,
    overall: countWhere(() => true),
    strength: agreement(matches.filter((match) => match.strengthAgrees).length, matches.length),
    mode: agreement(matches.filter((match) => match.modeAgrees).length, matches.length),
    evidence: agreement(matches.filter((match) => match.evidenceOverlaps).length, matches.length),
    byIssue: issues.map((issue) => ({ issue, ...countWhere((row) => row.issue === issue) })),
    byDocument: documents.map((doc) => ({ doc, ...countWhere((row) => row.doc === doc) })),
    matches,
    falsePositives,
    falseNegatives,
    goldEvidenceNotFound: gold.filter(
      (row) => texts.has(row.doc) && occurrencesOf(texts.get(row.doc)!, row.evidence).length === 0,
    ),
    ignored: {
      gold: gold.filter((row) => !texts.has(row.doc)).length,
      predicted: predicted.filter((row) => !texts.has(row.doc)).length,
    },
  };
}

function groupByTuple<Row extends GoldPosition | PredictedPosition>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = tupleKey(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function bestMatch(
  goldRows: readonly GoldPosition[],
  predictedRows: readonly PredictedPosition[],
  texts: ReadonlyMap<string, string>,
): Match {
  let best: Match | undefined;
  let bestAgreements = -1;
  for (const goldRow of goldRows) {
    for (const predictedRow of predictedRows) {
      const match: Match = {
        gold: goldRow,
        predicted: predictedRow,
        strengthAgrees: goldRow.strength === predictedRow.strength,
        modeAgrees: goldRow.mode === predictedRow.mode,
        evidenceOverlaps: evidenceOverlaps(texts.get(goldRow.doc) ?? '', goldRow.evidence, predictedRow.evidence),
      };
      const agreements = Number(match.strengthAgrees) + Number(match.modeAgrees) + Number(match.evidenceOverlaps);
      if (agreements > bestAgreements) [best, bestAgreements] = [match, agreements];
    }
  }
  return best!;
}

function counts(gold: number, predicted: number, truePositives: number): Counts {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, gold);
  return {
    gold,
    predicted,
    truePositives,
    falsePositives: predicted - truePositives,
    falseNegatives: gold - truePositives,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
  };
}

function agreement(agreed: number, of: number): Agreement {
  return { agreed, of, rate: ratio(agreed, of) };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
