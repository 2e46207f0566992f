import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc, Position } from '../core/index.ts';
import { loadPack, parsePack } from '../packs/index.ts';
import { readContent } from '../read/index.ts';
import { extractPositionsByRules, STANCE_CUES } from './index.ts';

type Details = Partial<Pick<Position, 'strength' | 'mode' | 'speaker' | 'intermediary' | 'conditions'>>;

/** A position expected from a case: `holder stance issue`, plus any fields the rule is about. */
interface Expected extends Details {
  readonly tuple: string;
}

interface Case {
  readonly text: string;
  readonly expected: readonly Expected[];
}

const pack = loadPack('russia-ukraine');

function extract(text: string): { doc: Doc; positions: readonly Position[] } {
  const [doc] = readContent('rule.txt', ` date 2025-09-01 https://example.org/rule\nHeadline\n${text}\n`).docs;
  assert.ok(doc);
  return { doc, positions: extractPositionsByRules(doc, pack).positions };
}

const tupleOf = (p: Position): string => `${p.holder} ${p.stance} ${p.issue}`;

function check({ text, expected }: Case): void {
  const { positions } = extract(text);
  assert.deepEqual(positions.map(tupleOf).sort(), expected.map((e) => e.tuple).sort(), text);
  for (const { tuple, ...details } of expected) {
    const position = positions.find((p) => tupleOf(p) === tuple);
    assert.ok(position);
    const fields = Object.keys(details) as (keyof Details)[];
    assert.deepEqual(Object.fromEntries(fields.map((field) => [field, position[field]])), details, `${text} → ${tuple}`);
  }
}

