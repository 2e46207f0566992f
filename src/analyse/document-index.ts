/** Small numbers for document keys, so a pass over a million records hashes each document once. */
import type { PositionRecord } from '../core/index.ts';
import { documentKey } from './evidence-ref.ts';

/**
 * Numbers each distinct document key (near-duplicates share their original's number). Records usually
 * arrive grouped by document, so the last key is remembered and a run of one document costs no lookup.
 */
export class DocumentIndex {
  readonly #ids = new Map<string, number>();
  #lastKey: string | undefined;
  #lastId = -1;

  /** The number of the document the record counts for. */
  idOf(record: PositionRecord): number {
    const key = documentKey(record);
    if (key === this.#lastKey) return this.#lastId;
    let id = this.#ids.get(key);
    if (id === undefined) this.#ids.set(key, (id = this.#ids.size));
    this.#lastKey = key;
    this.#lastId = id;
    return id;
  }
}
