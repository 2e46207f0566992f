/** Hand-built records for the analysis tests: the seed's red lines and Ukraine's refusals, with real quotes. */
import type { Pack, PositionRecord } from '../core/index.ts';

/** A position record with test defaults; the evidence offsets are those of the quote in its document. */
export function positionRecord(fields: Partial<PositionRecord> & Pick<PositionRecord, 'id' | 'holder' | 'issue' | 'stance'> & { quote?: string; start?: number }): PositionRecord {
  const { quote = `${fields.holder} ${fields.stance} ${fields.issue}`, start = 0, ...rest } = fields;
  return {
    doc: `${fields.id}.txt`, documentId: fields.id, strength: 'firm', mode: 'reported', speaker: '', intermediary: '', outlet: '',
    conditions: [], confidence: 1, extractor: 'test', evidence: { start, end: start + quote.length, quote },
    ...rest,
  };
}

const SEED = 'sputnik-2025-05-19-red-lines.txt';
const seedRedLine = { doc: SEED, date: '2025-05-19', holder: 'ru', stance: 'demand', strength: 'red_line', mode: 'characterized', speaker: 'Vladimir Putin', intermediary: 'Igor Korotchenko', outlet: 'sputnikglobe.com' } as const;

/** Russia's four non-negotiables in the seed article (the fourth names two propositions). */
export const russiaRedLines: readonly PositionRecord[] = [
  positionRecord({ ...seedRedLine, id: 'seed-1', issue: 'territory.recognize_annexation', quote: 'Recognition of new territorial realities (4 new regions = Russia)', start: 1336 }),
  positionRecord({ ...seedRedLine, id: 'seed-2', issue: 'territory.ukraine_withdraws', quote: 'Complete Ukrainian withdrawal from these territories', start: 1402 }),
  positionRecord({ ...seedRedLine, id: 'seed-3', issue: 'military.halt_western_arms', quote: 'Halt in all Western arms shipments', start: 1455 }),
  positionRecord({ ...seedRedLine, id: 'seed-4', issue: 'alliance.ukraine_neutrality', quote: "Ukraine's neutral/non-bloc, non-nuclear status", start: 1490 }),
  positionRecord({ ...seedRedLine, id: 'seed-5', issue: 'nuclear.ukraine_non_nuclear', quote: "Ukraine's neutral/non-bloc, non-nuclear status", start: 1490 }),
];

/** Ukraine's red-line refusals, quoted from the dev corpus and taken as red lines for the test. */
export const ukraineRedLines: readonly PositionRecord[] = [
  positionRecord({
    id: 'ua-1', doc: '011.txt', date: '2025-02-10', holder: 'ua', issue: 'territory.recognize_annexation', stance: 'reject', strength: 'red_line',
    speaker: 'Volodymyr Zelenskiy', quote: 'The Ukrainian president has ruled out in the past ceding any territory to Russia', start: 2269,
  }),
  positionRecord({
    id: 'ua-2', doc: '011.txt', date: '2025-02-10', holder: 'ua', issue: 'alliance.ukraine_nato_membership', stance: 'demand', strength: 'red_line',
    speaker: 'Volodymyr Zelenskiy', quote: 'insisted on his number-one priority of NATO integration', start: 2354,
  }),
  positionRecord({
    id: 'ua-3', doc: '038.txt', date: '2026-02-27', holder: 'ua', issue: 'territory.ukraine_withdraws', stance: 'reject', strength: 'red_line',
    speaker: 'Volodymyr Zelenskyy', start: 1652,
    quote: 'Zelenskyy was unequivocal on the issue of surrendering eastern strongholds such as Sloviansk and Kramatorsk, calling it a red line.',
  }),
];

/** A pack with the two parties, the issues above and the relation the seed case turns on. */
export const russiaUkrainePack: Pack = {
  id: 'test-ru-ua',
  name: 'Russia–Ukraine (test)',
  version: '0.0.0',
  parties: ['ru', 'ua'].map((id) => ({ id, name: id, names: [], adjectives: [], metonyms: [], officials: [], stateMedia: [] })),
  issues: [
    'territory.recognize_annexation', 'territory.ukraine_withdraws', 'military.halt_western_arms',
    'alliance.ukraine_neutrality', 'alliance.ukraine_nato_membership', 'nuclear.ukraine_non_nuclear',
  ].map((id) => ({ id, proposition: id, cues: [], opposites: [] })),
  relations: [{ type: 'excludes', from: 'alliance.ukraine_neutrality', to: 'alliance.ukraine_nato_membership', note: 'a neutral state joins no alliance' }],
  concessions: [],
};