const rules: ReadonlyArray<readonly [rule: string, cases: readonly Case[]]> = [
  ['demand, reject and accept verbs give their subject’s stance', [
    { text: 'Moscow demands the lifting of sanctions.', expected: [{ tuple: 'ru demand sanctions.lift_on_russia' }] },
    { text: 'Kyiv rejected any freeze along the current front line.', expected: [{ tuple: 'ua reject territory.freeze_contact_line' }] },
    { text: 'Russia agreed to a prisoner exchange.', expected: [{ tuple: 'ru accept humanitarian.prisoner_exchange' }] },
  ]],
  ['a party’s hopes or ambitions of something, and its bid under a possessive pronoun, are its demands', [
    { text: 'Ukraine’s desired security guarantees would come from the United States.', expected: [{ tuple: 'ua demand security.guarantees_for_ukraine' }] },
    { text: 'Ukraine’s hopes of joining the European Union have faded.', expected: [{ tuple: 'ua demand eu.ukraine_eu_membership' }] },
    { text: 'Kyiv renewed its bid to join NATO at the summit.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership' }] },
    { text: 'Kyiv restated its ambitions of joining NATO.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership' }] },
  ]],
  ['opening accession or membership talks with a candidate accepts its membership', [
    { text: 'Brussels formally opened accession negotiations with Kyiv in June.', expected: [{ tuple: 'eu accept eu.ukraine_eu_membership' }] },
    { text: 'The European Union launched membership talks with Ukraine on Tuesday.', expected: [{ tuple: 'eu accept eu.ukraine_eu_membership' }] },
  ]],
  ['being eager, keen or “in a hurry” to do something wants it', [
    { text: 'Kyiv is eager to join NATO as soon as possible.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership' }] },
    { text: 'Washington is “in a hurry” to see a ceasefire, an aide said.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
  ]],
  ['continuing to tighten or step up something wants it', [
    { text: 'London continued to tighten sanctions on Russia this week.', expected: [{ tuple: 'gb reject sanctions.lift_on_russia' }] },
  ]],
  ['“will never” and “ruled out” reject, and “never” is a red line', [
    { text: 'Russia will never accept Western troops in Ukraine.', expected: [{ tuple: 'ru reject security.western_troops_in_ukraine', strength: 'red_line' }] },
    { text: 'Zelensky ruled out new elections during the war.', expected: [{ tuple: 'ua reject politics.ukraine_elections', strength: 'firm' }] },
  ]],
  ['a negated objection accepts and a negated readiness rejects', [
    { text: 'Moscow no longer objects to Ukraine’s EU membership.', expected: [{ tuple: 'ru accept eu.ukraine_eu_membership' }] },
    { text: 'Washington did not object to a European reassurance force in Ukraine.', expected: [{ tuple: 'us accept security.western_troops_in_ukraine' }] },
    { text: 'The Kremlin is not ready for a 30-day ceasefire.', expected: [{ tuple: 'ru reject ceasefire.immediate' }] },
  ]],
  ['red-line words make a position a red line', [
    { text: 'Peskov said Ukraine’s neutrality was non-negotiable.', expected: [{ tuple: 'ru demand alliance.ukraine_neutrality', strength: 'red_line' }] },
    { text: 'Russia opposes Western troops in Ukraine and under no circumstances will accept them, Lavrov said.', expected: [{ tuple: 'ru reject security.western_troops_in_ukraine', strength: 'red_line' }] },
    {
      text: 'Kyiv will accept a ceasefire only if it comes with security guarantees.',
      expected: [
        { tuple: 'ua accept ceasefire.immediate', strength: 'red_line' },
        { tuple: 'ua demand security.guarantees_for_ukraine', strength: 'red_line' },
      ],
    },
  ]],
  ['hedges make a position soft', [
    { text: 'Kyiv could consider a partial ceasefire on energy infrastructure.', expected: [{ tuple: 'ua accept ceasefire.partial', strength: 'soft' }] },
    { text: 'Ukraine is open to a freeze along the current front line.', expected: [{ tuple: 'ua accept territory.freeze_contact_line', strength: 'soft' }] },
  ]],
  ['an official’s quoted words are direct', [
    { text: '“We demand the lifting of all sanctions,” Lavrov said.', expected: [{ tuple: 'ru demand sanctions.lift_on_russia', mode: 'direct', speaker: 'Sergei Lavrov' }] },
    { text: '“Kyiv must withdraw its troops from Donbas,” Peskov told reporters.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws', mode: 'direct', speaker: 'Dmitry Peskov' }] },
  ]],
  ['an official’s paraphrased words are reported', [
    { text: 'Peskov said that Russia insists on Ukraine’s neutrality.', expected: [{ tuple: 'ru demand alliance.ukraine_neutrality', mode: 'reported', speaker: 'Dmitry Peskov', intermediary: '' }] },
    { text: 'Zelensky said that Ukraine could consider a partial ceasefire in the air.', expected: [{ tuple: 'ua accept ceasefire.partial', mode: 'reported', speaker: 'Volodymyr Zelensky', intermediary: '' }] },
  ]],
  ['a commentator or another government describing a party is characterized, with the describer as intermediary', [
    { text: 'John Smith, an analyst at a London think tank, said the Kremlin wants Ukraine to remain neutral.', expected: [{ tuple: 'ru demand alliance.ukraine_neutrality', mode: 'characterized', intermediary: 'John Smith' }] },
    { text: 'According to analyst John Smith, Moscow insists on the lifting of sanctions.', expected: [{ tuple: 'ru demand sanctions.lift_on_russia', mode: 'characterized', intermediary: 'John Smith' }] },
    { text: 'Rubio said Russia wants the lifting of sanctions.', expected: [{ tuple: 'ru demand sanctions.lift_on_russia', mode: 'characterized', intermediary: 'Marco Rubio' }] },
  ]],
  ['an “only if” clause is a condition of the position and a red-line demand of its own', [
    {
      text: 'Russia will agree to a ceasefire only if Ukraine withdraws from Donetsk.',
      expected: [
        { tuple: 'ru accept ceasefire.immediate', strength: 'red_line', conditions: ['territory.ukraine_withdraws'] },
        { tuple: 'ru demand territory.ukraine_withdraws', strength: 'red_line' },
      ],
    },
    {
      text: 'Russia will accept a ceasefire only if Ukrainian forces withdraw from the Donetsk region.',
      expected: [
        { tuple: 'ru accept ceasefire.immediate', conditions: ['territory.ukraine_withdraws'] },
        { tuple: 'ru demand territory.ukraine_withdraws' },
      ],
    },
  ]],
  ['rejecting another party’s demand gives both the demand and the rejection', [
    {
      text: 'Kyiv rejected Moscow’s demand that Ukraine withdraw from Donbas.',
      expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }, { tuple: 'ua reject territory.ukraine_withdraws' }],
    },
    {
      text: 'Washington rejected Moscow’s demand for the lifting of sanctions.',
      expected: [{ tuple: 'ru demand sanctions.lift_on_russia' }, { tuple: 'us reject sanctions.lift_on_russia' }],
    },
  ]],
  ['items of a list introduced as a party’s conditions inherit its holder, stance and strength', [
    {
      text: 'Moscow has set three non-negotiable conditions. These are:\nUkraine’s neutrality\nRecognition of Crimea as Russian\nLifting of sanctions',
      expected: [
        { tuple: 'ru demand alliance.ukraine_neutrality', strength: 'red_line' },
        { tuple: 'ru demand territory.recognize_crimea', strength: 'red_line' },
        { tuple: 'ru demand sanctions.lift_on_russia', strength: 'red_line' },
      ],
    },
    {
      text: 'Kyiv has two conditions for any deal. These are:\nSecurity guarantees\nWithdrawal of Russian troops',
      expected: [
        { tuple: 'ua demand security.guarantees_for_ukraine', strength: 'firm' },
        { tuple: 'ua demand territory.russia_withdraws', strength: 'firm' },
      ],
    },
  ]],
  ['a commentator’s own opinion and a sentence naming no party give no position', [
    { text: 'Analyst John Smith said a ceasefire would be a mistake.', expected: [] },
    { text: 'In my view, security guarantees are the key to any settlement, analyst John Smith wrote.', expected: [] },
    { text: 'A ceasefire would save many lives.', expected: [] },
  ]],
  ['an opening participle shares the main verb’s subject', [
    {
      text: 'Demanding a 30-day ceasefire, Rubio also called for a prisoner exchange.',
      expected: [{ tuple: 'us demand ceasefire.immediate' }, { tuple: 'us demand humanitarian.prisoner_exchange' }],
    },
    {
      text: 'Rejecting any freeze along the current front line, Sybiha also ruled out new elections.',
      expected: [{ tuple: 'ua reject territory.freeze_contact_line' }, { tuple: 'ua reject politics.ukraine_elections' }],
    },
  ]],
  ['“such talks” refers back to the talks named earlier in its sentence', [
    {
      text: 'Sybiha urged direct talks with Putin, but Zakharova said Moscow was not prepared for such talks.',
      expected: [{ tuple: 'ua demand talks.leaders_meeting' }, { tuple: 'ru reject talks.leaders_meeting' }],
    },
    {
      text: 'Kyiv called for a leaders’ summit, but Peskov said Putin was not ready for such talks.',
      expected: [{ tuple: 'ua demand talks.leaders_meeting' }, { tuple: 'ru reject talks.leaders_meeting' }],
    },
  ]],
  ['“only X can end the war” demands X', [
    { text: 'Only a summit between Trump and Putin can end the war, Witkoff said.', expected: [{ tuple: 'us demand talks.leaders_meeting' }] },
    { text: 'Only a one-on-one meeting with Putin could bring peace, Yermak said.', expected: [{ tuple: 'ua demand talks.leaders_meeting' }] },
  ]],
  ['the Trump administration’s plan is the US’s, and a freeze or ban on a proposition in it rejects the proposition', [
    {
      text: 'The Trump administration’s draft framework proposes a ceiling on Ukraine’s armed forces and a freeze on NATO membership.',
      expected: [{ tuple: 'us demand military.limit_ukraine_army' }, { tuple: 'us reject alliance.ukraine_nato_membership' }],
    },
    {
      text: 'The Trump administration’s new peace plan envisages limits on the size of Ukraine’s army and a ban on NATO membership for Kyiv.',
      expected: [{ tuple: 'us demand military.limit_ukraine_army' }, { tuple: 'us reject alliance.ukraine_nato_membership' }],
    },
  ]],
  ['a plan’s owner holds what the plan calls for, past an aside or a trailing participle', [
    { text: 'The Kremlin’s peace plan, unveiled on Monday, calls for a ceasefire.', expected: [{ tuple: 'ru demand ceasefire.immediate' }] },
    { text: 'Washington’s peace initiative went through several drafts, calling for a truce and security guarantees.', expected: [{ tuple: 'us demand ceasefire.immediate' }, { tuple: 'us demand security.guarantees_for_ukraine' }] },
    { text: 'Russia rejected Zelensky’s peace plan, calling for a ceasefire instead.', expected: [{ tuple: 'ru demand ceasefire.immediate' }] },
  ]],
  ['the parties to a deal made accept its terms; the risks of signing one make no deal', [
    { text: 'Russia and Ukraine met in Istanbul. The talks yielded only an agreement to swap prisoners of war, according to both delegations.', expected: [{ tuple: 'ru accept humanitarian.prisoner_exchange' }, { tuple: 'ua accept humanitarian.prisoner_exchange' }] },
    { text: 'Moscow and Kyiv clinched a deal on a partial ceasefire covering energy facilities.', expected: [{ tuple: 'ru accept ceasefire.partial' }, { tuple: 'ua accept ceasefire.partial' }] },
    { text: 'Putin weighs the risks of signing a deal on a ceasefire.', expected: [] },
  ]],
  ['what a party pledges or vows will be, it wants; vowing to respond to something is no wish for it', [
    { text: 'Starmer pledged that Britain will keep sending weapons to Ukraine as long as it takes.', expected: [{ tuple: 'gb reject military.halt_western_arms' }] },
    { text: 'Zelensky vowed that Ukraine would join the European Union.', expected: [{ tuple: 'ua demand eu.ukraine_eu_membership' }] },
    { text: 'Moscow vowed to respond to any deployment of Western troops in Ukraine.', expected: [] },
  ]],
  ['what a party anticipates getting, it wants', [
    { text: 'Russia said it anticipated getting control of all of eastern Ukraine.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }] },
  ]],
  ['what would suit a party, it wants; what would not suit it says nothing here', [
    { text: 'A European seat at the table with the US and Russia would suit Ukraine.', expected: [{ tuple: 'ua demand talks.ukraine_europe_at_table' }] },
    { text: 'A freeze along the current front line suits the Kremlin.', expected: [{ tuple: 'ru demand territory.freeze_contact_line' }] },
    { text: 'A freeze along the current front line would not suit the Kremlin.', expected: [] },
  ]],
  ['a list of terms reaches past a long item of its own, but not past a clause with a pronoun subject', [
    {
      text: 'Kyiv’s plan envisages the release of all prisoners of war and deportees, curbs on shelling in Kherson, and a tribunal for war crimes.',
      expected: [{ tuple: 'ua demand humanitarian.prisoner_exchange' }, { tuple: 'ua demand accountability.tribunal' }],
    },
    { text: 'Ukraine said it was willing to renounce NATO membership, it did not trust the principle of security guarantees.', expected: [{ tuple: 'ua reject alliance.ukraine_nato_membership' }] },
  ]],
  ['what a party will do anything or whatever it takes for, it wants', [
    { text: 'Moscow will do whatever it takes to keep the occupied territories.', expected: [{ tuple: 'ru reject territory.russia_withdraws' }] },
  ]],
  ['“the proposal” named again is held by the owner or presenter of the plan just named; a dashed aside does not break its list', [
    {
      text: 'President Trump has unveiled a peace plan. Among other things, the proposal requires Kyiv to cede land - including towns far from the front - and caps the size of the Ukrainian armed forces.',
      expected: [{ tuple: 'us demand territory.ukraine_withdraws' }, { tuple: 'us demand military.limit_ukraine_army' }],
    },
    { text: 'Russia rejected Zelensky’s plan. The plan calls for a ceasefire.', expected: [{ tuple: 'ua demand ceasefire.immediate' }] },
    { text: 'Kyiv rejected the plan and demanded a ceasefire.', expected: [{ tuple: 'ua demand ceasefire.immediate' }] },
  ]],
  ['the step a party threatens to take is leverage, not what it wants; what averts the threat is', [
    { text: 'The White House threatens to cut off military aid to Ukraine, officials said.', expected: [] },
    { text: 'Trump threatened to impose sanctions unless Russia agreed to a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
  ]],
  ['a verb inside a condition after a proposition is the condition’s own and does not look back at it', [
    { text: 'Washington will halt military aid if Ukraine rejects the plan.', expected: [] },
    { text: 'Washington will halt military aid unless Ukraine agrees.', expected: [] },
    { text: 'The ceasefire Russia rejected last week has collapsed.', expected: [{ tuple: 'ru reject ceasefire.immediate' }] },
  ]],
  ['where a party’s rightful place is, its speaker wants it, and another party’s speaker consents to it', [
    { text: 'Zelensky said Ukraine’s rightful place is in NATO.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership' }] },
    { text: 'Starmer says vaguely that Ukraine’s “rightful place” is in NATO.', expected: [{ tuple: 'gb accept alliance.ukraine_nato_membership' }] },
  ]],
  ['carrying on work on something wants it; a legislature that passes a measure approves it', [
    { text: 'Officials said the United States continued to work with allies on security assistance packages.', expected: [{ tuple: 'us reject military.halt_western_arms' }] },
    { text: 'The Polish parliament passed a bill on military aid to Ukraine.', expected: [{ tuple: 'pl reject military.halt_western_arms' }] },
  ]],
  ['a verb governs the unowned noun it takes as object: rejecting an idea or demands rejects what they name', [
    { text: 'Kyiv rejected the idea of a frozen conflict.', expected: [{ tuple: 'ua reject territory.freeze_contact_line' }] },
    { text: 'Zelensky dismissed the proposal to hold new elections.', expected: [{ tuple: 'ua reject politics.ukraine_elections' }] },
    {
      text: 'Kyiv rejects three demands. These are:\nUkraine’s neutrality\nRecognition of Crimea as Russian\nDemilitarization of Ukraine',
      expected: [{ tuple: 'ua reject alliance.ukraine_neutrality' }, { tuple: 'ua reject territory.recognize_crimea' }, { tuple: 'ua reject military.limit_ukraine_army' }],
    },
  ]],
  ['a demand given up is left out', [
    { text: 'Kyiv no longer demands the return of Crimea.', expected: [] },
    { text: 'Russia no longer insists on Ukraine’s neutrality.', expected: [] },
  ]],
  ['“under no circumstances” negates and is a red line', [
    { text: 'Under no circumstances will Russia agree to Western troops in Ukraine, Lavrov said.', expected: [{ tuple: 'ru reject security.western_troops_in_ukraine', strength: 'red_line', mode: 'reported' }] },
    { text: 'Ukraine will under no circumstances accept the recognition of Crimea as Russian.', expected: [{ tuple: 'ua reject territory.recognize_crimea', strength: 'red_line' }] },
    { text: 'Zelensky said Ukraine would under no circumstances recognize Crimea as Russian.', expected: [{ tuple: 'ua reject territory.recognize_crimea', strength: 'red_line', mode: 'reported' }] },
  ]],
  ['a predicate “for” a party is that party’s position', [
    { text: 'Ukraine’s neutrality is non-negotiable for Moscow.', expected: [{ tuple: 'ru demand alliance.ukraine_neutrality', strength: 'red_line' }] },
    { text: 'Ukraine’s NATO membership is a red line for the Kremlin.', expected: [{ tuple: 'ru reject alliance.ukraine_nato_membership', strength: 'red_line' }] },
  ]],
  ['a stance asked of another party is the asker’s', [
    { text: 'Washington urged Kyiv to accept a 30-day ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
    { text: 'Washington urged Kyiv not to accept a freeze along the current front line.', expected: [{ tuple: 'us reject territory.freeze_contact_line' }] },
    { text: 'Rubio said Ukraine should accept a 30-day ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
    { text: 'Pressure is mounting on Putin to accept a 30-day ceasefire.', expected: [] },
  ]],
  ['an opening participle with its preposition shares the main verb’s subject', [
    {
      text: 'Pressing for a 30-day ceasefire, Rubio also demanded a prisoner exchange.',
      expected: [{ tuple: 'us demand ceasefire.immediate' }, { tuple: 'us demand humanitarian.prisoner_exchange' }],
    },
    {
      text: 'Calling for binding security guarantees, Sybiha also urged a face-to-face meeting between Zelensky and Putin.',
      expected: [{ tuple: 'ua demand security.guarantees_for_ukraine' }, { tuple: 'ua demand talks.leaders_meeting' }],
    },
  ]],
  ['a name and a colon introduce a quotation, spoken by that name', [
    { text: 'Sybiha: “We insist on security guarantees for Ukraine.”', expected: [{ tuple: 'ua demand security.guarantees_for_ukraine', mode: 'direct', speaker: 'Andrii Sybiha' }] },
    { text: '**Quote from Zelensky:** “I insist that nobody has the right to negotiate on behalf of Ukraine.”', expected: [{ tuple: 'ua demand talks.ukraine_europe_at_table', mode: 'direct' }] },
  ]],
  ['talks without a party name the negation of its place at the table', [
    { text: 'Kyiv rejected any talks without Ukraine.', expected: [{ tuple: 'ua demand talks.ukraine_europe_at_table' }] },
    { text: 'Kyiv will not accept a deal that sidelines Europe.', expected: [{ tuple: 'ua demand talks.ukraine_europe_at_table' }] },
  ]],
  ['a demand noun owned by a party, after a refusal, gives both positions', [
    {
      text: 'Sybiha rejected Russian calls for the demilitarisation of Ukraine.',
      expected: [{ tuple: 'ru demand military.limit_ukraine_army' }, { tuple: 'ua reject military.limit_ukraine_army' }],
    },
    {
      text: 'The Kremlin dismissed Zelensky’s call for an unconditional 30-day ceasefire.',
      expected: [{ tuple: 'ua demand ceasefire.immediate' }, { tuple: 'ru reject ceasefire.immediate' }],
    },
  ]],
  ['a party coordinated with the subject through “its” holds the stance too', [
    { text: 'Kyiv and its European allies insist on an unconditional ceasefire.', expected: [{ tuple: 'ua demand ceasefire.immediate' }, { tuple: 'europe demand ceasefire.immediate' }] },
  ]],
  ['“too early”, “premature” refuse softly, “irreversible” demands', [
    { text: 'Peskov said it was too early to talk about a summit between Putin and Zelensky.', expected: [{ tuple: 'ru reject talks.leaders_meeting', strength: 'soft' }] },
    { text: 'Rutte said Ukraine’s path to NATO membership was irreversible.', expected: [{ tuple: 'nato demand alliance.ukraine_nato_membership' }] },
  ]],
  ['a step not yet taken is no stance', [
    {
      text: 'Washington and Kyiv agreed on a 30-day ceasefire proposal, which Moscow has yet to accept.',
      expected: [{ tuple: 'us accept ceasefire.immediate' }, { tuple: 'ua accept ceasefire.immediate' }],
    },
  ]],
  ['a condition named as such is a demand', [
    { text: 'The Kremlin said the lifting of sanctions was a key condition for any deal.', expected: [{ tuple: 'ru demand sanctions.lift_on_russia', strength: 'red_line' }] },
    { text: 'Lavrov said Ukraine’s neutrality remains the main requirement.', expected: [{ tuple: 'ru demand alliance.ukraine_neutrality', strength: 'firm' }] },
  ]],
  ['never accepting the occupation demands the occupier’s withdrawal', [
    { text: '“We will never accept the occupation of our land,” Sybiha said.', expected: [{ tuple: 'ua demand territory.russia_withdraws', strength: 'red_line', mode: 'direct' }] },
  ]],
  ['a stance verb that introduces a modal’s clause holds it', [
    { text: 'Russian officials continue to insist that Ukraine must recognize Russia’s annexation of Crimea.', expected: [{ tuple: 'ru demand territory.recognize_crimea' }] },
    { text: 'Kyiv and its partners demand that Russia agree to an unconditional ceasefire.', expected: [{ tuple: 'ua demand ceasefire.immediate' }] },
  ]],
  ['“it” after an owned plan is the plan, held by its owner', [
    {
      text: 'The Kremlin’s new peace plan was published on Monday. It also demands the lifting of all sanctions.',
      expected: [{ tuple: 'ru demand sanctions.lift_on_russia' }],
    },
    {
      text: 'Russia rejected Zelensky’s peace plan, saying it would never accept a ceasefire on those terms.',
      expected: [{ tuple: 'ru reject ceasefire.immediate' }],
    },
  ]],
  ['a refusal or “no” before a stance turns it around', [
    { text: 'Russia’s refusal to accept a ceasefire has angered Washington.', expected: [{ tuple: 'ru reject ceasefire.immediate' }] },
    { text: 'The Kremlin said it saw no need for a summit between Putin and Zelensky.', expected: [{ tuple: 'ru reject talks.leaders_meeting' }] },
  ]],
  ['every agent of a passive holds the stance', [
    {
      text: 'The proposal, backed by France and Britain, would see European troops deployed in Ukraine after a ceasefire.',
      expected: [{ tuple: 'fr demand security.western_troops_in_ukraine' }, { tuple: 'gb demand security.western_troops_in_ukraine' }],
    },
  ]],
  ['an owned demand rejected in the passive gives both positions', [
    {
      text: 'Putin’s demand that Ukraine withdraw from Donetsk was rejected by Zelensky.',
      expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }, { tuple: 'ua reject territory.ukraine_withdraws', mode: 'reported' }],
    },
  ]],
  ['whose troops withdraw depends on who withdraws them', [
    { text: 'Ukraine’s position remains that Russia must withdraw all its troops.', expected: [{ tuple: 'ua demand territory.russia_withdraws' }] },
    { text: 'The Kremlin insists that Kyiv must pull out its forces.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }] },
  ]],
  ['a cue does not reach into a clause that argues or responds', [
    { text: 'Zelensky rejected the call for de-escalation, arguing that a ceasefire now would only help Russia regroup.', expected: [] },
    { text: 'Putin proposed direct talks in response to a ceasefire ultimatum from European capitals.', expected: [] },
  ]],
  ['taking part in something accepts it', [
    { text: 'Peskov said Putin would take part in a summit with Zelensky once a deal was ready.', expected: [{ tuple: 'ru accept talks.leaders_meeting' }] },
  ]],
  ['a verb that opens the proposition’s own phrase governs it', [
    {
      text: 'Russia and Ukraine exchanged 1,000 prisoners each on Friday.',
      expected: [{ tuple: 'ru accept humanitarian.prisoner_exchange' }, { tuple: 'ua accept humanitarian.prisoner_exchange' }],
    },
  ]],
  ['a stance inside a condition is not stated, and a threat demands what averts it', [
    { text: 'Trump has threatened new sanctions if Russia does not agree to a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
    {
      text: 'Russia says it is ready for a ceasefire but only if Western arms supplies stop.',
      expected: [{ tuple: 'ru accept ceasefire.immediate', conditions: ['military.halt_western_arms'] }, { tuple: 'ru demand military.halt_western_arms', strength: 'red_line' }],
    },
    { text: 'Peskov said Putin had once more spoken of the need to address the root causes of the conflict.', expected: [{ tuple: 'ru demand alliance.halt_nato_expansion' }] },
    { text: 'Zelensky warned that Ukraine would walk away from the talks if Russia holds sham referendums in the occupied regions.', expected: [{ tuple: 'ua reject territory.recognize_annexation' }] },
    {
      text: 'The Ukrainian delegation walked out of the talks over Moscow’s demand for a neutral status.',
      expected: [{ tuple: 'ua reject alliance.ukraine_neutrality' }, { tuple: 'ru demand alliance.ukraine_neutrality' }],
    },
  ]],
  ['pressure called for by a party is that party’s demand', [
    { text: 'Zelensky urged allies to increase pressure on Moscow to agree to a ceasefire.', expected: [{ tuple: 'ua demand ceasefire.immediate' }] },
  ]],
  ['a verb before a noun of demand makes it a noun', [
    { text: 'Lavrov dismissed calls for a ceasefire as a ploy to rearm Ukraine.', expected: [{ tuple: 'ru reject ceasefire.immediate' }] },
  ]],
  ['a party’s allies are not the party', [
    { text: 'Ukraine’s European allies have insisted that Kyiv must be involved in any talks.', expected: [{ tuple: 'europe demand talks.ukraine_europe_at_table' }] },
  ]],
  ['calling troops legitimate targets rejects them', [
    { text: 'Zakharova said Moscow would regard any Western troops in Ukraine as legitimate targets.', expected: [{ tuple: 'ru reject security.western_troops_in_ukraine' }] },
  ]],
  ['calling on a party to accept demands it; declining to comment is no refusal; a threat is rejected', [
    {
      text: 'Zelensky and Macron called on Russia to accept the ceasefire without conditions.',
      expected: [{ tuple: 'ua demand ceasefire.immediate' }, { tuple: 'fr demand ceasefire.immediate' }],
    },
    { text: 'Peskov declined to comment on whether Putin would meet Zelensky.', expected: [] },
    { text: 'Moscow considers NATO’s eastward expansion a direct threat.', expected: [{ tuple: 'ru demand alliance.halt_nato_expansion' }] },
  ]],
  ['a judgment after an owned proposal gives the judge’s position too', [
    {
      text: 'Zelensky called Putin’s proposal for a Victory Day truce “manipulation”.',
      expected: [{ tuple: 'ru demand ceasefire.immediate' }, { tuple: 'ua reject ceasefire.immediate' }],
    },
  ]],
  ['“as a condition for” names the role of what was demanded', [
    { text: 'The Russian delegation demanded that Ukraine withdraw from four regions as a condition for a ceasefire.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }] },
    { text: 'Britain and France are leading efforts to build a coalition of the willing to guarantee any ceasefire.', expected: [] },
  ]],
  ['giving up Crimea is Russia’s withdrawal or Ukraine’s recognition', [
    { text: 'The Kremlin said Russia would never give up Crimea.', expected: [{ tuple: 'ru reject territory.russia_withdraws', strength: 'red_line' }] },
    { text: 'Zelensky said Ukraine would never give up Crimea.', expected: [{ tuple: 'ua reject territory.recognize_crimea', strength: 'red_line' }] },
  ]],
  ['“, saying …” is said by the sentence’s subject, and a modal right after a proposition governs it', [
    {
      text: 'Putin has questioned Zelensky’s legitimacy, saying new elections must be held before any deal is signed.',
      expected: [{ tuple: 'ru demand politics.ukraine_elections', mode: 'reported', speaker: 'Vladimir Putin' }],
    },
  ]],
  ['“, telling reporters that …” is said by the sentence’s subject, and a deadline set for a party is the speaker’s demand', [
    { text: 'Trump raised the pressure on Monday, telling reporters that Russia had just ten days to reach a ceasefire agreement.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
    { text: 'Trump raised the pressure on Monday, telling journalists that Russia must agree to a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
    // A deadline said by no one is the writer's account, and nobody's demand.
    { text: 'Russia has ten days to reach a ceasefire agreement.', expected: [] },
    // Still not extracted: a deadline given to a party ("gave Russia ten days to …") is no cue yet.
    { text: 'Trump gave Russia ten days to reach a ceasefire agreement.', expected: [] },
  ]],
  ['“we” in a quotation inside a quotation is whoever the outer speaker quotes', [
    {
      text: 'The European Union announced new sanctions. “They said: ‘We want a ceasefire without preconditions,’” Lavrov said.',
      expected: [{ tuple: 'eu demand ceasefire.immediate', mode: 'characterized', intermediary: 'Sergei Lavrov' }],
    },
  ]],
  ['a demand for what a clause rules out rejects it', [
    { text: 'Putin demanded guarantees that Ukraine would never join NATO.', expected: [{ tuple: 'ru reject alliance.ukraine_nato_membership', strength: 'red_line' }] },
  ]],
  ['withdrawing from territories is the withdrawal of whoever withdraws', [
    { text: 'Russia will not withdraw from the territories it has annexed, Medvedev said.', expected: [{ tuple: 'ru reject territory.russia_withdraws', mode: 'reported' }] },
  ]],
  ['an owned noun right after the proposition names whose it is', [
    { text: 'The Kremlin rejected Zelensky’s ceasefire offer.', expected: [{ tuple: 'ua demand ceasefire.immediate' }, { tuple: 'ru reject ceasefire.immediate' }] },
    { text: 'The Kremlin rejected the ceasefire offer.', expected: [{ tuple: 'ru reject ceasefire.immediate' }] },
  ]],
  ['giving up land is the withdrawal of whoever gives it up', [
    { text: 'The Kremlin demands that Kyiv relinquish the rest of the Donbas.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }] },
    {
      text: 'Washington offered Kyiv security guarantees if Ukraine would give up the remainder of Donbas.',
      expected: [{ tuple: 'us accept security.guarantees_for_ukraine', conditions: ['territory.ukraine_withdraws'] }, { tuple: 'us demand territory.ukraine_withdraws' }],
    },
    { text: 'Lavrov said Moscow would never give up the new regions.', expected: [{ tuple: 'ru reject territory.russia_withdraws', strength: 'red_line' }] },
    { text: 'Kyiv refuses to cede the Donetsk region.', expected: [{ tuple: 'ua reject territory.ukraine_withdraws' }] },
    { text: 'Putin says no to NATO troops in Ukraine.', expected: [{ tuple: 'ru reject security.western_troops_in_ukraine' }] },
  ]],
  ['an institution is not its spokesperson, and “a key element” is a demand', [
    {
      text: 'The Russian Foreign Ministry reiterated that the deployment of NATO troops in Ukraine is unacceptable for Moscow.',
      expected: [{ tuple: 'ru reject security.western_troops_in_ukraine', speaker: '' }],
    },
    { text: 'Moscow has repeatedly stated that it views Ukraine’s neutrality as a key element of any settlement.', expected: [{ tuple: 'ru demand alliance.ukraine_neutrality' }] },
  ]],
  ['a demand in a relative clause about a refused object is the object’s content', [
    { text: 'Zelensky said Ukraine would not accept any peace plan that requires it to give up territory.', expected: [{ tuple: 'ua reject territory.ukraine_withdraws' }] },
  ]],
  ['“not possible without” demands as a red line', [
    { text: 'A ceasefire is not possible without the withdrawal of Russian troops, Sybiha said.', expected: [{ tuple: 'ua demand territory.russia_withdraws', strength: 'red_line' }] },
    { text: 'There will be no lasting peace without security guarantees, Zelensky said.', expected: [{ tuple: 'ua demand security.guarantees_for_ukraine', strength: 'red_line' }] },
  ]],
  ['a proposition proposed by another party, named right after it, is that party’s demand', [
    {
      text: 'Zelensky said he had agreed to a 30-day ceasefire proposed by the US.',
      expected: [{ tuple: 'ua accept ceasefire.immediate' }, { tuple: 'us demand ceasefire.immediate' }],
    },
  ]],
  ['a judgment names what is rejected or made a condition', [
    { text: 'The Kremlin has made Ukraine’s renunciation of NATO membership a condition for peace.', expected: [{ tuple: 'ru reject alliance.ukraine_nato_membership' }] },
    { text: 'Kyiv insists on being part of any talks about its future.', expected: [{ tuple: 'ua demand talks.ukraine_europe_at_table' }] },
  ]],
  ['urging more weapons rejects their halt', [
    { text: 'Zelensky urged the West to supply more air defence systems.', expected: [{ tuple: 'ua reject military.halt_western_arms' }] },
  ]],
  ['an offer proposes: a soft demand', [
    {
      text: 'Zelensky has offered a ceasefire and a face-to-face meeting with Putin.',
      expected: [{ tuple: 'ua demand ceasefire.immediate', strength: 'soft' }, { tuple: 'ua demand talks.leaders_meeting', strength: 'soft' }],
    },
  ]],
  ['stance words of news beyond the verbs of demand: plans, priorities, promises, prohibitions', [
    { text: 'Kyiv has opted to join NATO.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership' }] },
    { text: 'The Kremlin said it had no plans to lift the sanctions on Russia.', expected: [{ tuple: 'ru reject sanctions.lift_on_russia' }] },
    { text: 'The plan would forbid peacekeepers in Ukraine, Moscow said.', expected: [{ tuple: 'ru reject security.western_troops_in_ukraine' }] },
    { text: 'Merz called it necessary to provide security guarantees for Ukraine.', expected: [{ tuple: 'de demand security.guarantees_for_ukraine' }] },
    { text: 'Ukraine remains steadfast in its commitment to recovering all of its territory.', expected: [{ tuple: 'ua demand territory.russia_withdraws' }] },
    { text: 'Washington prefers a freeze along the current front line.', expected: [{ tuple: 'us demand territory.freeze_contact_line' }] },
    { text: 'The US plan includes a 30-day ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
    { text: 'Kyiv’s blueprint envisages the withdrawal of all Russian troops.', expected: [{ tuple: 'ua demand territory.russia_withdraws' }] },
    { text: 'The delegation included officials who had negotiated the ceasefire.', expected: [] },
    { text: 'Russian forces were pushed back from the contact line.', expected: [] },
    { text: 'Putin sent reinforcements to the threatened areas to halt Western military aid.', expected: [] },
    { text: 'Ukraine could restore its territorial integrity, given the necessary weapons.', expected: [] },
    { text: 'Macron stressed the need for an immediate ceasefire.', expected: [{ tuple: 'fr demand ceasefire.immediate' }] },
    { text: 'Lavrov said it is necessary to stop arms supplies to Kyiv.', expected: [{ tuple: 'ru demand military.halt_western_arms' }] },
    { text: 'Moscow intends to keep the Zaporizhzhia plant under its control.', expected: [{ tuple: 'ru demand energy.zaporizhzhia_npp' }] },
    { text: 'Ukraine has always seen NATO membership as the best solution.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership' }] },
  ]],
  ['what a clause only concedes, foretells or denies states no stance', [
    { text: 'Moscow wants talks to continue, even if a ceasefire remains distant.', expected: [] },
    { text: 'Moscow wants talks to continue, even if it is willing to accept a ceasefire later.', expected: [] },
    { text: 'Ukraine will never be able to join NATO while the war goes on, Orban said.', expected: [] },
    { text: 'Russia denied that it had violated the ceasefire.', expected: [] },
    { text: 'Kyiv asked for talks amid concern over a freeze along the current front line.', expected: [] },
  ]],
  ['nouns and adverbs that look like stance verbs are none', [
    { text: 'Russia was pushed back to its 1991 borders.', expected: [] },
    { text: 'The US has backed a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
    { text: 'Ukraine will meet its military needs with frozen Russian assets.', expected: [] },
  ]],
  ['postponing or revoking a proposition turns it down, and “let alone” negates', [
    { text: 'Russia demanded that NATO revoke its promise of NATO membership for Ukraine.', expected: [{ tuple: 'ru reject alliance.ukraine_nato_membership' }] },
    { text: 'Kyiv should not accept, let alone push for, a freeze along the current front line, Zelensky said.', expected: [{ tuple: 'ua reject territory.freeze_contact_line' }] },
    { text: 'The White House proposed to postpone Ukraine’s admission to NATO.', expected: [{ tuple: 'us reject alliance.ukraine_nato_membership' }] },
  ]],
  ['an agent named after a proposition holds it even where nothing else governs it', [
    { text: 'Frozen Russian assets approved by the European Union will fund Ukraine.', expected: [{ tuple: 'eu accept reparations.russian_assets' }] },
  ]],
  ['the price of a step and the end a fight is kept up for are demands, and conditions of the step', [
    { text: 'Putin said Russia would halt its offensive in exchange for recognition of Crimea as Russian.', expected: [{ tuple: 'ru demand territory.recognize_crimea' }] },
    { text: 'The Kremlin said Russia would keep fighting until Ukraine withdraws from Donetsk.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }] },
    { text: 'Moscow will continue the war until Kyiv agrees to neutrality.', expected: [{ tuple: 'ru demand alliance.ukraine_neutrality' }] },
    {
      text: 'Russia is ready to accept a ceasefire in exchange for the lifting of sanctions.',
      expected: [{ tuple: 'ru accept ceasefire.immediate', conditions: ['sanctions.lift_on_russia'] }, { tuple: 'ru demand sanctions.lift_on_russia' }],
    },
  ]],
  ['turning down or taking a deal takes the same stance toward the terms its clause lists', [
    { text: 'Russia will not sign up to any peace treaty that requires it to return to its 1991 borders.', expected: [{ tuple: 'ru reject territory.russia_withdraws' }] },
    { text: 'Moscow accepted a deal which would lift sanctions on Russia.', expected: [{ tuple: 'ru accept sanctions.lift_on_russia' }] },
  ]],
  ['the one means to a settlement, a priority, what prolongs a war and pressure put on a party', [
    {
      text: 'Putin said that only the full recognition of Russia’s interests, including Ukrainian neutrality and the lifting of sanctions, will result in a settlement.',
      expected: [{ tuple: 'ru demand alliance.ukraine_neutrality' }, { tuple: 'ru demand sanctions.lift_on_russia' }],
    },
    { text: 'Zelensky views security guarantees backed by strong U.S. support as a top priority.', expected: [{ tuple: 'ua demand security.guarantees_for_ukraine', conditions: [] }] },
    { text: 'Lavrov said Western arms deliveries only prolong the war.', expected: [{ tuple: 'ru demand military.halt_western_arms' }] },
    { text: 'European leaders put pressure on Russia to agree to a 30-day ceasefire.', expected: [{ tuple: 'europe demand ceasefire.immediate' }] },
  ]],
  ['a request demands; “in terms of” and support as a noun state nothing', [
    { text: 'Zelensky requested a face-to-face meeting with Putin, which was rejected.', expected: [{ tuple: 'ua demand talks.leaders_meeting' }] },
    { text: 'Kyiv’s request for a ceasefire was ignored.', expected: [{ tuple: 'ua demand ceasefire.immediate' }] },
    { text: 'Moscow warned that international support for Ukraine’s NATO membership was growing.', expected: [] },
    { text: 'International support for a ceasefire is growing, and the US supports a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
    { text: 'Washington leads in terms of weapons supplies to Ukraine.', expected: [] },
  ]],
  ['what is said to block peace, threaten security or be a mistake is rejected', [
    { text: 'Zakharova claimed that Western military aid to Ukraine is preventing a peaceful settlement.', expected: [{ tuple: 'ru demand military.halt_western_arms' }] },
    { text: 'Peskov said that supplies of heavy weapons to Ukraine threaten the security of the continent.', expected: [{ tuple: 'ru demand military.halt_western_arms' }] },
    { text: 'Lifting sanctions on Russia now would be a mistake, the EU said.', expected: [{ tuple: 'eu reject sanctions.lift_on_russia' }] },
  ]],
  ['one demand governs every proposition coordinated under it', [
    { text: 'Kyiv wants security guarantees in lieu of NATO membership.', expected: [{ tuple: 'ua demand security.guarantees_for_ukraine' }, { tuple: 'ua reject alliance.ukraine_nato_membership' }] },
    { text: 'Moscow proposed a neutral status for Ukraine instead of NATO membership.', expected: [{ tuple: 'ru demand alliance.ukraine_neutrality' }, { tuple: 'ru reject alliance.ukraine_nato_membership' }] },
    {
      text: 'The Russian delegation demanded Ukraine demilitarize and relinquish the right to join NATO.',
      expected: [{ tuple: 'ru demand military.limit_ukraine_army' }, { tuple: 'ru reject alliance.ukraine_nato_membership' }],
    },
    {
      text: 'Kyiv demanded that Russians be held accountable for war crimes, and that Moscow agree to pay reparations.',
      expected: [{ tuple: 'ua demand accountability.tribunal' }, { tuple: 'ua demand reparations.russian_assets' }],
    },
    {
      text: 'Moscow wants Kyiv to hand over the Donetsk region, which it has never held, and accept a neutral status.',
      expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }, { tuple: 'ru demand alliance.ukraine_neutrality' }],
    },
    {
      text: 'Ukraine demanded that Moscow face a special tribunal for its crimes, its soldiers lay down their arms, and agree to a full exchange of prisoners.',
      expected: [{ tuple: 'ua demand accountability.tribunal' }, { tuple: 'ua demand humanitarian.prisoner_exchange' }],
    },
    { text: 'Kyiv wants to join NATO, and agrees to talks on neutrality.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership' }, { tuple: 'ua accept alliance.ukraine_neutrality' }] },
  ]],
  ['a condition that opens the sentence, and an “unless”, are demands and conditions of the main clause', [
    {
      text: 'If Russia withdraws its troops from Ukraine, Kyiv will agree to talks on neutrality.',
      expected: [{ tuple: 'ua demand territory.russia_withdraws' }, { tuple: 'ua accept alliance.ukraine_neutrality', conditions: ['territory.russia_withdraws'] }],
    },
    {
      text: 'Kyiv will not agree to a ceasefire unless Russian troops leave Ukrainian territory.',
      expected: [{ tuple: 'ua reject ceasefire.immediate', conditions: ['territory.russia_withdraws'] }, { tuple: 'ua demand territory.russia_withdraws' }],
    },
    { text: 'Trump threatened new sanctions unless Russia agrees to a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
    { text: 'If NATO had been ready to accept Ukraine’s NATO membership, Russia would have rejected it.', expected: [] },
    {
      text: 'Kyiv said it was ready to consider Moscow’s demand for a neutral status if Russia accepted Ukraine’s membership of the European Union.',
      expected: [{ tuple: 'ua accept alliance.ukraine_neutrality' }, { tuple: 'ua demand eu.ukraine_eu_membership' }, { tuple: 'ru demand alliance.ukraine_neutrality' }],
    },
  ]],
  ['a trailing participle after a comma shares the main clause’s subject', [
    { text: 'Russia is starving the world by blocking Ukraine’s, demanding that sanctions against Russia are lifted.', expected: [{ tuple: 'ru demand sanctions.lift_on_russia' }] },
  ]],
  ['the subject of an assurance’s content is not who wants the assurance', [
    { text: 'Russia achieved its war goals, keeping the land and receiving assurances that Ukraine will not join NATO.', expected: [{ tuple: 'ru reject alliance.ukraine_nato_membership' }] },
  ]],
  ['a relative passive with no agent names no holder', [
    // Zelensky's request is his demand; the rejection, with no agent, is nobody's.
    { text: 'Zelensky requested a face-to-face meeting with Putin which was rejected.', expected: [{ tuple: 'ua demand talks.leaders_meeting' }] },
  ]],
  ['“they” stands for the last plural actor; a demonym’s plural and a name’s head noun (“the alliance”) stand for the party', [
    {
      text: 'Russian negotiators demanded Kyiv pull its troops out before they would agree to a ceasefire.',
      expected: [{ tuple: 'ru accept ceasefire.immediate' }, { tuple: 'ru demand territory.ukraine_withdraws' }],
    },
    { text: 'It is implausible that the Russians would – as Witkoff claimed – agree to Article 5-type guarantees.', expected: [{ tuple: 'ru accept security.guarantees_for_ukraine' }] },
    { text: 'The alliance rejected any freeze along the current front line.', expected: [{ tuple: 'nato reject territory.freeze_contact_line' }] },
    { text: 'The Americans who approved of the plan rejected any freeze along the current front line.', expected: [] },
  ]],
  ['“the countries”, “both presidents” stand for the parties named together', [
    {
      text: 'Direct talks between Ukraine and Russia ended in Istanbul. The countries agreed to a prisoner exchange.',
      expected: [{ tuple: 'ua accept humanitarian.prisoner_exchange' }, { tuple: 'ru accept humanitarian.prisoner_exchange' }],
    },
    {
      text: 'Putin and Zelensky spoke on Monday. Both presidents agreed to a prisoner exchange.',
      expected: [{ tuple: 'ru accept humanitarian.prisoner_exchange' }, { tuple: 'ua accept humanitarian.prisoner_exchange' }],
    },
    { text: 'Putin spoke on Monday. The countries agreed to a prisoner exchange.', expected: [] },
  ]],
  ['a pronoun opening a sentence continues the subject before it; “some” holds nothing', [
    {
      text: 'The US proposal would oblige NATO to close its door. It would also forbid the presence of NATO troops in Ukraine.',
      expected: [{ tuple: 'us reject security.western_troops_in_ukraine' }],
    },
    {
      text: 'The US proposal would oblige NATO to close its door. Further, it would take NATO expansion off the table. It would also forbid NATO troops in Ukraine.',
      expected: [{ tuple: 'us demand alliance.halt_nato_expansion' }, { tuple: 'us reject security.western_troops_in_ukraine' }],
    },
    { text: 'Berlin warned against forcing Ukraine to give up Donbas, as some have demanded.', expected: [{ tuple: 'de reject territory.ukraine_withdraws' }] },
  ]],
  ['a bare title refers back to the last official named whose title fits; “the Kremlin spokesman” is the official so titled', [
    { text: 'Putin met Witkoff in Moscow on Friday. The president rejected a 30-day ceasefire.', expected: [{ tuple: 'ru reject ceasefire.immediate', speaker: 'Vladimir Putin' }] },
    { text: 'Witkoff met officials in Moscow on Friday. The president rejected a 30-day ceasefire.', expected: [] },
    {
      text: '“We will never accept Western troops in Ukraine,” the Kremlin spokesman said.',
      expected: [{ tuple: 'ru reject security.western_troops_in_ukraine', mode: 'direct', speaker: 'Dmitry Peskov' }],
    },
  ]],
  ['rejecting another party’s call gives both positions, even when the call opens the proposition’s phrase', [
    { text: 'Kyiv dismissed Moscow’s call for new elections in Ukraine.', expected: [{ tuple: 'ua reject politics.ukraine_elections' }, { tuple: 'ru demand politics.ukraine_elections' }] },
  ]],
  ['a forecast about another party (“would never become”) is the speaker’s view; a refusal stays its subject’s', [
    { text: 'Orban said on Saturday that Ukraine would never become a member of the European Union.', expected: [{ tuple: 'hu reject eu.ukraine_eu_membership' }] },
    { text: 'Peskov said Ukraine would never give up Donbas.', expected: [{ tuple: 'ua reject territory.ukraine_withdraws' }] },
  ]],
  ['pressure that nobody owns is wanted by whoever puts or increases it', [
    { text: 'European leaders held talks in Kyiv to put pressure on Russia to agree to a 30-day ceasefire.', expected: [{ tuple: 'europe demand ceasefire.immediate' }] },
    { text: 'Washington is increasing pressure on Moscow to accept a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
  ]],
  ['“…, which both Russia and Ukraine rejected” takes back the proposition of the clause before it', [
    {
      text: 'Lukashenko called for a freezing of hostilities in Ukraine and limits on weapons from both sides, which both Russia and Ukraine quickly rejected.',
      expected: [{ tuple: 'by demand territory.freeze_contact_line' }, { tuple: 'ru reject territory.freeze_contact_line' }, { tuple: 'ua reject territory.freeze_contact_line' }],
    },
  ]],
  ['a short sentence about one official introduces the quotation after it', [
    { text: 'Peskov was blunt. “Ukraine must withdraw from Donbas.”', expected: [{ tuple: 'ru demand territory.ukraine_withdraws', mode: 'direct', speaker: 'Dmitry Peskov' }] },
    { text: 'Peskov met Witkoff and Zelensky on a long and difficult Friday in the city. “Ukraine must withdraw from Donbas.”', expected: [] },
  ]],
  ['“as” opening a clause is a conjunction, not a preposition', [
    {
      text: 'As Vladimir Putin rejects Zelenskyy’s proposal for a face-to-face meeting, the EU is readying penalties.',
      expected: [{ tuple: 'ru reject talks.leaders_meeting' }, { tuple: 'ua demand talks.leaders_meeting' }],
    },
  ]],
  ['backing another party’s bid consents to what that party seeks', [
    { text: 'Poland will support Ukraine’s aspirations to join NATO.', expected: [{ tuple: 'pl accept alliance.ukraine_nato_membership' }] },
    { text: 'Poland supports NATO membership for Ukraine.', expected: [{ tuple: 'pl demand alliance.ukraine_nato_membership' }] },
  ]],
  ['a search or quest for something seeks it, even when one is “engaged in” it', [
    { text: 'Kyiv has long been engaged in a search for security guarantees.', expected: [{ tuple: 'ua demand security.guarantees_for_ukraine' }] },
    { text: 'Russia engaged in talks on a prisoner exchange.', expected: [{ tuple: 'ru accept humanitarian.prisoner_exchange' }] },
  ]],
  ['“off the board”, like “off the table”, rules a proposition out', [
    { text: 'The White House took a Ukrainian withdrawal from Donbas off the board.', expected: [{ tuple: 'us reject territory.ukraine_withdraws' }] },
  ]],
  ['a cue inside an aside set off by dashes does not reach past it', [
    { text: 'Turkey -- supported by the United Nations -- is inspecting ships carrying weapons to Ukraine.', expected: [] },
    { text: 'Kyiv — backed by Paris — demands a ceasefire.', expected: [{ tuple: 'ua demand ceasefire.immediate' }] },
  ]],
  ['getting another party to agree to something demands it', [
    { text: 'Washington is trying to get Russia to agree to a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
  ]],
  ['a party’s bid is its demand, and backing or blocking it gives the backer’s or blocker’s stance', [
    { text: 'Ukraine’s bid to join NATO has stalled.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership' }] },
    {
      text: 'Hungary blocked Ukraine’s bid to join the EU.',
      expected: [{ tuple: 'hu reject eu.ukraine_eu_membership' }, { tuple: 'ua demand eu.ukraine_eu_membership' }],
    },
    {
      text: 'Germany backed Kyiv’s bid for EU membership.',
      expected: [{ tuple: 'de accept eu.ukraine_eu_membership' }, { tuple: 'ua demand eu.ukraine_eu_membership' }],
    },
  ]],
  ['“X, whose …, said Y had …” names X as the speaker: a name and its appositive are the subject, not an inverted attribution', [
    {
      text: 'Orban, whose government has long opposed migration, said Russia had gained influence in Asia. He added that Ukraine would never become a member of the EU.',
      expected: [{ tuple: 'hu reject eu.ukraine_eu_membership', speaker: 'Viktor Orbán' }],
    },
  ]],
  ['“Minister X outlined conditions and stated that …” is X speaking, though the name starts before the words kept as speaker', [
    {
      text: 'Zelensky said he is ready to talk. Russian Foreign Minister Sergey Lavrov outlined further conditions for the negotiations and stated that any agreement “must include the demilitarization of Ukraine.”',
      expected: [{ tuple: 'ru demand military.limit_ukraine_army', speaker: 'Sergei Lavrov' }],
    },
  ]],
  ['“Putin’s spokesman”, “Zelensky’s chief of staff” speak for the party, but the official named in the possessive is not the speaker', [
    { text: '“Ukraine must withdraw from Donbas,” Putin’s spokesman told reporters.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws', speaker: '' }] },
    { text: 'Zelensky’s chief of staff said Kyiv rejects any withdrawal from Donbas.', expected: [{ tuple: 'ua reject territory.ukraine_withdraws', speaker: '' }] },
  ]],
  ['“supported by EU and NATO membership”: parties naming the proposition are not the agents of the passive', [
    { text: 'Ukraine’s future should be supported by EU and NATO membership, Zelensky said.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership', speaker: 'Volodymyr Zelensky' }, { tuple: 'ua demand eu.ukraine_eu_membership', speaker: 'Volodymyr Zelensky' }] },
    { text: 'The plan, supported by EU and NATO membership for Ukraine, was unveiled in Kyiv.', expected: [] },
  ]],
  ['“decides who will and will not join”: the subject of an embedded question names nobody', [
    { text: 'The alliance alone decides who will and will not join NATO, Stoltenberg said.', expected: [] },
  ]],
  ['what a party needs, said by no one, is the writer’s assessment; said by someone, it is a demand', [
    { text: 'Ukraine also needs firm security guarantees for the years ahead.', expected: [] },
    { text: 'Ukraine needs firm security guarantees, Zelensky said.', expected: [{ tuple: 'ua demand security.guarantees_for_ukraine' }] },
  ]],
  ['what a party offers another it is willing to give; an offer to do something proposes it', [
    { text: 'The United States offered Ukraine security guarantees.', expected: [{ tuple: 'us accept security.guarantees_for_ukraine' }] },
    { text: 'The United States offered security guarantees.', expected: [{ tuple: 'us demand security.guarantees_for_ukraine' }] },
  ]],
  ['a demand not made states no refusal', [
    { text: 'Beijing has not called for a Russian withdrawal from Ukraine.', expected: [] },
    { text: 'Russia does not want a Russian withdrawal from Ukraine.', expected: [{ tuple: 'ru reject territory.russia_withdraws' }] },
  ]],
  ['what a party should or could do, said by no one, is the writer’s advice', [
    { text: 'Washington should push for an immediate ceasefire.', expected: [] },
    { text: 'Washington should push for an immediate ceasefire, Zelensky said.', expected: [{ tuple: 'ua demand ceasefire.immediate' }] },
  ]],
  ['a stance dated years before the article is background; a date inside a relative clause dates the thing named', [
    { text: 'Germany blocked Ukraine’s accession to NATO in 2008.', expected: [] },
    { text: 'Germany blocked Ukraine’s accession to NATO in 2024.', expected: [{ tuple: 'de reject alliance.ukraine_nato_membership' }] },
    { text: 'The Kremlin wants Kyiv to recognise Crimea, which Moscow annexed in 2014, as Russian.', expected: [{ tuple: 'ru demand territory.recognize_crimea' }] },
  ]],
  ['“the goal of Putin … of preventing”: a goal’s owner may follow it, and preventing a thing demands its opposite', [
    { text: 'A long war would serve the goal of Vladimir Putin, the Russian president, of preventing further NATO expansion.', expected: [{ tuple: 'ru demand alliance.halt_nato_expansion' }] },
    { text: 'The Kremlin wants to prevent NATO expansion.', expected: [{ tuple: 'ru demand alliance.halt_nato_expansion' }] },
  ]],
  ['a step promised on a condition (“will only meet … if”, “would withdraw only if”) is accepted, the condition demanded', [
    { text: 'Putin will only meet Zelensky after the two sides reach a written agreement.', expected: [{ tuple: 'ru accept talks.leaders_meeting' }] },
    {
      text: 'Russia would withdraw its troops only if sanctions are lifted.',
      expected: [{ tuple: 'ru accept territory.russia_withdraws', strength: 'red_line' }, { tuple: 'ru demand sanctions.lift_on_russia', strength: 'red_line' }],
    },
    { text: 'Putin will meet Zelensky next week.', expected: [] },
  ]],
  ['a participle after an indefinite noun describes that noun (“a country seeking”), not the subject', [
    { text: 'Russia is not an ordinary country seeking security guarantees.', expected: [] },
    { text: 'Kyiv is seeking security guarantees.', expected: [{ tuple: 'ua demand security.guarantees_for_ukraine' }] },
  ]],
  ['what a party is concerned about it opposes; concerns owned by no party hold nothing', [
    { text: 'The West ignored Russia’s security concerns over NATO’s expansion to its borders.', expected: [{ tuple: 'ru demand alliance.halt_nato_expansion' }] },
    { text: 'Analysts raised concerns about a ceasefire.', expected: [] },
  ]],
  ['a demand abandoned or dropped is no longer held', [
    { text: 'Trump abandoned his call for an immediate ceasefire.', expected: [] },
    { text: 'Kyiv dropped its demand for security guarantees.', expected: [] },
    { text: 'Kyiv repeated its demand for security guarantees.', expected: [{ tuple: 'ua demand security.guarantees_for_ukraine' }] },
    { text: 'Kyiv has softened its demand for security guarantees.', expected: [] },
  ]],
  ['a pronoun object (“agreed to it”, “rejected it outright”) stands for what was just discussed', [
    { text: 'The US proposed a 30-day ceasefire. Ukraine agreed to it.', expected: [{ tuple: 'us demand ceasefire.immediate' }, { tuple: 'ua accept ceasefire.immediate' }] },
    { text: 'The US proposed a 30-day ceasefire. Russia rejected it outright.', expected: [{ tuple: 'us demand ceasefire.immediate' }, { tuple: 'ru reject ceasefire.immediate' }] },
    { text: 'The US proposed a 30-day ceasefire. Russia rejected it as a ploy.', expected: [{ tuple: 'us demand ceasefire.immediate' }] },
  ]],
  ['a sentence that opens by judging what was just demanded (“That is a red line for Ukraine”) rejects it', [
    {
      text: 'Moscow demanded that Ukraine withdraw from Donbas. That is a red line for Ukraine.',
      expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }, { tuple: 'ua reject territory.ukraine_withdraws', strength: 'red_line' }],
    },
    {
      text: 'Moscow demanded that Ukraine withdraw from Donbas. This would be unacceptable, Zelensky said.',
      expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }, { tuple: 'ua reject territory.ukraine_withdraws' }],
    },
    {
      text: 'The Kremlin demands a neutral status for Ukraine and the withdrawal of Ukrainian troops from Donetsk. For Kyiv, such terms are tantamount to capitulation.',
      expected: [
        { tuple: 'ru demand alliance.ukraine_neutrality' },
        { tuple: 'ru demand territory.ukraine_withdraws' },
        { tuple: 'ua reject alliance.ukraine_neutrality' },
        { tuple: 'ua reject territory.ukraine_withdraws' },
      ],
    },
    { text: 'Moscow wants Kyiv to withdraw from Donbas. For Ukraine, these demands would amount to surrender.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }, { tuple: 'ua reject territory.ukraine_withdraws' }] },
  ]],
  ['“Ukraine agreed to it. Russia did not.”: an auxiliary ending its sentence refuses what another party just accepted', [
    {
      text: 'The US proposed a 30-day ceasefire. Ukraine agreed to it. Russia did not.',
      expected: [{ tuple: 'us demand ceasefire.immediate' }, { tuple: 'ua accept ceasefire.immediate' }, { tuple: 'ru reject ceasefire.immediate' }],
    },
    { text: 'Russia has not.', expected: [] },
  ]],
  ['the most a party will give (“refusing to go beyond”) it accepts', [
    { text: 'Washington is refusing to go beyond security guarantees for Ukraine.', expected: [{ tuple: 'us accept security.guarantees_for_ukraine', strength: 'soft' }] },
    { text: 'Washington will not go further than security guarantees for Ukraine.', expected: [{ tuple: 'us accept security.guarantees_for_ukraine', strength: 'soft' }] },
  ]],
  ['what a party will find it hard to accept, or does rather than seek, it has not accepted or refused', [
    { text: 'Russia will find it very difficult to accept Ukraine’s NATO membership.', expected: [] },
    { text: 'Kyiv is fighting on rather than seeking a freeze along the front line.', expected: [] },
  ]],
  ['“some Europeans”, “most Ukrainians”: part of a people holds no party’s stance', [
    { text: 'Some Europeans, like a group of Italian politicians, are proposing a ceasefire.', expected: [] },
    { text: 'European leaders are proposing a ceasefire.', expected: [{ tuple: 'europe demand ceasefire.immediate' }] },
  ]],
  ['a party named with its title after a preposition is an object, not the subject', [
    { text: 'Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Sunday and called for an immediate ceasefire.', expected: [{ tuple: 'fr demand ceasefire.immediate' }] },
  ]],
];

