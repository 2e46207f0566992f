/** Runs the alert rules over the documents the watcher added since the rules last ran, and fires what they find. */
import { rateRecords, reliableRecords, type SourceRatings } from '../analyse/index.ts';
import type { Pack, Reliability } from '../core/index.ts';
import type { FiredAlert, Store } from '../store/index.ts';
import { findAlerts, type AlertRule } from './alert-rules.ts';

/**
 * Fires the alerts raised by the watcher's unchecked documents, then marks them checked. Firing is idempotent by key,
 * so a run cut short between the two fires nothing twice when it is repeated.
 */
export async function checkAlerts(
  store: Store,
  pack: Pack,
  rules: readonly AlertRule[],
  { ratings, minReliability }: { ratings?: SourceRatings; minReliability?: Reliability } = {},
): Promise<FiredAlert[]> {
  const documentIds = await store.watch.uncheckedDocuments();
  if (documentIds.length === 0) return [];
  const fresh = new Set((await store.queryPositions({ documentIds })).map((record) => record.id));
  const rated = ratings === undefined ? await store.queryPositions() : rateRecords(await store.queryPositions(), ratings);
  const records = minReliability === undefined ? rated : reliableRecords(rated, minReliability);
  const fired = await store.watch.fireAlerts(findAlerts(records, fresh, pack, rules));
  await store.watch.markChecked(documentIds);
  return fired;
}
