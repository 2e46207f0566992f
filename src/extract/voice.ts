/**
 * Mode, speaker and intermediary: whether a position comes in the holder's own quoted words, is
 * reported from its officials, or is characterized by someone else (a commentator, another party,
 * the outlet itself).
 */
import type { Mode, PartyId } from '../core/index.ts';
import type { Quote } from '../text/index.ts';
import type { Holding } from './holder.ts';
import { sourceAt, type CueMatch, type SentenceContext, type Source } from './sentence-context.ts';

/** How a position is voiced in the text. */
export interface Voice {
  readonly mode: Mode;
  readonly speaker: string;
  readonly intermediary: string;
}

/** The voice of a position held by `holding` through `cue`, about a mention at `offset`. */
export function voiceOf(text: string, holding: Holding, cue: CueMatch, offset: number, context: SentenceContext): Voice {
  const holder = holding.actor.party;
  const quoted = context.quotes.some((quote) => quote.parent === undefined && quote.inner.start <= offset && offset < quote.inner.end && isStatement(quote));
  const ownSpeaker = holding.actor.official ? holding.actor.name ?? '' : '';
  if (quoted) {
    const source = context.quoteSpeaker ?? context.speaker;
    // The holder's own words, unless the speaker quotes another party inside the quotation.
    if (source ? source.actor.party === holder : holding.via === 'discourse' || holding.via === 'speaker') {
      return { mode: 'direct', speaker: nameOf(source) || ownSpeaker, intermediary: '' };
    }
    return characterized(source, ownSpeaker, holder);
  }
  // "Zelensky called for talks, but Kalin stated that …": Kalin's verb does not reach back.
  const source = sourceAt(text, cue.start, context);
  if (source && (source.actor.party === holder || spokenByHolder(source, holding))) return { mode: 'reported', speaker: nameOf(source) || ownSpeaker, intermediary: '' };
  if (source && source.actor !== holding.actor) return characterized(source, ownSpeaker, holder);
  // "Zelensky called for", "the Kremlin rejected" report an act; "Russia demands", "Kyiv rejected" describe a stance.
  if (cue.cue.speech && holding.actor.speaks && (holding.via === 'subject' || holding.via === 'agent' || holding.via === 'discourse')) {
    return { mode: 'reported', speaker: ownSpeaker, intermediary: '' };
  }
  return { mode: 'characterized', speaker: ownSpeaker, intermediary: '' };
}

/** "The United Kingdom, Germany, and Turkey stated…": the verb of saying follows the holder's own subject. */
function spokenByHolder(source: Source, holding: Holding): boolean {
  return holding.via === 'subject' && source.verb !== undefined && source.verb.start >= holding.actor.end && source.verb.start - holding.actor.end < 40;
}

// Scare quotes around a term ("root causes", "neutral") quote a word, not a statement.
const MIN_STATEMENT_WORDS = 5;

function isStatement(quote: Quote): boolean {
  return quote.words >= MIN_STATEMENT_WORDS;
}

function characterized(source: Source | undefined, ownSpeaker: string, holder: PartyId | undefined): Voice {
  const intermediary = source && source.actor.party !== holder ? nameOf(source) : '';
  return { mode: 'characterized', speaker: ownSpeaker, intermediary };
}

function nameOf(source: Source | undefined): string {
  return source?.actor.name ?? '';
}
