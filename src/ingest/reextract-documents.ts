/** Re-extraction: runs a newer extractor or pack over stored documents, replacing each one's positions atomically. */
import type { Pack } from '../core/index.ts';
import type { IngestFailure, Store } from '../store/index.ts';
import { RULES_EXTRACTOR, withStatedOn, type Extractor } from '../extract/index.ts';
import { packLabel } from './pack-label.ts';

// Documents fetched per page while walking the store.
const PAGE_SIZE = 200;

/** What re-extraction did. */
export interface ReextractReport {
  readonly documents: number;
  readonly positions: number;
  readonly failures: readonly IngestFailure[];
}

/** Re-extracts every current document in `store` with `pack`; a failing document is reported and the rest go on. */
export async function reextractDocuments(
  store: Store,
  { pack, extractor = RULES_EXTRACTOR, onProgress }: { pack: Pack; extractor?: Extractor; onProgress?: (done: number) => void },
): Promise<ReextractReport> {
  await store.putPack(pack);
  let documents = 0;
  let positions = 0;
  const failures: IngestFailure[] = [];
  for (let page = await store.listDocuments({ limit: PAGE_SIZE }); page.length > 0;
    page = await store.listDocuments({ limit: PAGE_SIZE, afterId: page[page.length - 1]!.id })) {
    for (const summary of page) {
      try {
        const stored = await store.getDocument(summary.id);
        if (!stored) continue;
        const dated = withStatedOn(stored.doc, extractor.extract(stored.doc, pack).positions);
        await store.replacePositions(summary.id, dated, extractor.id, packLabel(pack));
        documents++;
        positions += dated.length;
      } catch (error) {
        failures.push({ source: summary.url ?? summary.name, reason: error instanceof Error ? error.message : String(error) });
      }
      onProgress?.(documents + failures.length);
    }
  }
  return { documents, positions, failures };
}
