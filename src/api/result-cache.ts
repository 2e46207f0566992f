/** Results computed from the store, kept while its change version holds, so repeated reads cost no recomputation. */
import type { Store } from '../store/index.ts';

/** How many results are kept at once (one per route and query); the least recently used goes first. */
const DEFAULT_CAPACITY = 64;

/**
 * Caches results per store change version: any committed write (from this process or another) empties it on the
 * next read. Requests for one key while it is being computed share that one computation.
 */
export class StoreResultCache {
  private version = -1;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Store, private readonly capacity = DEFAULT_CAPACITY) {}

  /** The result for `key` at the store's current version, computed by `compute` when not held. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.store.changeVersion();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const held = this.entries.get(key);
    if (held !== undefined) {
      // Re-inserted so the map's order stays least recently used first.
      this.entries.delete(key);
      this.entries.set(key, held);
      return held as Promise<T>;
    }
    const computed = compute();
    this.entries.set(key, computed);
    // A failure is not kept: the next request tries again.
    computed.catch(() => {
      if (this.entries.get(key) === computed) this.entries.delete(key);
    });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return computed;
  }
}

/** A cache key for a route and its validated query, independent of the order the parameters came in. */
export function queryKey(route: string, query: object): string {
  return `${route}?${JSON.stringify(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
}
