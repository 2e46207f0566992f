/**
 * Concessions name different propositions for different parties: "territorial concessions" by
 * Ukraine are its withdrawal, by Russia its own. The conceding party is the one named right before
 * the phrase ("Ukraine should cede territory", "it would not give up any territory"), the one it
 * is asked of ("concessions from Kyiv"), or else the holder of the stance ("Putin rules out
 * territorial concessions") — unless the holder demands them, when the concession is the other
 * side's ("the territory, which Russia is demanding").
 */
import type { PartyId } from '../core/index.ts';
import type { ConcessionMention, IssueMention } from '../packs/index.ts';
import type { Actor } from './actors.ts';
import type { Holding, PronounResolver } from './holder.ts';
import type { SentenceContext } from './sentence-context.ts';

// Auxiliaries and negations between a conceding subject and its verb: "Kyiv would never cede …".
const AUXILIARIES = /^\s*(?:(?:would|will|should|must|can|could|may|might|has|have|had|is|are|was|were|not|never|no longer|to|be|been|being|ready|willing|prepared|refuses?|refused|agreed?|expected|forced|asked)\s+)*$/iu;
const FROM_AFTER = /^\s+(?:from|by)\s+(?:the\s+)?$/iu;

/** The concession as a mention of the proposition the conceding party would grant, if the pack maps that party. */
export function concededProposition(
  text: string,
  concession: ConcessionMention,
  holding: Holding,
  demanding: boolean,
  context: SentenceContext,
  resolve: PronounResolver,
): IssueMention | undefined {
  const conceder = subjectOf(text, concession, context, resolve) ?? askedOf(text, concession, context) ?? byDefault(concession, holding, demanding);
  const issue = conceder === undefined ? undefined : concession.by[conceder];
  return issue === undefined ? undefined : { issue, cue: concession.text, text: concession.text, negated: false, start: concession.start, end: concession.end };
}

/** The holder concedes what it refuses or accepts; what it demands, the one other party of the map concedes. */
function byDefault(concession: ConcessionMention, holding: Holding, demanding: boolean): PartyId | undefined {
  const holder = holding.actor.party;
  if (!demanding) return holder;
  const others = Object.keys(concession.by).filter((party) => party !== holder);
  return others.length === 1 ? others[0] : undefined;
}

function subjectOf(text: string, concession: ConcessionMention, context: SentenceContext, resolve: PronounResolver): PartyId | undefined {
  const actor = context.actors.filter((a) => a.end <= concession.start && concession.start - a.end < 40).at(-1);
  if (!actor || !AUXILIARIES.test(text.slice(actor.end, concession.start))) return undefined;
  return partyOf(actor, context, resolve);
}

function askedOf(text: string, concession: ConcessionMention, context: SentenceContext): PartyId | undefined {
  return context.actors.find((a) => a.kind === 'party' && a.start >= concession.end && a.start - concession.end < 12 && FROM_AFTER.test(text.slice(concession.end, a.start)))?.party;
}

function partyOf(actor: Actor, context: SentenceContext, resolve: PronounResolver): PartyId | undefined {
  return actor.kind === 'pronoun' ? resolve(actor, context)?.party : actor.party;
}
