/** Attribution: who is said to have said a sentence ("X said", "said X", "according to X"). */
import type { Span } from '../core/index.ts';
import { matchesOf } from './matches.ts';

/** A speech verb and the stretch of text naming its speaker. */
export interface Attribution {
  readonly verb: Span;
  /** Where the speaker is named: a short noun phrase, to be resolved against a pack. */
  readonly speaker: Span;
}

/** Verbs of saying, in the forms news copy uses. */
const SPEECH_VERB =
  /\b(?:said|says|say|told|tells|stated|states|stressed|stresses|insisted|insists|emphasi[sz]ed|emphasi[sz]es|added|adds|noted|notes|warned|warns|explained|explains|argued|argues|claimed|claims|declared|declares|announced|announces|wrote|writes|summed up|reiterated|reiterates|asserted|asserts|remarked|commented|acknowledged|acknowledges|confirmed|confirms|replied|responded|posted|underlined|underscored|pointed out|recalled|concluded|reported|reports|quoted|spoke (?:of|about)|spoken (?:of|about)|signall?ed|signals|indicated|indicates|made clear|makes clear|vowed|vows|pledged|pledges|maintains|maintained|remains? firm|remained firm|remains? adamant|remained adamant)\b/gi;
const ACCORDING_TO = /\baccording to\s+/gi;

// V8 runs case-insensitive expressions many times slower with the `u` flag. For the ASCII patterns above
// it changes only the folding of ſ and K (Kelvin sign) into s and k, so text holding them gets the `u` forms.
const FOLDS_INTO_ASCII = /[\u017F\u212A]/;
const UNICODE_SPEECH_VERB = new RegExp(SPEECH_VERB, 'giu');
const UNICODE_ACCORDING_TO = new RegExp(ACCORDING_TO, 'giu');

// "…, telling reporters that …": telling is saying, to an audience.
const PARTICIPLE_OF_SAYING = /,\s+(saying|adding|arguing|noting|stressing|warning|insisting|explaining|claiming|telling)\b/gi;
const SPEAKER_WORDS = 8;
const WORD = /\S+/gu;
const APPOSITIVE = /,[^,"“”]{1,100},\s*$/u;
// "Orban, whose government passed the law, said Russia …": a name and its appositive are the subject, not an inverted quote's tail.
const NAME_THEN_APPOSITIVE = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s*(?:who|whose|a|an|the)\s[^,"“”]{1,100},\s*$/u;

/** Finds the attributions in `text[span]`, outside the given quotations. */
export function findAttributions(text: string, span: Span, quoted: readonly Span[]): Attribution[] {
  const attributions: Attribution[] = [];
  const inQuote = (offset: number) => quoted.some((quote) => quote.start <= offset && offset < quote.end);
  const body = text.slice(span.start, span.end);
  const unicode = FOLDS_INTO_ASCII.test(body);
  for (const match of matchesOf(unicode ? UNICODE_ACCORDING_TO : ACCORDING_TO, body)) {
    const verb = { start: span.start + (match.index ?? 0), end: span.start + (match.index ?? 0) + match[0].length };
    if (!inQuote(verb.start)) attributions.push({ verb, speaker: phraseAfter(text, verb.end, span.end) });
  }
  // "Putin questioned his legitimacy, saying elections must be held": the sentence's subject speaks.
  for (const match of matchesOf(PARTICIPLE_OF_SAYING, body)) {
    const verb = { start: span.start + (match.index ?? 0) + match[0].length - (match[1] ?? '').length, end: span.start + (match.index ?? 0) + match[0].length };
    if (!inQuote(verb.start)) attributions.push({ verb, speaker: phraseAfter(text, span.start, verb.start) });
  }
  for (const match of matchesOf(unicode ? UNICODE_SPEECH_VERB : SPEECH_VERB, body)) {
    const verb = { start: span.start + (match.index ?? 0), end: span.start + (match.index ?? 0) + match[0].length };
    if (inQuote(verb.start)) continue;
    const before = phraseBefore(text, span.start, verb.start);
    // "…," said Peskov / "…, said Kremlin spokesman Dmitry Peskov": the speaker follows the verb.
    const inverted =
      /[,"“”]\s*$/u.test(text.slice(span.start, verb.start)) && /^\s+[A-Z]/u.test(text.slice(verb.end, span.end)) && !NAME_THEN_APPOSITIVE.test(text.slice(span.start, verb.start));
    const speaker = inverted ? phraseAfter(text, verb.end, span.end) : before;
    if (speaker.end > speaker.start) attributions.push({ verb, speaker });
  }
  return attributions.sort((a, b) => a.verb.start - b.verb.start);
}

/** Up to a few words before `end`, back to the clause boundary, skipping an appositive ("X, editor of Y, says"). */
function phraseBefore(text: string, floor: number, end: number): Span {
  let stop = end;
  const appositive = APPOSITIVE.exec(text.slice(floor, end));
  if (appositive) stop = floor + appositive.index;
  const clause = text.slice(floor, stop);
  const boundary = Math.max(...[',', ';', '"', '“', '”', ':', '(', ')'].map((mark) => clause.lastIndexOf(mark)));
  let start = floor + boundary + 1;
  const words = matchesOf(WORD, text.slice(start, stop));
  const kept = words.slice(-SPEAKER_WORDS);
  if (kept[0]) start += kept[0].index ?? 0;
  return trim(text, { start, end: stop });
}

/** The noun phrase after `start`, up to the next clause boundary or a few words. */
function phraseAfter(text: string, start: number, end: number): Span {
  const rest = text.slice(start, end);
  const boundary = rest.search(/[,;:.!?"“”()]|\s(?:that|who|which|on|in|at|after|before|during)\s/u);
  const stop = boundary === -1 ? end : start + boundary;
  const words = matchesOf(WORD, text.slice(start, stop)).slice(0, SPEAKER_WORDS);
  const last = words[words.length - 1];
  return trim(text, { start, end: last ? start + (last.index ?? 0) + last[0].length : start });
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,]/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
