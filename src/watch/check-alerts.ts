/** Runs the alert rules over the documents the watcher added since the rules last ran, and fires what they find. */
import type { Pack } from '../core/index.ts';
import type { FiredAlert, Store } from '../store/index.ts';
import { findAlerts, type AlertRule } from './alert-rules.ts';

/**
 * Fires the alerts raised by the watcher's unchecked documents, then marks them checked. Firing is idempotent by key,
 * so a run cut short between the two fires nothing twice when it is repeated.
 */
export async function checkAlerts(store: Store, pack: Pack, rules: readonly AlertRule[]): Promise<FiredAlert[]> {
  const documentIds = await store.watch.uncheckedDocuments();
  if (documentIds.length === 0) return [];
  const fresh = new Set((await store.queryPositions({ documentIds })).map((record) => record.id));
  const fired = await store.watch.fireAlerts(findAlerts(await store.queryPositions(), fresh, pack, rules));
  await store.watch.markChecked(documentIds);
  return fired;
}
