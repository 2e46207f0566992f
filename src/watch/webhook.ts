/** Webhook delivery: a JSON POST whose body is signed with HMAC-SHA256, retried with growing delays. */
import { createHmac } from 'node:crypto';
import type { FiredAlert } from '../store/index.ts';
import { alertsPayload, withRetries, type Delivery } from './deliver-alerts.ts';
import type { WebhookDestination } from './watch-config.ts';

/** The header carrying `sha256=<hex HMAC of the raw body>`; receivers recompute it with the shared secret. */
export const SIGNATURE_HEADER = 'x-redlines-signature';
/** Waits before the second, third and fourth tries. */
export const DEFAULT_WEBHOOK_RETRY_DELAYS_MS: readonly number[] = [1_000, 5_000, 25_000];
const WEBHOOK_TIMEOUT_MS = 10_000;

/** The signature header's value for `body` under `secret`. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** POSTs alerts to `url`; any answer but 2xx, or none within the timeout, is retried, then thrown. */
export function webhookDelivery({ url, secret }: WebhookDestination, retryDelaysMs = DEFAULT_WEBHOOK_RETRY_DELAYS_MS): Delivery {
  return {
    destination: `webhook:${url}`,
    async send(alerts: readonly FiredAlert[], digest: boolean): Promise<void> {
      const body = JSON.stringify(alertsPayload(alerts, digest));
      await withRetries(async () => {
        const response = await fetch(url, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(body, secret) },
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        }).catch(() => {
          throw new Error(`webhook ${url}: no response`);
        });
        await response.body?.cancel();
        if (!response.ok) throw new Error(`webhook ${url}: HTTP ${response.status}`);
      }, retryDelaysMs);
    },
  };
}
