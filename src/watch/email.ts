/** Mail delivery over SMTP with nodemailer: one alert per mail, or a digest. */
import nodemailer from 'nodemailer';
import type { FiredAlert } from '../store/index.ts';
import { withRetries, type Delivery } from './deliver-alerts.ts';
import { alertBody, formatAlert } from './format-alert.ts';
import type { EmailDestination } from './watch-config.ts';

/** Waits before the second and third tries. */
export const DEFAULT_EMAIL_RETRY_DELAYS_MS: readonly number[] = [5_000, 30_000];

/** Sends alerts as plain-text mail through `smtp`. */
export function emailDelivery({ smtp, from, to }: EmailDestination, retryDelaysMs = DEFAULT_EMAIL_RETRY_DELAYS_MS): Delivery {
  const transport = nodemailer.createTransport(smtp);
  return {
    destination: `email:${to.join(',')}`,
    async send(alerts: readonly FiredAlert[], digest: boolean): Promise<void> {
      const subject = digest || alerts.length > 1 ? `[redlines] ${alerts.length} alert(s)` : `[redlines] ${alertBody(alerts[0]!).summary}`;
      const text = `${alerts.map(formatAlert).join('\n\n')}\n`;
      await withRetries(async () => {
        await transport.sendMail({ from, to: [...to], subject, text });
      }, retryDelaysMs);
    },
  };
}