for (const [rule, cases] of rules) {
  test(rule, () => cases.forEach(check));
}

test('holders come from any pack’s parties: demonyms, titles, groups, pressure and trailing participles in a US–Iran text', () => {
  const iran = loadPack('packs/examples/us-iran.yaml');
  const positionsOf = (text: string) => {
    const [doc] = readContent('iran.txt', ` date 2025-05-01 https://example.org/iran\nHeadline\n${text}\n`).docs;
    assert.ok(doc);
    return extractPositionsByRules(doc, iran).positions;
  };
  assert.deepEqual(positionsOf('The Iranians rejected zero enrichment, demanding sanctions relief.').map(tupleOf).sort(), ['ir demand sanctions.lift_on_iran', 'ir reject enrichment.zero']);
  const byTitle = positionsOf('Araghchi met Witkoff in Oman. The foreign minister rejected zero enrichment.');
  assert.deepEqual(byTitle.map((p) => [tupleOf(p), p.speaker]), [['ir reject enrichment.zero', 'Abbas Araghchi']]);
  const byGroup = positionsOf('Iran and the United States met in Oman. The countries agreed to snap inspections.');
  assert.deepEqual(byGroup.map(tupleOf).sort(), ['ir accept inspections.iaea_access', 'us accept inspections.iaea_access']);
  assert.deepEqual(positionsOf('Israel is stepping up pressure on Tehran to accept snap inspections.').map(tupleOf), ['il demand inspections.iaea_access']);
});

