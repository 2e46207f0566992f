/** `WatchState` over Kysely, for every engine. */
import type { Kysely } from 'kysely';
import type { StoreDatabase } from './database.ts';
import type { FeedItemKey, FeedState, FiredAlert, NewAlert, WatchState } from './watch-state.ts';

/** The watcher's state in the store's database. */
export class KyselyWatchState implements WatchState {
  constructor(private readonly db: Kysely<StoreDatabase>) {}

  async feedState(url: string): Promise<FeedState | undefined> {
    const row = await this.db.selectFrom('watch_feeds').selectAll().where('url', '=', url).executeTakeFirst();
    if (!row) return undefined;
    const optional = Object.entries({
      etag: row.etag, lastModified: row.last_modified, retryAt: row.retry_at, polledAt: row.polled_at, lastError: row.last_error,
    }).filter(([, value]) => value !== null);
    return { url: row.url, failures: row.failures, ...Object.fromEntries(optional) };
  }

  async saveFeedState(state: FeedState): Promise<void> {
    const row = {
      url: state.url,
      etag: state.etag ?? null,
      last_modified: state.lastModified ?? null,
      failures: state.failures,
      retry_at: state.retryAt ?? null,
      polled_at: state.polledAt ?? null,
      last_error: state.lastError ?? null,
    };
    const { url: _url, ...changes } = row;
    await this.db.insertInto('watch_feeds').values(row).onConflict((oc) => oc.column('url').doUpdateSet(changes)).execute();
  }

  async hasItem({ feed, item, contentHash }: FeedItemKey): Promise<boolean> {
    const row = await this.db.selectFrom('watch_items').select('feed')
      .where('feed', '=', feed).where('item', '=', item).where('content_hash', '=', contentHash).executeTakeFirst();
    return row !== undefined;
  }

  async addItem({ feed, item, contentHash }: FeedItemKey, documentId: string | undefined): Promise<void> {
    await this.db.insertInto('watch_items')
      .values({
        feed, item, content_hash: contentHash, document_id: documentId === undefined ? null : Number(documentId), seen_at: new Date().toISOString(), checked_at: null,
      })
      .onConflict((oc) => oc.columns(['feed', 'item', 'content_hash']).doNothing()).execute();
  }

  async uncheckedDocuments(): Promise<string[]> {
    const rows = await this.db.selectFrom('watch_items').select('document_id').distinct()
      .where('checked_at', 'is', null).where('document_id', 'is not', null).orderBy('document_id').execute();
    return rows.map((row) => String(row.document_id));
  }

  async markChecked(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.db.updateTable('watch_items').set({ checked_at: new Date().toISOString() })
      .where('document_id', 'in', documentIds.map(Number)).where('checked_at', 'is', null).execute();
  }

  async fireAlerts(alerts: readonly NewAlert[]): Promise<FiredAlert[]> {
    const fired: FiredAlert[] = [];
    for (const alert of alerts) {
      const firedAt = new Date().toISOString();
      // The unique key is the "once, ever": a second watcher or a restart finds the row and fires nothing.
      const row = await this.db.insertInto('alerts')
        .values({ key: alert.key, rule: alert.rule, fired_at: firedAt, body: JSON.stringify(alert.body) })
        .onConflict((oc) => oc.column('key').doNothing()).returning('id').executeTakeFirst();
      if (row) fired.push({ ...alert, id: String(row.id), firedAt });
    }
    return fired;
  }

  async listAlerts(limit: number): Promise<FiredAlert[]> {
    const rows = await this.db.selectFrom('alerts').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map(firedAlert);
  }

  async undeliveredAlerts(destination: string): Promise<FiredAlert[]> {
    const rows = await this.db.selectFrom('alerts').selectAll()
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('alert_deliveries').select('alert_id')
        .whereRef('alert_deliveries.alert_id', '=', 'alerts.id').where('alert_deliveries.destination', '=', destination))))
      .orderBy('id').execute();
    return rows.map(firedAlert);
  }

  async markDelivered(alertIds: readonly string[], destination: string): Promise<void> {
    if (alertIds.length === 0) return;
    const deliveredAt = new Date().toISOString();
    await this.db.insertInto('alert_deliveries')
      .values(alertIds.map((id) => ({ alert_id: Number(id), destination, delivered_at: deliveredAt })))
      .onConflict((oc) => oc.columns(['alert_id', 'destination']).doNothing()).execute();
  }
}

function firedAlert(row: { id: number; key: string; rule: string; fired_at: string; body: string }): FiredAlert {
  return { id: String(row.id), key: row.key, rule: row.rule, firedAt: row.fired_at, body: JSON.parse(row.body) as unknown };
}
