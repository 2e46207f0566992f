/** Types shared by every layer of redlines: read, text, extract, store, analyse and the adapters. */
import type { ReviewMark } from './review.ts';

/** A half-open range `[start, end)` of UTF-16 code units (JavaScript string indices) into `Doc.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The pipeline stage that raised a message. */
export type Stage = 'read' | 'text' | 'packs' | 'extract' | 'store' | 'ingest' | 'analyse';

/** A problem with input, carried as data: the run goes on and the caller decides what is fatal. */
export interface Message {
  readonly reason: string;
  readonly stage: Stage;
  /** Stable id of the rule or check that raised it, e.g. `read/empty-file`. */
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  /** The file, URL or record the message is about. */
  readonly source?: string;
  readonly span?: Span;
}

/** A paragraph of the document body; `repeatOf` points at an earlier identical paragraph. */
export interface Paragraph extends Span {
  /** Index into `Doc.paragraphs` of the first paragraph with the same text, when this one repeats it. */
  readonly repeatOf?: number;
}

/**
 * One article. `text` is the article text exactly as read (for plain text and the seed format, the
 * file's content; for HTML, the main content's text) and is never modified: every span indexes it.
 */
export interface Doc {
  /** The document's name: the input file's base name, a JSONL record's id, or a URL. */
  readonly id: string;
  readonly text: string;
  readonly url?: string;
  /** ISO date `YYYY-MM-DD`, when known. */
  readonly date?: string;
  /** Where `date` came from, when there is one. */
  readonly dateSource?: DateSource;
  readonly title?: string;
  /** The publishing outlet, from the URL's host (e.g. `sputnikglobe.com`). */
  readonly outlet?: string;
  /** Where the headline sits in `text`, when the format has one. */
  readonly titleSpan?: Span;
  /** The article body (after any header line and headline). */
  readonly body: Span;
  readonly paragraphs: readonly Paragraph[];
  /**
   * For documents converted from another format (HTML): the original bytes as text, and for each
   * index `i` of `text` (plus one past its end) the matching index into `source.raw`.
   */
  readonly source?: { readonly kind: 'html'; readonly raw: string; readonly offsets: readonly number[] };
  readonly messages: readonly Message[];
}

/**
 * Where a document's date was read: the seed format's header, the page's publication metadata, the feed item, a JSONL
 * record, or, for a fetched page that names none, the HTTP `Last-Modified` or `Date` header.
 */
export type DateSource = 'seed-header' | 'page-metadata' | 'feed-item' | 'record' | 'http-last-modified' | 'http-date';

/** A party id such as `ru`, `ua`, `us`. */
export type PartyId = string;
/** An issue (proposition) id such as `territory.recognize_crimea`. */
export type IssueId = string;

export type Stance = 'demand' | 'reject' | 'accept';
export type Strength = 'red_line' | 'firm' | 'soft';
export type Mode = 'direct' | 'reported' | 'characterized';

export const STANCES: readonly Stance[] = ['demand', 'reject', 'accept'];
export const STRENGTHS: readonly Strength[] = ['red_line', 'firm', 'soft'];
export const MODES: readonly Mode[] = ['direct', 'reported', 'characterized'];

/** The verbatim evidence of a position: `doc.text.slice(start, end) === quote`. */
export interface Evidence extends Span {
  readonly quote: string;
  /** For a document converted from HTML: the same evidence as offsets into the raw page. */
  readonly source?: Span;
}

/** The day a statement was made, as the text dates it ("on Tuesday", "in March 2022"); `quote` is the dating phrase. */
export interface StatedOn extends Span {
  /** ISO date `YYYY-MM-DD`: the day named, or the first day of the week, month or year named. */
  readonly date: string;
  readonly quote: string;
}

