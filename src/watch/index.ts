/** The watch stage: feeds and pages polled on a schedule, alert rules over what they add, and delivery of the alerts. */
export { runWatch, type WatchEvent, type WatchOptions } from './run-watch.ts';
export { pollSource, isDue, nextPollTime, type PollContext, type PollOutcome } from './poll-source.ts';
export { checkAlerts } from './check-alerts.ts';
export { findAlerts, ALERT_RULES, type AlertBody, type AlertRule } from './alert-rules.ts';
export { deliverAlerts, alertsPayload, type Delivery, type DeliveryOutcome } from './deliver-alerts.ts';
export { webhookDelivery, signBody, SIGNATURE_HEADER } from './webhook.ts';
export { emailDelivery } from './email.ts';
export { formatAlert, alertBody } from './format-alert.ts';
export { loadWatchConfig, parseWatchConfig, WatchConfigError, type WatchConfig, type WatchedSource, type WebhookDestination, type EmailDestination } from './watch-config.ts';
export { parseInterval, DEFAULT_INTERVAL, MIN_INTERVAL_MS } from './interval.ts';
export { alertsAtom } from './alerts-atom.ts';
