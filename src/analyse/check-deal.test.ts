import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Deal } from '../core/index.ts';
import { checkDeal, type PartyVerdict } from './check-deal.ts';
import { positionRecord, russiaRedLines, russiaUkrainePack, ukraineRedLines } from './negotiation.fixture.ts';

const grantRussia: Deal = {
  assignments: {
    'territory.recognize_annexation': true, 'territory.ukraine_withdraws': true, 'military.halt_western_arms': true,
    'alliance.ukraine_neutrality': true, 'nuclear.ukraine_non_nuclear': true,
  },
};
const issuesOf = (verdict: PartyVerdict | undefined, kind: 'violated' | 'satisfied' | 'open' | 'moot') =>
  verdict?.byStrength.red_line[kind].map((outcome) => outcome.issue);

test("a deal granting all of Russia's red lines violates every red line of Ukraine's", () => {
  const result = checkDeal(grantRussia, [...russiaRedLines, ...ukraineRedLines], russiaUkrainePack);
  const [ru, ua] = result.parties;
  assert.equal(ru?.redLinesKept, true);
  assert.equal(issuesOf(ru, 'satisfied')?.length, 5);
  assert.equal(ua?.redLinesKept, false);
  assert.deepEqual(issuesOf(ua, 'violated'), ['alliance.ukraine_nato_membership', 'territory.recognize_annexation', 'territory.ukraine_withdraws']);
  const nato = ua?.byStrength.red_line.violated[0];
  assert.deepEqual([nato?.value.value, nato?.value.source, nato?.value.relations.length], [false, 'relation', 1]);
  assert.deepEqual(nato?.support.map((ref) => ref.evidence.quote), ['insisted on his number-one priority of NATO integration']);
  assert.deepEqual(result.messages, []);
});

test('honours conditions: a conditional acceptance binds only when its condition holds', () => {
  const records = [
    positionRecord({ id: 'c', holder: 'ru', issue: 'ceasefire.immediate', stance: 'accept', strength: 'red_line', conditions: ['territory.ukraine_withdraws'] }),
    positionRecord({ id: 'd', holder: 'ua', issue: 'territory.russia_withdraws', stance: 'demand', strength: 'red_line', conditions: ['ceasefire.immediate'] }),
  ];
  const outcome = (assignments: Deal['assignments']) =>
    checkDeal({ assignments }, records, russiaUkrainePack).parties.map((verdict) => verdict.byStrength.red_line)
      .map((groups) => (['violated', 'satisfied', 'open', 'moot'] as const).find((kind) => groups[kind].length > 0));
  assert.deepEqual(outcome({ 'ceasefire.immediate': true }), ['open', 'open']);
  assert.deepEqual(outcome({ 'ceasefire.immediate': true, 'territory.ukraine_withdraws': false, 'territory.russia_withdraws': false }), ['moot', 'violated']);
  assert.deepEqual(outcome({ 'ceasefire.immediate': true, 'territory.ukraine_withdraws': true, 'territory.russia_withdraws': true }), ['satisfied', 'satisfied']);
  assert.deepEqual(outcome({ 'ceasefire.immediate': false, 'territory.ukraine_withdraws': true }), ['moot', 'moot']);
});

test('reports a deal that contradicts the pack relations as a message', () => {
  const deal: Deal = { assignments: { 'alliance.ukraine_neutrality': true, 'alliance.ukraine_nato_membership': true } };
  const result = checkDeal(deal, ukraineRedLines, russiaUkrainePack);
  assert.deepEqual(result.messages.map((message) => [message.ruleId, message.severity]), [['analyse/deal-contradicts-relations', 'error']]);
  assert.deepEqual(result.parties[0]?.byStrength.red_line.satisfied.map((outcome) => outcome.issue), ['alliance.ukraine_nato_membership']);
});