test('every position’s evidence quote is the text at its offsets', () => {
  const found = rules.flatMap(([, cases]) => cases).flatMap(({ text }) => {
    const { doc, positions } = extract(text);
    return positions.map((p) => ({ doc, p }));
  });
  assert.ok(found.length > 0);
  for (const { doc, p } of found) assert.equal(doc.text.slice(p.evidence.start, p.evidence.end), p.evidence.quote, tupleOf(p));
});

// A pack written quickly, one form per cue, as a new user would: the general machinery must carry it.
const quickPack = parsePack(
  [
    'id: quick',
    'name: Quick',
    'version: "0.1"',
    'parties:',
    '  - { id: il, name: Israel, names: ["Israel"], adjectives: ["Israeli"], officials: [{ name: "Benjamin Netanyahu", aliases: ["Netanyahu"] }] }',
    '  - { id: hamas, name: Hamas, names: ["Hamas"] }',
    'issues:',
    '  - { id: war.end, proposition: The war ends for good, cues: ["end the war"] }',
    '  - { id: hostages.release, proposition: All hostages are freed, cues: ["release hostages", "hostage release"] }',
    '  - { id: hamas.disarm, proposition: Hamas disarms, cues: ["disarm Hamas"] }',
    '  - { id: israel.withdraw, proposition: Israeli forces leave Gaza, cues: ["troop withdrawal"] }',
  ].join('\n'),
  'quick.yaml',
);

