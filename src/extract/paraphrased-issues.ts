/**
 * Issues named in other words than the pack's cues ("a pause on attacks on energy infrastructure"):
 * the phrase a stance cue governs is matched against each issue's proposition and cues by the
 * lemmas of their content words, each weighted by how few of the pack's issues use it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pack, Span } from '../core/index.ts';
import type { IssueMention } from '../packs/index.ts';
import type { CueMatch } from './sentence-context.ts';

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
// wink-nlp's typings give `its.lemma` another signature than its other token properties; it reads the same way.
const LEMMA = its.lemma as unknown as typeof its.normal;

// The object of a cue rarely runs past this many characters before its clause ends.
const MAX_OBJECT_LENGTH = 90;
// A clear winner only (chosen on the training articles): at least two shared lemmas weighing as much
// as 2.6 words that each name a single issue, well ahead of the runner-up; looser limits mostly
// matched news words ("land gains", "critical infrastructure") that name no proposition.
const MIN_SHARED_LEMMAS = 2;
const MIN_SCORE = 2.6;
const MIN_MARGIN = 0.6;
// Where the object of a cue ends: clause punctuation, or the start of another clause.
const OBJECT_END =
  /[,;:.!?()"“”]|(?<![\p{L}])(?:before|after|while|because|although|though|whereas|unless|if|since|amid|as|so that|in order|instead of|rather than|given|which|who|when|where|and said|but|may|might|will|would|could|can)(?![\p{L}])/iu;
const FUNCTION_TAGS = new Set(['DET', 'ADP', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'NUM', 'SYM', 'SPACE', 'X']);
const STOP_LEMMAS = new Set('be have do say make take get go come give also more most other such all any some new part e.g. one two three four'.split(' '));

interface IssueLemmas {
  /** Per issue (in pack order), the content lemmas of its proposition and cues. */
  readonly lemmasOf: readonly ReadonlySet<string>[];
  /** A lemma's weight: 1 when one issue uses it, 0 when all do (on a log scale, so any pack's size reads alike). */
  readonly weight: ReadonlyMap<string, number>;
  /** Words of party and official names, which tell no proposition apart. */
  readonly partyWords: ReadonlySet<string>;
}

const lemmasByPack = new WeakMap<Pack, IssueLemmas>();

/** The lemmas of a text's content words, in order of first use, party names left out. */
function contentLemmas(text: string, partyWords: ReadonlySet<string>): Set<string> {
  const tokens = nlp.readDoc(text).tokens();
  const lemmas = tokens.out(LEMMA);
  const tags = tokens.out(its.pos);
  const words = tokens.out(its.normal);
  const content = new Set<string>();
  lemmas.forEach((lemma, index) => {
    const normal = lemma.toLowerCase();
    if (FUNCTION_TAGS.has(tags[index]!) || !/^\p{L}[\p{L}-]+$/u.test(normal) || STOP_LEMMAS.has(normal) || partyWords.has(words[index]!) || partyWords.has(normal)) return;
    content.add(normal);
  });
  return content;
}

function issueLemmasOf(pack: Pack): IssueLemmas {
  const known = lemmasByPack.get(pack);
  if (known) return known;
  const names = pack.parties.flatMap((party) => [party.name, ...party.names, ...party.adjectives, ...party.metonyms, ...party.officials.flatMap((official) => [official.name, ...official.aliases])]);
  const partyWords = new Set(names.flatMap((name) => name.toLowerCase().split(/[\s'’]+/u)));
  // Cue syntax (alternatives, wildcards, gaps) reads as plain words once its marks are taken out.
  const lemmasOf = pack.issues.map((issue) => contentLemmas([issue.proposition, ...issue.cues].join('. ').replace(/[*|()]|\.\.\./gu, ' '), partyWords));
  const spread = new Map<string, number>();
  for (const lemmas of lemmasOf) for (const lemma of lemmas) spread.set(lemma, (spread.get(lemma) ?? 0) + 1);
  const weight = new Map([...spread].map(([lemma, issues]) => [lemma, Math.log(pack.issues.length / issues) / Math.log(Math.max(2, pack.issues.length))]));
  const issueLemmas = { lemmasOf, weight, partyWords };
  lemmasByPack.set(pack, issueLemmas);
  return issueLemmas;
}

/** The phrase a cue governs: from its end to the end of its clause, or the next cue. */
function objectOf(text: string, cue: CueMatch, sentence: Span, cues: readonly CueMatch[]): Span {
  const nextCue = cues.find((other) => other.start >= cue.end)?.start ?? sentence.end;
  const limit = Math.min(sentence.end, nextCue, cue.end + MAX_OBJECT_LENGTH);
  const rest = text.slice(cue.end, limit);
  const stop = OBJECT_END.exec(rest);
  const phrase = rest.slice(0, stop ? stop.index : rest.length);
  const start = cue.end + (phrase.length - phrase.trimStart().length);
  return { start, end: Math.max(start, cue.end + phrase.trimEnd().length) };
}

/**
 * Issue mentions for the cues of a sentence: where the phrase a cue governs opens with a content
 * word of one issue and shares enough weighted lemmas with it, clearly more than with any other.
 */
export function paraphrasedIssues(text: string, pack: Pack, sentence: Span, cues: readonly CueMatch[]): IssueMention[] {
  const { lemmasOf, weight, partyWords } = issueLemmasOf(pack);
  const found: IssueMention[] = [];
  for (const cue of cues) {
    const object = objectOf(text, cue, sentence, cues);
    if (found.some((mention) => mention.start === object.start)) continue;
    const lemmas = [...contentLemmas(text.slice(object.start, object.end), partyWords)];
    const scores = lemmasOf.map((issueLemmas) => {
      const shared = lemmas.filter((lemma) => issueLemmas.has(lemma));
      return { shared: shared.length, score: shared.reduce((sum, lemma) => sum + (weight.get(lemma) ?? 0), 0) };
    });
    const order = scores.map((_, index) => index).sort((a, b) => scores[b]!.score - scores[a]!.score);
    const winner = order[0];
    if (winner === undefined) continue;
    const best = scores[winner]!;
    const second = order[1] === undefined ? 0 : scores[order[1]]!.score;
    // "the possibility of creating humanitarian corridors": the head of the phrase must belong to the issue.
    const opensWithIssue = lemmas[0] !== undefined && lemmasOf[winner]!.has(lemmas[0]);
    if (!opensWithIssue || best.shared < MIN_SHARED_LEMMAS || best.score < MIN_SCORE || best.score - second < MIN_MARGIN) continue;
    found.push({ ...object, issue: pack.issues[winner]!.id, cue: 'paraphrase', text: text.slice(object.start, object.end), negated: false });
  }
  return found;
}
