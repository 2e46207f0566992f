/**
 * The language-level lexicon of stance: words that say a party wants, refuses or accepts
 * something, how firmly, and whether they report an act of speech. Shared by every pack.
 */
import type { Stance, Strength } from '../core/index.ts';

/** How a cue relates to its holder: a verb's subject, a noun's possessor, or the speaker behind a modal. */
export type CueRole = 'verb' | 'noun' | 'modal' | 'predicate';

/** One entry of the stance lexicon. */
export interface StanceCue {
  readonly id: string;
  /** Regular-expression source of the cue's words, without capturing groups. */
  readonly words: string;
  readonly stance: Stance;
  readonly strength: Strength;
  readonly role: CueRole;
  /** Whether the cue reports an act of speech ("demanded", "rejected"), which makes a position reported. */
  readonly speech: boolean;
  /** A noun held only by its named owner or agent ("pressure from Kyiv"), never by the sentence's subject. */
  readonly ownerOnly?: boolean;
}

const cue = (id: string, words: string, stance: Stance, strength: Strength, role: CueRole, speech: boolean): StanceCue => ({
  id,
  words,
  stance,
  strength,
  role,
  speech,
});

/** Every stance cue; where two overlap, the longer match wins. */
export const STANCE_CUES: readonly StanceCue[] = [
  // "Ukraine's bid to join NATO": what a party is after, held only by its owner.
  // "Ukraine's desired security guarantees": what a party is said to desire, too.
  { ...cue('bid-noun', "bids? (?:to|for)|(?:hopes|aspirations?|ambitions?) of|(?<=['’]s? )(?:desired|hoped-for|coveted|sought-after)", 'demand', 'firm', 'noun', false), ownerOnly: true },
  cue('demand-verb', '(?:stress|underlin|underscor|emphasi[sz]|highlight|reiterat|spok|speak|talk)(?:e|es|ed|ing|s)? (?:of |about |on )?the (?:need|importance|necessity) (?:for|of|to)|call(?:s|ed|ing)? it (?:necessary|essential|important|vital|crucial|imperative) to|pressur(?:e|es|ed|ing) (?:\\p{L}+ )?to|pressured|(?:put|puts|putting|increas\\p{L}{0,3}|exert\\p{L}{0,3}|step\\p{L}{0,4} up|ramp\\p{L}{0,4} up|rais\\p{L}{0,3}) (?:the |more |further |maximum )?pressure on|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?(?: on| that)?|call(?:s|ed|ing)? (?:for|on|upon)|urg(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|(?<!the )press(?:es|ed|ing)?(?: for)?|push(?:es|ed|ing)?(?: for)?(?! back| out| off| away)|ask(?:s|ed|ing)? for|request(?:s|ed|ing)?|(?:(?:ask|persuad|convinc|encourag)(?:e|es|ed|ing|s)?|get|gets|got|getting)(?= (?:\\p{Lu}[\\p{L}’.-]*\\s+){1,3}to )|stipulat(?:e|es|ed|ing)|reiterat(?:e|es|ed|ing) (?:its|his|her|their) (?:demand|call)s?', 'demand', 'firm', 'verb', true),
  // "the EU continues to tighten sanctions": carrying on a step up is wanting it.
  cue('want-verb', 'the only way|search(?:es|ed|ing)? for|quest for|intend(?:s|ed)? to|(?:its|his|her|their) intention to|opt(?:s|ed)? (?:to|for)|prioriti[sz](?:e|es|ed|ing)|envisag(?:e|es|ed|ing)|negotiat(?:e|es|ed|ing)(?! with| on behalf)|wants?|wanted|wanting|seeks?|seeking|sought|expects?|expected|(?<!(?:its|their|his|her|our|the|military|security|defen[cs]e|financial|energy|humanitarian|basic|urgent|immediate) )needs?(?! to)|needed|aims? (?:to|for|at)|is determined to|(?:is |are |remains? |remained )?committed to|insists?|pursu(?:e|es|ed|ing)|fight(?:s|ing)? (?:for|to)|desire (?:to|for)|favou?r(?:s|ed)?|hop(?:e|es|ed|ing) (?:for|to)|would like|wish(?:es|ed)? (?:to|for)|prefer(?:s|red)?|(?:eager|keen|anxious|impatient|in a hurry|in a rush)["”’]? to|continu(?:e|es|ed|ing)(?= (?:to )?(?:tighten|expand|extend|step up|ramp up|increase|press for|push for))', 'demand', 'firm', 'verb', false),
  // "Starmer pledged that Britain will stand with Kyiv": a party binds itself to the clause it vows ("vowed to respond to a
  // deployment" threatens, so only the clause counts).
  cue('pledge-verb', '(?:pledg|vow|promis)(?:e|es|ed|ing|s)? that', 'demand', 'firm', 'verb', true),
  // "threatened sanctions if Russia does not agree to a ceasefire": a threat demands what averts it.
  cue('threat', '(?<!(?:the|a|an|most|more) )threat(?:en|ens|ened|ening)(?! the (?:security|stability|peace|safety|lives|existence))', 'demand', 'firm', 'verb', true),
  // "international support", "support is growing" are nouns; "pushed back", "paring back aid", "back in 2021" are no backing.
  cue('support-verb', '(?<!(?:international|military|financial|public|popular|weapons|humanitarian|economic) )supports?(?! (?:is|was|has|had|remains)(?![\\p{L}]))|supported|(?<!(?:push|pushed|pushing|pull|pulled|pulling|come|came|go|went|get|got|bring|brought|fight|fought|fall|fell|roll|rolled|scale|scaled|step|stepped|hit|way|set|sent|send|look|looked|held|hold|call|called|turn|turned|move|moved|strike|struck|drawn|drew|draw|cut|pare) )(?<!\\p{L}(?:ing|ed) )backs?(?! (?:in|then|when|home|down|off|away|out|into|from|to|on|up|and)(?![\\p{L}]))|backed|endors(?:e|es|ed)|advocat(?:e|es|ed|ing)|champions?|championed', 'demand', 'firm', 'verb', true),
  cue('propose-verb', 'propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|float(?:s|ed|ing)?|offer(?:s|ed|ing)?|floated|rais(?:e|es|ed) the (?:idea|possibility) of', 'demand', 'soft', 'verb', true),
  // "the US plan includes a ceasefire", "Kyiv's blueprint envisages a withdrawal": a plan's terms are its owner's demands.
  // The lookahead lets the costly lookbehind run only where the verb stands, not at every word (so also for "until").
  cue('plan-terms', "(?=includ|envisag|provid|foresee|contain|stipulat|would )(?<=(?:plan|plans|proposal|proposals|initiative|blueprint|framework|draft|deal|formula|roadmap|memorandum|document|points)\\s+(?:[\\p{L}’'-]{1,24}\\s+){0,3})(?:includ(?:e|es|ed|ing)|envisag(?:e|es|ed)|provid(?:e|es|ed) for|foresee(?:s|n)?|contain(?:s|ed)?|stipulat(?:e|es|ed)|would (?:require|include|see|give|grant|allow|oblige|obligate|commit|guarantee))", 'demand', 'firm', 'verb', false),
  cue('demand-noun', 'demands?|requests? (?:for|to|that)|need for|promises? to|pledges? to|commitment to|conditions?|requirements?|insistence|calls? for|ultimatum|(?<!in )terms(?! of)|objectives?|goals?|aims?', 'demand', 'firm', 'noun', false),
  cue('proposal-noun', 'proposals?|plan|initiative|idea|offer|suggestion', 'demand', 'soft', 'noun', false),
  cue('red-line-against', 'red lines?["”’]? (?:on|over|regarding|about|concerning)', 'reject', 'red_line', 'noun', false),
  cue('condition-predicate', '(?:(?:is|are|remains?|was|were) (?:a |an |the )?(?:key |main |basic |essential |core |central )?(?:condition|requirement|demand)s?|as (?:a |an |the )?(?:key |main |basic |essential |core |central |necessary |indispensable )(?:element|part|component|condition|requirement)s?|(?:a|the) (?:key |main |central |core )?(?:pre)?condition (?:for|of))', 'demand', 'firm', 'predicate', false),
  cue('red-line-predicate', '(?:is|are|remains?|was) (?:a |an |the )?(?:absolute |key |main )?(?:precondition|non-negotiable|prerequisite)s?', 'demand', 'red_line', 'predicate', false),
  // "X is a red line for Kyiv", "calling it a red line": X must not happen.
  cue('red-line-limit', '(?:is|are|remains?|was|calling it|called it) (?:a |an |the )?(?:absolute |clear )?red lines?', 'reject', 'red_line', 'predicate', false),
  cue('red-line-noun', 'non-negotiables?|red lines?|preconditions?|key condition|prerequisite', 'demand', 'red_line', 'noun', false),
  // "Russia would halt its offensive in exchange for recognition", "will keep fighting until Kyiv withdraws":
  // the price asked and the end sought are demands of the clause's subject.
  cue('price', "in exchange for|in return for|(?=until)(?<=(?:continu|fight|press|push|go|carry|keep)\\p{L}{0,4}(?: on| fighting| going)?\\s+(?:[\\p{L}’'-]+\\s+){0,3})until", 'demand', 'firm', 'verb', false),
  // "there is no need to deploy troops" denies a need, it demands nothing.
  cue('modal', 'it is (?:necessary|essential|important|vital|crucial|imperative) to|must|should|has to|have to|needs to|(?<!(?:no|little) )need to|ought to|is to|are to', 'demand', 'firm', 'modal', false),
  // "Russia had just ten days to reach a ceasefire, Trump said": a deadline set for a party is the speaker's demand.
  cue('deadline', '(?:has|have|had) (?:just |only )?(?:\\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|fifty|a few) (?:more )?(?:hours|days|weeks|months) to', 'demand', 'firm', 'modal', false),
  // "only a direct meeting … can end the war": the one means to an end is wanted.
  // "only the recognition of its interests, including …, will result in a settlement": a long subject, named by its article.
  cue('only-means', "only(?= (?:[\\p{L}’'-]+ ){1,8}(?:can|could|will|would) (?:end|bring|stop|guarantee|secure|ensure|deliver|lead|achieve|resolve|settle))|only(?= (?:the|a|an) [^.;:!?]{1,200}?(?:can|could|will|would) (?:end|bring|guarantee|secure|ensure|deliver|lead to|achieve|result in|produce) (?:the |a |an |lasting |durable |peace|settlement|deal|agreement))", 'demand', 'firm', 'modal', false),
  // "a ceasefire is not possible without a withdrawal", "no lasting peace without territorial integrity".
  cue('not-without', '(?:not possible|impossible|unthinkable|cannot happen|can\'t happen) without|no (?:[\\p{L}-]+ ){0,2}(?:peace|ceasefire|truce|deal|agreement|settlement|security) without', 'demand', 'red_line', 'modal', false),
  cue('only-if', 'only if|only after|only once|only when|only on condition', 'demand', 'red_line', 'modal', false),
  cue('resist-pressure', '(?:withst(?:and|ands|ood)|resist(?:s|ed|ing)?|def(?:y|ies|ied)|rebuff(?:s|ed)?) (?:(?:the |international |western |mounting |growing |u\\.s\\. |american |european )+)?(?:pressure|calls|demands) (?:for|to)', 'reject', 'firm', 'verb', false),
  // "Biden is refusing to go beyond security commitments": the most a party will give, it accepts.
  cue('at-most', "(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|(?:is |are |was |were )?(?:unwilling|not willing|not prepared|reluctant)) to go (?:beyond|further than)|(?:will|would) not go (?:beyond|further than)", 'accept', 'soft', 'verb', false),
  // "Kyiv would pull out of negotiations if …": walking out of talks turns them down, and threatens it as a threat does.
  cue('walk-away', '(?:pull(?:s|ed|ing)?|walk(?:s|ed|ing)?|storm(?:s|ed|ing)?) (?:out of|away from) (?:the )?(?:peace )?(?:talks|negotiations|negotiating table|peace process)|(?:break(?:s|ing)?|broke) off (?:the )?(?:peace )?(?:talks|negotiations)', 'reject', 'firm', 'verb', false),
  cue('reject-verb', 'reject(?:s|ed|ing)?|decided not to|forb(?:id|ids|ade)|prohibit(?:s|ed)?|warn(?:s|ed)? against|(?:say|says|said|saying) no to|refus(?:e|es|ed|ing)|rul(?:e|es|ed|ing) out|oppos(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|spurn(?:s|ed)?|decr(?:y|ies|ied)|denounc(?:e|es|ed)|refut(?:e|es|ed|ing)|balk(?:s|ed)? at|resist(?:s|ed)?|vetoe?(?:s|d)?|block(?:s|ed)|den(?:y|ies|ied|ying)(?! (?:that|claims?|reports?|allegations?|accusations?|involvement|responsibility|any involvement|it)(?![\\p{L}]))|declin(?:e|es|ed) to(?! (?:comment|say|confirm|elaborate|specify|answer|respond|disclose))|would not accept|will not accept|cannot accept|can\'t accept|won\'t accept|does not accept|did not accept', 'reject', 'firm', 'verb', true),
  cue('reject-state', 'is against|are against|was against|were against|firmly against|opposed to|objects? to|objected to|unwilling to|reluctant to|not willing to|not ready to|not prepared to', 'reject', 'firm', 'verb', false),
  cue('reject-noun', 'unacceptability of|rejection of|refusal (?:of|to)|opposition to|objections? to|reluctance to|unwillingness to', 'reject', 'firm', 'noun', false),
  cue('doubt', '(?:express(?:es|ed|ing)? )?(?:scepticism|skepticism|doubts?) (?:about|over|on)|sceptical (?:about|of)|skeptical (?:about|of)', 'reject', 'soft', 'verb', false),
  // "Russia's security concerns over NATO's expansion": what a party fears, held only by its owner.
  { ...cue('concern-noun', '(?:(?:security|grave|serious|deep|legitimate) )?(?:concerns?|fears?|worries|unease) (?:over|about|regarding|at)', 'reject', 'firm', 'noun', false), ownerOnly: true },
  { ...cue('pressure-noun', 'pressure|calls', 'demand', 'firm', 'noun', false), ownerOnly: true },
  // "sees NATO membership as the best solution", "views guarantees … as a top priority": the verb of viewing holds it.
  cue('priority-view', '(?:view|see|saw|seen|regard|consider|treat)\\p{L}{0,4}(?= (?:(?:[^.;:]|\\.(?=\\S|\\s+\\p{Ll})){0,120}? )?as (?:a |an |the |its |their |his |her )?(?:(?:top|key|main|first|highest|absolute|best|only|preferred|ideal)\\s+)?(?:priority|solution|option|answer|way forward)(?![\\p{L}]))', 'demand', 'firm', 'verb', false),
  // "Moscow anticipated getting control of all of Donbas": what a party counts on getting, it wants (as "expects").
  cue('anticipate-verb', 'anticipat(?:e|es|ed|ing)', 'demand', 'firm', 'verb', false),
  // "a seat at the table would suit Ukraine": what suits a party, it wants ("would not suit" says nothing here).
  cue('suits-predicate', '(?<!(?:not|n[\'’]t|never) )(?:would |will |might |could )?(?:suits?|suited)(?= (?:the )?\\p{Lu})', 'demand', 'firm', 'predicate', false),
  // "Russia will do anything to hold on to the occupied territories": what a party would do anything for, it wants.
  cue('do-anything', '(?:do|does|did|doing) (?:anything|everything|whatever it takes|all (?:it|they|he|she) can)', 'demand', 'firm', 'verb', false),
  // "Ukraine's rightful place is in NATO", "Kyiv's future lies in the EU": where a party belongs, the speaker wants it.
  cue('belongs-modal', '(?:place|future)["”’]? (?:is|lies|belongs)(?= in )', 'demand', 'firm', 'modal', false),
  // "the US continued to work with allies on security assistance": carrying on work on something is wanting it.
  cue('continue-work', "(?:continu(?:e|es|ed|ing)|kept|keeps?|keeping) (?:to )?work(?:ing)? (?:with [\\p{L}’'-]+ )?on", 'demand', 'firm', 'verb', false),
  cue('need-predicate', '(?<!(?:the|a|an|any|all|some|more) )(?:irreversible|indispensable|essential|necessary|vital|crucial|imperative|a must|a priority|non-negotiable)', 'demand', 'firm', 'predicate', false),
  // "it was too early to talk about a meeting", "a summit would be premature": not now, a soft refusal.
  cue('too-early', 'too early (?:to|for)', 'reject', 'soft', 'modal', false),
  cue('premature', 'premature', 'reject', 'soft', 'predicate', false),
  cue('reject-predicate', '(?:amount(?:s|ed|ing)? to |tantamount to |(?:is|are|was|were|would be) (?:a |an )?(?:de facto |effective )?)(?:a )?(?:surrender|capitulation)|prolong(?:s|ed|ing)? the (?:war|conflict|fighting|bloodshed)|(?:fuel|escalat)(?:e|es|ed|ing|s|led|ling)? the (?:war|conflict|fighting)|(?:is |are |was |were )?(?:prevent|block|hinder|obstruct|undermin)(?:s|ed|ing|es)? (?:a |any |the )?(?:peaceful |lasting |political )?(?:settlement|peace)|threaten(?:s|ed|ing)? the (?:security|stability|peace) of|provok(?:e|es|ed|ing) (?:instability|escalation)|(?:highly |very |extremely )?dangerous|reckless|counterproductive|a (?:big |grave |serious |huge |terrible |strategic )?mistake|unacceptable|absurd|unrealistic|unworkable|manipulation|propaganda|theatrical|an? (?:ploy|trap|farce|sham|stunt|publicity stunt|delaying tactic)|(?:a )?legitimate (?:military )?targets?|an? (?:direct |serious |grave |major |existential )?threat(?! to (?:peace|security))|untenable|out of the question|not an option|off the (?:table|board)|a non-starter|not up for discussion|not negotiable', 'reject', 'firm', 'predicate', false),
  // "would never be able to join": an inability foretold is no refusal, nor is "will not be able to".
  cue('never', '(?:will never|would never|can never|could never|never)(?! be able)|(?:will |would )?(?:under no circumstances|in no case|by no means)', 'reject', 'red_line', 'verb', false),
  // "there is no way Russia would ever give up Crimea", "no way that Kyiv will accept a freeze": its subject refuses the clause.
  cue('no-way', "(?=would|will|could|can)(?<=no way (?:that )?(?:(?!(?:of|to|out|whether|if|how|around) )[\\p{L}’'.-]+ ){1,4})(?:would|will|could|can)(?: ever)?(?: (?:accept|agree to|agree|allow|consent to|approve|support))?", 'reject', 'red_line', 'verb', false),
  // "Ukraine agreed to it. Russia did not.": an auxiliary that ends its clause refuses what was just said.
  cue('elided-refusal', "(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't)(?=\\s*[.;!]|\\s*$)", 'reject', 'firm', 'verb', false),
  cue('will-not', '(?:will not|won\'t|would not|wouldn\'t)(?! be able)|cannot|can\'t|can not|does not intend to|do not intend to|has no intention of|have no intention of|(?:has |have |had )?no (?:intention|plans?) to|(?:does|do|did) not plan to', 'reject', 'firm', 'verb', false),
  // "Putin will only meet Zelensky after …", "Russia would withdraw only if …": a step promised on a condition is accepted.
  cue('conditional-commitment', "(?:will|would|shall)(?= only )|(?:will|would|shall)(?= (?:[\\p{L}’'-]+ ){1,6}only (?:if|after|once|when|on condition))", 'accept', 'firm', 'verb', false),
  // "the talks yielded an agreement to swap prisoners", "struck a deal under which …": the parties to a deal made accept its
  // terms ("the risks of signing a deal" makes none).
  cue('agreement-reached', "(?:reached|struck|sealed|signed|clinched|concluded|yielded) (?:only |just )?(?:an? |the )?(?:[\\p{L}-]+ ){0,2}?(?:agreement|deal|accord|understanding) (?:to|on|over|under which|that would)", 'accept', 'firm', 'verb', true),
  // "the EU opened accession talks with Kyiv": who opens membership talks accepts the applicant. "a truce to allow for
  // repairs at the plant": a purpose, no consent.
  cue('accept-verb', '(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?|beg[ia]n|start(?:s|ed|ing)?)(?= (?:formal |official )?(?:accession|membership) (?:talks|negotiations))|reach(?:es|ed)? (?:an? |initial |preliminary |tentative )*(?:agreements?|understanding|deal) (?:on|over)|agree(?:s|d)?(?: to| on| that| with)?|accept(?:s|ed|ing)?|consent(?:s|ed)? to|welcom(?:e|es|ed)|approv(?:e|es|ed)|conced(?:e|es|ed)(?! on)|(?<!to )allow(?:s|ed)? for|engag(?:e|es|ed|ing) in(?! (?:an? |the |its |their )?(?:[\\p{L}-]+ )?(?:search|quest|bid|push|drive|campaign|efforts?) )|tak(?:e|es|ing) part in|took part in|participat(?:e|es|ed|ing) in', 'accept', 'firm', 'verb', true),
  // "Congress passed a $61bn package of military aid": a measure voted through is approved.
  cue('enact-verb', "(?:passe[sd]|adopt(?:s|ed)|enacted)(?= (?:(?:a|an|the|its|their|another|new|long-awaited|long-delayed|sweeping|major)\\s+)*(?:[\\p{L}\\p{N}$€£.,-]+\\s+){0,3}(?:package|bill|law|resolution|measure|legislation|budget)s?(?![\\p{L}]))", 'accept', 'firm', 'verb', false),
  // "prisoners were released by both countries": a deed done is consent given.
  cue('done-verb', 'released|freed|exchanged|swapped|repatriated|handed over', 'accept', 'firm', 'verb', false),
  cue('accept-state', 'ready (?:to|for)|(?<!the )willing(?:ness)? to|prepared (?:to|for)|readiness (?:to|for)|did not object|does not object|no objection', 'accept', 'firm', 'verb', false),
  cue('accept-soft', '(?:would|will|could|ready to|willing to) discuss(?:ing)?|open to discussing|(?:left|leaves|leave|leaving|keeps?|kept) open the (?:possibility|option|door)(?: of| to)?|acknowledg(?:e|es|ed)|not opposed to|open to|could accept|could consider|would consider|may consider|might consider|consider(?:s|ed|ing)?(?! (?:how|whether|what|when|where|which|why))', 'accept', 'soft', 'verb', false),
];

