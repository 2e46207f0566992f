/** Sends fired alerts to each destination once: what a destination has received is kept in the store. */
import type { FiredAlert, Store } from '../store/index.ts';

/** A place alerts go: `destination` names it in the store's delivery records. */
export interface Delivery {
  readonly destination: string;
  /** Sends one message holding `alerts` (one alert, or a digest); throws when it could not be delivered. */
  send(alerts: readonly FiredAlert[], digest: boolean): Promise<void>;
}

/** What delivery did for one destination. */
export interface DeliveryOutcome {
  readonly destination: string;
  readonly delivered: number;
  /** Set when a message failed after its retries; the rest wait for the next round. */
  readonly error?: string;
}

/** Delivers every alert a destination has not received: as one digest, or one message each in firing order. */
export async function deliverAlerts(store: Store, deliveries: readonly Delivery[], { digest }: { digest: boolean }): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (const delivery of deliveries) {
    const pending = await store.watch.undeliveredAlerts(delivery.destination);
    const messages = digest ? (pending.length === 0 ? [] : [pending]) : pending.map((alert) => [alert]);
    let delivered = 0;
    let error: string | undefined;
    for (const alerts of messages) {
      try {
        await delivery.send(alerts, digest);
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure);
        break;
      }
      await store.watch.markDelivered(alerts.map((alert) => alert.id), delivery.destination);
      delivered += alerts.length;
    }
    outcomes.push({ destination: delivery.destination, delivered, ...(error === undefined ? {} : { error }) });
  }
  return outcomes;
}

/** Runs `attempt`, and again after each of `delaysMs` while it throws; the last error is thrown. */
export async function withRetries(attempt: () => Promise<void>, delaysMs: readonly number[]): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delaysMs[tries];
      if (delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** The JSON both webhooks and the API give for alerts: each alert's id, key, time and body. */
export function alertsPayload(alerts: readonly FiredAlert[], digest: boolean): { digest: boolean; alerts: unknown[] } {
  return { digest, alerts: alerts.map(({ id, key, rule, firedAt, body }) => ({ id, key, rule, fired_at: firedAt, ...(body as object) })) };
}
