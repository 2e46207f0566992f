/** Ingests one document: recognise it, extract its positions unless it is already stored, store both at once. */
import type { Doc, Message, Pack, Position } from '../core/index.ts';
import type { PutStatus, Store } from '../store/index.ts';
import { withStatedOn } from '../extract/index.ts';
import { packLabel } from './pack-label.ts';
import { fingerprint, nearDuplicateOf } from './fingerprint.ts';

/** What an extractor gives for one document. */
export interface Extraction {
  readonly positions: readonly Position[];
  readonly messages: readonly Message[];
}

/** An `Extractor`, or one that works elsewhere and answers later (`ThreadedExtractor`). */
export interface IngestExtractor {
  readonly id: string;
  extract(doc: Doc, pack: Pack): Extraction | Promise<Extraction>;
}

/** What happened to one input item; `failed` items carry the reason. */
export interface IngestItemResult {
  /** The file, URL or record the item came from. */
  readonly source: string;
  readonly status: PutStatus | 'failed';
  readonly documentId?: string;
  /** Positions stored for it (0 when unchanged or failed). */
  readonly positions: number;
  readonly reason?: string;
  /** For near-duplicates: the original's id and the similarity. */
  readonly duplicateOf?: string;
  readonly similarity?: number;
}

/** Ingests `doc`; never throws for a bad document, returning a `failed` result with the reason instead. */
export async function ingestDocument(
  store: Store,
  doc: Doc,
  { pack, extractor }: { pack: Pack; extractor: IngestExtractor },
): Promise<IngestItemResult> {
  const source = doc.url ?? doc.id;
  try {
    const print = fingerprint(doc.text);
    // Known content needs no extraction: the common case when a crashed or repeated run is started again.
    const known = await store.findContent(print.contentHash);
    if (known !== undefined) return { source, status: 'unchanged', documentId: known, positions: 0 };
    const positions = withStatedOn(doc, (await extractor.extract(doc, pack)).positions);
    const result = await store.putDocument(doc, positions, {
      fingerprint: print,
      extractor: extractor.id,
      pack: packLabel(pack),
      findOriginal: nearDuplicateOf(print.signature),
    });
    return {
      source,
      status: result.status,
      documentId: result.id,
      positions: result.status === 'unchanged' ? 0 : positions.length,
      ...(result.duplicateOf === undefined ? {} : { duplicateOf: result.duplicateOf, similarity: result.similarity }),
    };
  } catch (error) {
    return { source, status: 'failed', positions: 0, reason: error instanceof Error ? error.message : String(error) };
  }
}
