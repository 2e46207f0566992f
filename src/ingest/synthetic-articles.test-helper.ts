/** Test support: many small, varied news-like articles, deterministic for a seed, none a near-duplicate of another. */
import { seededRandom } from '../../test/seeded-random.ts';

const OFFICIALS = ['Dmitry Peskov', 'Sergei Lavrov', 'Volodymyr Zelensky', 'Andrii Sybiha', 'Marco Rubio', 'Kaja Kallas', 'Mark Rutte'];
const STANCES = [
  'said Moscow would never accept', 'insisted that Kyiv must secure', 'rejected any talk of', 'called for', 'said Washington was open to',
  'ruled out', 'demanded',
];
const ISSUES = [
  'NATO membership for Ukraine', 'an immediate ceasefire', 'the lifting of sanctions on Russia', 'security guarantees for Ukraine',
  'recognition of Crimea as part of Russia', 'an end to Western weapons deliveries to Kyiv', 'European peacekeepers in Ukraine',
  'a tribunal for the crime of aggression', 'new elections in Ukraine',
];
const WORDS = `analysts officials delegation convoy harbour province corridor grain pipeline reactor bridge council budget
tariff minister envoy border village frontline drone artillery winter summer harvest railway port refinery parliament
committee hearing ballot coalition treaty memorandum summit agenda statement briefing interview column editorial market
currency reserve bond lender factory shipyard airfield garrison checkpoint census court verdict appeal archive museum
cathedral festival stadium broadcast newspaper magazine podcast satellite cable tower warehouse convoy ferry canal dam
valley ridge forest river lake coast island capital suburb district mayor governor senator ambassador attaché monitor
inspector auditor engineer surgeon teacher farmer trader pilot sailor driver miner welder baker tailor printer`.split(/\s+/);


/** `count` articles of about 100 words: random filler sentences around one or two position statements. */
export function syntheticArticles(count: number, seed = 1): { name: string; text: string }[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const filler = () => {
    const words = Array.from({ length: 10 + Math.floor(next() * 8) }, () => pick(WORDS));
    words.splice(Math.floor(next() * words.length), 0, String(Math.floor(next() * 100000)));
    return `${words.join(' ')}.`.replace(/^./, (first) => first.toUpperCase());
  };
  return Array.from({ length: count }, (_, index) => {
    const sentences = [filler(), `${pick(OFFICIALS)} ${pick(STANCES)} ${pick(ISSUES)}.`, filler(), filler()];
    if (next() < 0.5) sentences.push(`${pick(OFFICIALS)} ${pick(STANCES)} ${pick(ISSUES)}.`);
    sentences.push(filler());
    return { name: `article-${String(index + 1).padStart(5, '0')}.txt`, text: `${sentences.join(' ')}\n` };
  });
}
