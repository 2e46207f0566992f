/** Options and results shared by every reader. */
import type { Doc, Message } from '../core/index.ts';

/** The input formats a reader understands; `auto` picks one by extension and sniffing. */
export type ReadFormat = 'auto' | 'seed' | 'text' | 'html' | 'jsonl' | 'feed';

/** How to read: size limit, forced format, and fetch timeout for URLs. */
export interface ReadOptions {
  /** Inputs larger than this many bytes are refused with an error message. */
  readonly maxBytes?: number;
  readonly format?: ReadFormat;
  /** How long a URL fetch may take before it is abandoned. */
  readonly fetchTimeoutMs?: number;
  /** Internal addresses and CIDR ranges URLs may be fetched from (all others are refused); defaults to `REDLINES_FETCH_ALLOW`. */
  readonly fetchAllow?: readonly string[];
}

/** The documents read and every message raised (including those also attached to a doc). */
export interface ReadResult {
  readonly docs: Doc[];
  readonly messages: Message[];
  /** Feed items that carry no text but link to their article, for a caller that fetches the pages. */
  readonly linkedItems?: readonly LinkedItem[];
}

/** A feed item known only by its link, with what the feed says about it. */
export interface LinkedItem {
  readonly url: string;
  readonly date?: string;
  readonly title?: string;
}

/** 10 MB: far above any news article, low enough to keep a stray dump out of memory. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Long enough for a slow news site, short enough that a batch does not stall on one URL. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
