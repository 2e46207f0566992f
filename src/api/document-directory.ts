/** Finds the stored document a position came from: positions name their document, the store numbers it. */
import type { Evidence } from '../core/index.ts';
import type { Store, StoredDocument } from '../store/index.ts';

const PAGE = 1000;

/**
 * A name → store ids index, filled by paging through `listDocuments` and extended on a miss from the
 * last id seen, so documents ingested by another process are found without a full reload.
 */
export class DocumentDirectory {
  readonly #store: Store;
  readonly #idsByName = new Map<string, string[]>();
  #lastId: string | undefined;
  #refreshing: Promise<void> | undefined;

  constructor(store: Store) {
    this.#store = store;
  }

  /**
   * The stored document named `name` whose text holds `evidence` at its offsets: names can repeat
   * (a file name seen twice, versions of one URL), and the quote tells which one the position indexes.
   */
  async find(name: string, evidence: Evidence): Promise<StoredDocument | undefined> {
    let ids = this.#idsByName.get(name);
    if (ids === undefined) {
      await this.refresh();
      ids = this.#idsByName.get(name) ?? [];
    }
    // Newest first: a newer version at the same URL is the one whose positions are current.
    for (const id of [...ids].reverse()) {
      const stored = await this.#store.getDocument(id);
      if (stored && stored.doc.text.slice(evidence.start, evidence.end) === evidence.quote) return stored;
    }
    return undefined;
  }

  /** Reads documents stored since the last refresh; concurrent callers share one pass. */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#readNewDocuments().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  async #readNewDocuments(): Promise<void> {
    for (;;) {
      const page = await this.#store.listDocuments({
        limit: PAGE, includeReplaced: true, ...(this.#lastId === undefined ? {} : { afterId: this.#lastId }),
      });
      for (const summary of page) {
        const ids = this.#idsByName.get(summary.name) ?? [];
        ids.push(summary.id);
        this.#idsByName.set(summary.name, ids);
      }
      if (page.length > 0) this.#lastId = page.at(-1)!.id;
      if (page.length < PAGE) return;
    }
  }
}