test('a quickly written pack’s cues find inflected and reordered wording, with conditions', () => {
  const positions = (text: string) => {
    const [doc] = readContent('quick.txt', ` date 2025-09-01 https://example.org/quick\nHeadline\n${text}\n`).docs;
    assert.ok(doc);
    return extractPositionsByRules(doc, quickPack).positions.map((p) => `${tupleOf(p)}${p.conditions.length ? ` if ${p.conditions.join(',')}` : ''}`).sort();
  };
  assert.deepEqual(positions('Netanyahu said Israel would not end the war until Hamas is disarmed and all hostages are released.'), [
    'il demand hamas.disarm',
    'il demand hostages.release',
    'il reject war.end if hamas.disarm,hostages.release',
  ]);
  assert.deepEqual(positions('Hamas said it was ready to release hostages in exchange for a withdrawal of troops.'), [
    'hamas accept hostages.release if israel.withdraw',
    'hamas demand israel.withdraw',
  ]);
  assert.deepEqual(positions('Hamas demanded the release of the hostages held by Israel.'), ['hamas demand hostages.release']);
});

test('a cue split by a Markdown link still matches, and the evidence quotes the original text', () => {
  const { doc, positions } = extract('Moscow rejects any bid by Kyiv to join [NATO](https://example.org/nato_(bid)).');
  assert.deepEqual(positions.map(tupleOf), ["ru reject alliance.ukraine_nato_membership"]);
  for (const position of positions) assert.equal(doc.text.slice(position.evidence.start, position.evidence.end), position.evidence.quote);
  assert.match(positions[0]!.evidence.quote, /\]\(https:/u);
});

