/**
 * A store of written-for-the-test articles whose positions are scripted rather than extracted, so dashboard and
 * filter tests can count on ten parties, several outlets (one state media), a disagreement, a shift and an
 * undated article, whatever the extractor's rules do with the wording.
 */
import type { Doc, Mode, Pack, Position, Stance, Strength } from '../core/index.ts';
import type { Extractor } from '../extract/index.ts';
import { ingestDocument } from '../ingest/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../packs/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { textDocument } from './text-document.ts';

/** One scripted statement: the sentence quoted as evidence and the position it states. */
interface ScriptedStatement {
  readonly sentence: string;
  readonly holder: string;
  readonly issue: string;
  readonly stance: Stance;
  readonly strength: Strength;
  readonly mode: Mode;
}

interface ScriptedArticle {
  readonly url: string;
  readonly title: string;
  readonly date?: string;
  readonly statements: readonly ScriptedStatement[];
}

const say = (holder: string, issue: string, stance: Stance, strength: Strength, sentence: string, mode: Mode = 'reported'): ScriptedStatement =>
  ({ holder, issue, stance, strength, sentence, mode });

/** The articles: outlets example.org, news.example.com and tass.ru (Russian state media in the shipped pack). */
export const NEGOTIATION_ARTICLES: readonly ScriptedArticle[] = [
  {
    url: 'https://example.org/2025/01/10/opening', title: 'Opening positions before the talks', date: '2025-01-10',
    statements: [
      say('ru', 'territory.recognize_annexation', 'demand', 'red_line', 'Moscow demands recognition of the annexed regions as a red line.'),
      say('ua', 'territory.recognize_annexation', 'reject', 'red_line', 'Kyiv will never recognise the annexation.', 'direct'),
      say('ua', 'alliance.ukraine_nato_membership', 'demand', 'firm', 'Kyiv insists on NATO membership.'),
      say('ru', 'alliance.ukraine_neutrality', 'demand', 'red_line', 'Moscow demands a neutral Ukraine.'),
      say('us', 'talks.leaders_meeting', 'demand', 'soft', 'Washington would like the presidents to meet.'),
      say('eu', 'sanctions.lift_on_russia', 'reject', 'firm', 'Brussels refuses to lift sanctions.'),
      say('ru', 'ceasefire.immediate', 'reject', 'firm', 'Moscow rejects an immediate ceasefire.'),
    ],
  },
  {
    url: 'https://news.example.com/2025/02/14/capitals', title: 'European capitals weigh guarantees', date: '2025-02-14',
    statements: [
      say('gb', 'security.western_troops_in_ukraine', 'accept', 'soft', 'London is ready to send troops to Ukraine.'),
      say('fr', 'security.western_troops_in_ukraine', 'accept', 'soft', 'Paris is open to a reassurance force.'),
      say('de', 'security.guarantees_for_ukraine', 'demand', 'firm', 'Berlin demands security guarantees for Ukraine.'),
      say('pl', 'alliance.ukraine_nato_membership', 'demand', 'firm', 'Warsaw backs Ukraine joining NATO.'),
      say('cn', 'ceasefire.immediate', 'demand', 'soft', 'Beijing calls for an immediate ceasefire.'),
      say('tr', 'talks.leaders_meeting', 'accept', 'soft', 'Ankara offers to host the leaders.'),
      say('ru', 'ceasefire.immediate', 'reject', 'firm', 'The Kremlin again rejects a ceasefire now.'),
      say('ua', 'alliance.ukraine_nato_membership', 'demand', 'firm', 'Kyiv repeats its call to join NATO.'),
    ],
  },
  {
    url: 'https://tass.ru/2025/03/20/kremlin', title: 'Kremlin on the ceasefire proposal', date: '2025-03-20',
    statements: [
      say('ru', 'ceasefire.immediate', 'accept', 'soft', 'The Kremlin could accept a pause in the fighting.'),
      say('ru', 'territory.recognize_annexation', 'demand', 'red_line', 'Recognition of the new regions is not negotiable.', 'direct'),
      say('ru', 'security.western_troops_in_ukraine', 'reject', 'red_line', 'Moscow rejects any Western troops in Ukraine.', 'direct'),
    ],
  },
  {
    url: 'https://news.example.com/2025/04/02/kyiv', title: 'Kyiv softens its tone on NATO', date: '2025-04-02',
    statements: [
      say('ua', 'alliance.ukraine_nato_membership', 'accept', 'soft', 'Kyiv could accept a path without NATO for now.', 'direct'),
      say('us', 'alliance.ukraine_nato_membership', 'reject', 'firm', 'Washington rules out NATO membership.'),
      say('eu', 'security.guarantees_for_ukraine', 'demand', 'firm', 'Brussels demands guarantees for Kyiv.'),
    ],
  },
  {
    url: 'https://example.org/2025/04/20/kyiv-again', title: 'Kyiv confirms its new line', date: '2025-04-20',
    statements: [
      say('ua', 'alliance.ukraine_nato_membership', 'accept', 'soft', 'Kyiv again says it could live without NATO for now.', 'direct'),
    ],
  },
  {
    url: 'https://example.org/undated/interview', title: 'An undated interview',
    statements: [
      say('ua', 'territory.recognize_annexation', 'reject', 'red_line', 'Ukraine will not give up its land.'),
    ],
  },
];

/** Positions from the script: each statement's sentence, found in the document, is its evidence. */
const SCRIPTED_EXTRACTOR: Extractor = {
  id: 'scripted@1',
  extract(doc: Doc): { positions: Position[]; messages: [] } {
    const article = NEGOTIATION_ARTICLES.find((candidate) => candidate.url === doc.url);
    if (article === undefined) throw new Error(`no script for ${doc.id}`);
    const positions = article.statements.map((statement): Position => {
      const start = doc.text.indexOf(statement.sentence);
      return {
        doc: doc.id, holder: statement.holder, issue: statement.issue, stance: statement.stance, strength: statement.strength,
        mode: statement.mode, speaker: '', intermediary: '', outlet: doc.outlet ?? '', conditions: [], confidence: 1, extractor: 'scripted@1',
        evidence: { start, end: start + statement.sentence.length, quote: statement.sentence },
      };
    });
    return { positions, messages: [] };
  },
};

/** A SQLite store (in memory, or the file `db`) holding the scripted articles, with the default pack. */
export async function openNegotiationStore(db = ':memory:'): Promise<{ store: Store; pack: Pack }> {
  const store = await openStore(db);
  const pack = loadPack(DEFAULT_PACK_NAME);
  await store.putPack(pack);
  for (const article of NEGOTIATION_ARTICLES) {
    const text = `${article.title}\n${article.statements.map((statement) => statement.sentence).join(' ')}`;
    const read = textDocument({ text, url: article.url, title: article.title, ...(article.date === undefined ? {} : { date: article.date }) });
    if ('message' in read) throw new Error(read.message.reason);
    const result = await ingestDocument(store, read.doc, { pack, extractor: SCRIPTED_EXTRACTOR });
    if (result.status === 'failed') throw new Error(`${article.url}: ${result.reason}`);
  }
  return { store, pack };
}
