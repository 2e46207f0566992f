/** How ingest names what it ran: the extractor (see `src/extract`) and the pack. */
import type { Pack } from '../core/index.ts';

/** How stored documents name the pack their positions came from: `id@version`. */
export function packLabel(pack: Pack): string {
  return `${pack.id}@${pack.version}`;
}