test('"member states" stand for the organisation of states named last, here or just before', () => {
  check({ text: 'The EU summit ended on Friday. The member states agreed to open accession talks with Ukraine.', expected: [{ tuple: 'eu accept eu.ukraine_eu_membership' }] });
  check({ text: 'NATO leaders met in Washington this week. Member states agreed that Ukraine should join NATO.', expected: [{ tuple: 'nato accept alliance.ukraine_nato_membership' }] });
  // With no organisation named, "member states" names nobody.
  check({ text: 'Member states agreed that Ukraine should join NATO.', expected: [] });
});

test('"member states" stand for a party its pack marks as an organisation, whatever its name says', () => {
  // Invented: the Coral League is an organisation of states by its pack, the Harbour Union a trading company by its.
  const leaguePack = parsePack(
    [
      'id: coral',
      'name: Coral',
      'version: "0.1"',
      'parties:',
      '  - { id: league, name: Coral League, names: ["Coral League"], kind: organisation }',
      '  - { id: harbour, name: Harbour Union, names: ["Harbour Union"] }',
      'issues:',
      '  - { id: reef.ban, proposition: Trawling over the reef is banned, cues: ["trawling ban"] }',
    ].join('\n'),
    'coral.yaml',
  );
  const positions = (text: string) => {
    const [doc] = readContent('coral.txt', ` date 2025-09-01 https://example.org/coral\nHeadline\n${text}\n`).docs;
    assert.ok(doc);
    return extractPositionsByRules(doc, leaguePack).positions.map(tupleOf);
  };
  assert.deepEqual(positions('Coral League ministers met on Monday. Member states demanded a trawling ban.'), ['league demand reef.ban']);
  assert.deepEqual(positions('Harbour Union directors met on Monday. Member states demanded a trawling ban.'), []);
});

