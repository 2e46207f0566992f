/** The extractor ingest runs: the rule-based one by default, any other behind the same shape. */
import type { Doc, Message, Pack, Position } from '../core/index.ts';
import { EXTRACTOR_ID, extractPositions } from '../extract/index.ts';

/** Turns a document into positions with a pack, and names itself so stored positions record who made them. */
export interface Extractor {
  /** Name and version, e.g. `rules@0.1.0`. */
  readonly id: string;
  extract(doc: Doc, pack: Pack): { readonly positions: readonly Position[]; readonly messages: readonly Message[] };
}

/** The rule-based extractor of `src/extract`. */
export const RULES_EXTRACTOR: Extractor = { id: EXTRACTOR_ID, extract: extractPositions };

/** How stored documents name the pack their positions came from: `id@version`. */
export function packLabel(pack: Pack): string {
  return `${pack.id}@${pack.version}`;
}