/** One party's stance toward one proposition, as reported in one document (see docs/positions.md). */
export interface Position {
  readonly doc: string;
  readonly holder: PartyId;
  readonly issue: IssueId;
  readonly stance: Stance;
  readonly strength: Strength;
  readonly mode: Mode;
  /** The person who voiced it, where the text names one. */
  readonly speaker: string;
  /** Who relayed or characterized it when that is not the holder's own official (a commentator, another government). */
  readonly intermediary: string;
  /** The outlet that published the document. */
  readonly outlet: string;
  /** Other propositions the holder ties this one to. */
  readonly conditions: readonly IssueId[];
  readonly evidence: Evidence;
  /** How sure the extractor is, in [0, 1]. */
  readonly confidence: number;
  /** Which extractor and rule produced it: `rules@<version>:<rule>` (e.g. `:list-item`) or `model@<version>`. */
  readonly extractor: string;
  /** When the text dates the statement itself, which may be long before the document's date. */
  readonly statedOn?: StatedOn;
  /** For a trained extractor's position: the features that weighed most for it, strongest first. */
  readonly explanation?: readonly { readonly feature: string; readonly weight: number }[];
}

/** A person who speaks for a party, for the period they hold office. */
export interface Official {
  readonly name: string;
  /** Other ways the text names them: surname, transliterations. */
  readonly aliases: readonly string[];
  readonly title?: string;
  /** ISO dates bounding the office; a document dated outside them does not resolve to this party. */
  readonly from?: string;
  readonly to?: string;
}

/** A state, government, alliance or armed group that can hold positions. */
export interface Party {
  readonly id: PartyId;
  readonly name: string;
  /** Proper names and aliases: "Russia", "Russian Federation". */
  readonly names: readonly string[];
  /** Adjectives and demonyms that mark a speaker or body as the party's: "Russian". */
  readonly adjectives: readonly string[];
  /** Capitals and institutions that stand for the party: "Moscow", "the Kremlin". */
  readonly metonyms: readonly string[];
  readonly officials: readonly Official[];
  /** Host names of outlets the pack labels as this party's state media. */
  readonly stateMedia: readonly string[];
  /** `organisation`: an organisation of states (the EU, NATO), whose "member states" stand for it. */
  readonly kind?: PartyKind;
}

/** What sort of actor a party is, where the rules need to know: so far only organisations of states are marked. */
export type PartyKind = 'organisation';

/** A possible term of a settlement and the phrases that name it. */
export interface Issue {
  readonly id: IssueId;
  readonly proposition: string;
  /** Cue phrases in the pack's cue syntax (see docs/packs.md) that name the proposition. */
  readonly cues: readonly string[];
  /** Cue phrases that name its negation ("renounce NATO membership", "more sanctions"): demanding them rejects it. */
  readonly opposites: readonly string[];
}

/** A logical relation between two propositions: `excludes` (not both true) or `implies` (from ⇒ to). */
export interface Relation {
  readonly type: 'excludes' | 'implies';
  readonly from: IssueId;
  readonly to: IssueId;
  readonly note?: string;
}

/**
 * Phrases that name a concession whose proposition depends on who makes it: "territorial
 * concessions" by Ukraine are its withdrawal, by Russia its own.
 */
export interface Concession {
  readonly cues: readonly string[];
  /** For each conceding party, the proposition its concession grants. */
  readonly by: Readonly<Record<PartyId, IssueId>>;
}

/** A negotiation described as data: who takes part, what is at stake, how propositions relate. */
export interface Pack {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly parties: readonly Party[];
  readonly issues: readonly Issue[];
  readonly relations: readonly Relation[];
  readonly concessions: readonly Concession[];
}

/**
 * An outlet's reliability on the Admiralty (NATO) scale: A completely reliable, B usually reliable, C fairly reliable,
 * D not usually reliable, E unreliable, F reliability cannot be judged.
 */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** A stored position together with its document's metadata: what analysis and the adapters consume. */
export interface PositionRecord extends Position {
  /** The store's id for this position (for a position an analyst added, `added-<review id>`). */
  readonly id: string;
  /** The store's id of the document. */
  readonly documentId: string;
  /** The document's date (ISO `YYYY-MM-DD`), when known. */
  readonly date?: string;
  readonly url?: string;
  readonly title?: string;
  /** The id of the original document when this one is a near-duplicate of it (the same wire story). */
  readonly duplicateOf?: string;
  /** Set once reviews are applied (see src/review): how analysts judged this position. */
  readonly review?: ReviewMark;
  /** The outlet's reliability, when a sources file rates it. */
  readonly reliability?: Reliability;
}

/** A candidate settlement: each proposition true (granted) or false (denied); absent ones stay open. */
export interface Deal {
  readonly assignments: Readonly<Record<IssueId, boolean>>;
}