test('"the administration" stands for the party last named as that institution, or by its head of government', () => {
  check({ text: 'The Trump administration met Ukrainian officials on Monday. The administration called for a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] });
  check({ text: 'Donald Trump spoke to reporters. Later, the administration called for a ceasefire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] });
  // With no party named before, the administration names nobody.
  check({ text: 'The administration called for a ceasefire.', expected: [] });
});

test('a pronoun coordinated with the holder ("he and Macron agreed") holds the stance too', () => {
  check({
    text: 'Zelensky said that he and Macron agreed on security guarantees.',
    expected: [{ tuple: 'ua accept security.guarantees_for_ukraine' }, { tuple: 'fr accept security.guarantees_for_ukraine' }],
  });
});

test('a cue in a relative clause about a thing ("a resolution that would support …") is no stance of the sentence’s subject', () => {
  check({ text: 'Moscow vetoed a resolution that would condemn the invasion and support a ceasefire.', expected: [] });
  check({ text: 'Kyiv rejected a plan that would freeze the front line.', expected: [{ tuple: 'ua reject territory.freeze_contact_line' }] });
});

test('a contrast with a negated verb of its own ("agreed on corridors but did not reach a ceasefire") ends the first cue’s reach', () => {
  check({ text: 'Russian negotiators agreed on humanitarian corridors but did not reach a ceasefire agreement.', expected: [] });
  check({ text: 'Kyiv agreed to talks but did not reject a ceasefire.', expected: [{ tuple: 'ua accept ceasefire.immediate' }] });
});

test('a stance imagined in a frame ("conditions in which Putin concludes … to agree a ceasefire") is not taken', () => {
  check({ text: 'Peace requires conditions in which Putin concludes that his best option is to agree to a ceasefire.', expected: [] });
  check({ text: 'Putin agreed to a ceasefire in conditions where Russia keeps the south.', expected: [{ tuple: 'ru accept ceasefire.immediate' }] });
});

test('a proposition the pack names outright settles a concession on the same words', () => {
  check({
    text: "Kyiv rejected the Kremlin's demand that it pull its forces out of the Luhansk region.",
    expected: [{ tuple: 'ua reject territory.ukraine_withdraws' }, { tuple: 'ru demand territory.ukraine_withdraws' }],
  });
});

test('a stance the speaker doubts ("I don’t believe Putin is ready to …") is not stated', () => {
  check({ text: 'I don’t believe that Putin is ready to accept a ceasefire, the analyst said.', expected: [] });
  check({ text: 'Few expect Moscow to agree to a ceasefire.', expected: [] });
  check({ text: 'Putin is ready to accept a ceasefire, Peskov said.', expected: [{ tuple: 'ru accept ceasefire.immediate' }] });
});

test('a refusal in the passive ("Russia cannot be attacked") befalls its subject, who refuses nothing', () => {
  check({ text: 'Ukraine cannot be admitted to NATO while the war goes on.', expected: [] });
  check({ text: 'Moscow said Russia will not be forced to withdraw from Ukraine.', expected: [{ tuple: 'ru reject territory.russia_withdraws' }] });
  check({ text: 'Russia will not withdraw from Ukraine.', expected: [{ tuple: 'ru reject territory.russia_withdraws' }] });
});

test('the Group of Seven under its usual short name holds its stance', () => {
  check({ text: 'The G7 demanded an immediate ceasefire.', expected: [{ tuple: 'g7 demand ceasefire.immediate' }] });
});

test('a cue in a trailing participle’s phrase (“…, likely setting conditions to demand …”) is the main clause subject’s', () => {
  check({
    text: 'Lavrov said the treaty “must cover weapons that threaten Belarus,” likely setting conditions to demand the demilitarization of Ukraine.',
    expected: [{ tuple: 'ru demand military.limit_ukraine_army' }],
  });
  check({ text: 'Moscow shelled the city, prompting Kyiv to demand an immediate ceasefire.', expected: [{ tuple: 'ua demand ceasefire.immediate' }] });
});

test('an aim, not a call, that another party enter an alliance or union (“commitment to Ukraine’s admission”) consents to it', () => {
  check({ text: 'NATO reaffirmed its commitment to Ukraine’s eventual admission to the alliance.', expected: [{ tuple: 'nato accept alliance.ukraine_nato_membership' }] });
  check({ text: 'Turkey called for Ukraine’s accession to NATO.', expected: [{ tuple: 'tr demand alliance.ukraine_nato_membership' }] });
});

test('the writer’s advice, conjecture and account of limits (“should not accept, let alone push for”, “it is possible that”, “cannot”, “risk having”) state no stance', () => {
  check({ text: 'America and its allies should not accept, let alone push for, a temporary ceasefire in Ukraine.', expected: [] });
  check({ text: 'Washington pushed for a temporary ceasefire in Ukraine.', expected: [{ tuple: 'us demand ceasefire.immediate' }] });
  check({ text: 'It is also possible that Europe would approve the use of frozen Russian assets for Ukraine.', expected: [] });
  check({ text: 'The EU approved the use of frozen Russian assets for Ukraine.', expected: [{ tuple: 'eu accept reparations.russian_assets' }] });
  check({ text: 'Ukraine cannot hold elections while martial law remains in place.', expected: [] });
  check({ text: 'Zelensky said Ukraine cannot hold elections while martial law remains in place.', expected: [{ tuple: 'ua reject politics.ukraine_elections' }] });
  check({ text: 'Kyiv may balk and risk having the U.S. refuse to sell any more weapons to Ukraine.', expected: [] });
  check({ text: 'The US refused to sell any more weapons to Ukraine.', expected: [{ tuple: 'us demand military.halt_western_arms' }] });
});

test('“no need to” denies a need and demands nothing', () => {
  check({ text: 'There is no need to place NATO troops in Ukraine.', expected: [] });
  check({ text: 'NATO troops need to be placed in Ukraine, Macron said.', expected: [{ tuple: 'fr demand security.western_troops_in_ukraine' }] });
});

test('“to allow for” after a step states its purpose, not a consent', () => {
  check({
    text: 'Russia and Ukraine agreed to a local truce to allow for repairs at the Zaporizhzhia nuclear power plant.',
    expected: [{ tuple: 'ru accept ceasefire.partial' }, { tuple: 'ua accept ceasefire.partial' }],
  });
  check({ text: 'Russia allowed for inspections at the Zaporizhzhia nuclear power plant.', expected: [{ tuple: 'ru accept energy.zaporizhzhia_npp' }] });
});

test('“back” after a verb in -ing or -ed, or after “cut” or “pare”, is a particle (“paring back aid”), no backing', () => {
  check({ text: 'Washington has hinted at paring back military aid to Ukraine.', expected: [] });
  check({ text: 'Britain will back military aid to Ukraine.', expected: [{ tuple: 'gb reject military.halt_western_arms' }] });
});

test('what a party seeks to take by force (“seeks to capture … full control of Donetsk”) is a battlefield aim, no term', () => {
  check({ text: 'Russia seeks to capture additional ground, including full control of Donetsk Oblast.', expected: [] });
  check({ text: 'Russia seeks full control of Donetsk Oblast in any deal.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }] });
});

test('a means given up (“backed away from threats intended to press Russia for a cease-fire”) takes its demand with it', () => {
  check({ text: 'Trump backed away from threats intended to press Russia for a cease-fire.', expected: [] });
  check({ text: 'Trump made threats intended to press Russia for a cease-fire.', expected: [{ tuple: 'us demand ceasefire.immediate' }] });
});

test('a “, who …” clause belongs to its antecedent: a person no party names holds nothing', () => {
  check({ text: 'Alarm bells rang across Europe after Trump picked Senator Bob Smith, who opposes military aid for Ukraine.', expected: [] });
  check({ text: 'Putin, who has long opposed Ukraine’s membership in NATO, spoke on Friday.', expected: [{ tuple: 'ru reject alliance.ukraine_nato_membership' }] });
});

test('offering to help bring something about (“willing to play a constructive role in a ceasefire”) wants it', () => {
  check({ text: 'China was willing to continue to play a constructive role in a ceasefire.', expected: [{ tuple: 'cn demand ceasefire.immediate' }] });
  check({ text: 'Russia is ready for a ceasefire.', expected: [{ tuple: 'ru accept ceasefire.immediate' }] });
});

test('the items of a list that sets out a scenario (“could play out like this: …”) are imagined, no one’s stances', () => {
  check({ text: 'The scenario could play out like this:\n- There is a growing risk of Russian retaliation to halt Western military aid.\n- Kyiv rejects a ceasefire.', expected: [] });
  check({
    text: 'Moscow set out its demands:\n- the lifting of sanctions;\n- a halt to Western military aid.',
    expected: [{ tuple: 'ru demand sanctions.lift_on_russia' }, { tuple: 'ru demand military.halt_western_arms' }],
  });
});

test('a party’s hopes or concerns are its own only next to its possessive (“Putin’s absence punctured hopes of …” are not his)', () => {
  check({ text: 'Putin’s absence punctured hopes of a breakthrough in ceasefire efforts.', expected: [] });
  check({ text: 'Ukraine’s long-held hopes of joining NATO faded.', expected: [{ tuple: 'ua demand alliance.ukraine_nato_membership' }] });
});

test('a year three or more years back that opens the sentence (“Back in 2021, …”) makes all of it background', () => {
  check({ text: 'Back in 2021, Moscow suggested delaying Ukraine’s admission to NATO.', expected: [] });
  check({ text: 'In 2024, Moscow rejected any ceasefire.', expected: [{ tuple: 'ru reject ceasefire.immediate' }] });
});

test('a noun a party is asked to take back (“called on NATO to rescind its offer for Ukraine to join”) is refused by who asks', () => {
  check({ text: 'Russia has called on NATO to rescind its open-ended offer for Ukraine to join the alliance.', expected: [{ tuple: 'ru reject alliance.ukraine_nato_membership' }] });
  check({ text: 'Russia has called on NATO to honour its offer for Ukraine to join the alliance.', expected: [{ tuple: 'ru demand alliance.ukraine_nato_membership' }] });
});

test('what a stance is said to mean (“… might mean that the intelligence flow remains”) is out of the cue’s reach', () => {
  check({ text: 'Trump’s claim to be willing to help might mean that a ceasefire is near.', expected: [] });
  check({ text: 'Russia is ready for a ceasefire, which means that talks can begin.', expected: [{ tuple: 'ru accept ceasefire.immediate' }] });
});

test('what a question is about (“when asked about reports that the conflict might be frozen …”) is no one’s stance', () => {
  check({ text: 'Putin told the media, when asked about reports that the conflict might be frozen on the condition of postponing Ukraine’s NATO membership, that nothing had changed.', expected: [] });
  check({ text: 'When asked about the war, Putin demanded that Ukraine withdraw from Donbas.', expected: [{ tuple: 'ru demand territory.ukraine_withdraws' }] });
});

test('what may become of a stance noun no party owns (“reluctance to buy weapons may be overcome”) is the writer’s conjecture', () => {
  check({ text: 'Europe may surprise once again, and reluctance to send weapons to Ukraine may be overcome.', expected: [] });
  check({ text: 'Russia’s demand for Ukraine’s neutrality may complicate the talks.', expected: [{ tuple: 'ru demand alliance.ukraine_neutrality' }] });
});

test('"there is no way X would …" is X’s refusal of the clause, a red line', () => {
  check({ text: 'There is no way Moscow would ever give up the occupied lands.', expected: [{ tuple: 'ru reject territory.russia_withdraws', strength: 'red_line' }] });
  check({ text: "There's no way that Kyiv will accept a freeze of the front line.", expected: [{ tuple: 'ua reject territory.freeze_contact_line', strength: 'red_line' }] });
  // "no way of knowing whether …", "no way to tell if …" doubt nothing of the subject's.
  const noWay = new RegExp(STANCE_CUES.find((cue) => cue.id === 'no-way')!.words, 'iu');
  assert.equal(noWay.test('There is no way of knowing whether Putin will accept a ceasefire.'), false);
  assert.equal(noWay.test('There is no way to tell if Kyiv would agree.'), false);
});

test('a measure a party passes, adopts or enacts it approves; passing time or a place is no stance', () => {
  check({ text: 'The US Senate passed a new military aid package for Ukraine.', expected: [{ tuple: 'us reject military.halt_western_arms' }] });
  check({ text: 'Weeks passed before Washington spoke of a ceasefire again.', expected: [] });
});
