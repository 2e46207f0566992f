/** A store holding the shipped example articles, for API, browser and benchmark runs. */
import { fileURLToPath } from 'node:url';
import type { Pack } from '../core/index.ts';
import { ingestSources } from '../ingest/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../packs/index.ts';
import { openStore, type Store } from '../store/index.ts';

/** The `examples/` folder shipped with redlines. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** An in-memory SQLite store (or the file `db`) with the examples ingested with the default pack. */
export async function openExampleStore(db = ':memory:'): Promise<{ store: Store; pack: Pack }> {
  const store = await openStore(db);
  const pack = loadPack(DEFAULT_PACK_NAME);
  await ingestSources(store, [EXAMPLES_DIR], { pack });
  return { store, pack };
}