/**
 * Every stance cue in one expression, a capturing group per cue in lexicon order, so a text is
 * scanned once; at one position the earlier cue in the lexicon wins.
 */
export const ANY_STANCE_CUE = new RegExp(`(?<![\\p{L}-])(?:${STANCE_CUES.map((c) => `(${c.words})`).join('|')})(?![\\p{L}])`, 'giu');

/** Words that make any position a red line wherever they stand in its clause. */
export const RED_LINE_MARKERS =
  /(?<![\p{L}-])(?:non-negotiables?|red lines?|under no circumstances|in no case|never|preconditions?|only if|only after|not negotiable|not up for negotiation|at any cost|absolute(?:ly)? (?:necessary|essential|required|must)|key condition)(?![\p{L}])|(?<![\p{L}])(?:not|never|won't|cannot)\s(?:[^\s.;]+\s){0,6}(?:without|lacking)(?![\p{L}])/iu;

/** Hedges that make a position soft. */
export const SOFT_MARKERS = /(?<![\p{L}-])(?:could|might|may|possibly|perhaps|potentially|reportedly|open to|would consider|tentative(?:ly)?|in principle)(?![\p{L}])/iu;

/** Negation right before a cue turns it around ("did not reject", "no longer wants"). */
export const NEGATION_BEFORE =
  /(?<![\p{L}])(?:(?:not|n't|no|no longer|never|neither|nor|let alone|unlikely to|refus(?:es|ed|al)? to|unwilling(?:ness)? to|reluctan(?:t|ce) to|declin(?:es|ed) to)\s+(?:\p{L}+\s+){0,1}|(?:under no circumstances|in no case|by no means)\s+(?:\p{L}+\s+){0,2})$/iu;

/**
 * Words between a cue and the proposition that negate the proposition itself:
 * "demands Kyiv abandon its bid to join NATO" rejects NATO membership.
 */
export const OBJECT_NEGATORS =
  /(?<![\p{L}])(?:not|never|no|nobody|no one|none|without|lacking|absent|abandon(?:s|ed|ing)?|renounc(?:e|es|ed|ing)|drop(?:s|ped|ping)?|give up|giving up|gave up|forgo(?:es|ing)?|forswear|relinquish(?:es|ed|ing)?|renunciation of|abandonment of|refrain(?:s|ed)? from|conced(?:e|es|ed|ing) on|freeze on|a freeze of|ban on|rather than|instead of|in lieu of|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|put off|prevent(?:s|ed|ing)?)(?![\p{L}])/iu;
