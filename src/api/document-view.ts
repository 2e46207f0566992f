/** How the API shows a stored document: its metadata, its text, and whose state media published it. */
import type { Pack, PartyId, PositionRecord } from '../core/index.ts';
import { reviewedPositions } from '../review/index.ts';
import type { Store, StoredDocument } from '../store/index.ts';

/** A document as the evidence panel and the document routes return it. */
export interface DocumentView {
  readonly id: string;
  readonly name: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly outlet?: string;
  /** The party whose state media the pack lists this outlet under. */
  readonly stateMediaOf?: PartyId;
  readonly text: string;
}

/** The view of `stored`, labelled with the state media list of `pack`. */
export function documentView(stored: StoredDocument, pack: Pack): DocumentView {
  const { doc } = stored;
  const stateMediaOf = doc.outlet === undefined ? undefined : stateMediaParty(doc.outlet, pack);
  return {
    id: stored.id,
    name: doc.id,
    text: doc.text,
    ...(doc.title === undefined ? {} : { title: doc.title }),
    ...(doc.date === undefined ? {} : { date: doc.date }),
    ...(doc.url === undefined ? {} : { url: doc.url }),
    ...(doc.outlet === undefined ? {} : { outlet: doc.outlet }),
    ...(stateMediaOf === undefined ? {} : { stateMediaOf }),
  };
}

/** The party listing `outlet` (or a parent domain of it, so `en.tass.ru` counts as `tass.ru`) as its state media. */
export function stateMediaParty(outlet: string, pack: Pack): PartyId | undefined {
  const host = outlet.toLowerCase().replace(/^www\./, '');
  return pack.parties.find((party) => party.stateMedia.some((media) => host === media || host.endsWith(`.${media}`)))?.id;
}

/** The current positions of a stored document, with reviews applied (rejected ones left out, added ones in). */
export async function documentPositions(store: Store, stored: StoredDocument): Promise<PositionRecord[]> {
  return reviewedPositions(store, { documentId: stored.id });
}
