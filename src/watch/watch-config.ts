/** `watch.yaml`: what to watch, how often, with which pack, which alerts, and where to send them. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Ajv } from 'ajv';
import type { SourceRatings } from '../analyse/index.ts';
import { RELIABILITIES, type Reliability } from '../core/index.ts';
import { formatProblem, loadSourceRatings, readYamlFile, schemaProblems, type FieldProblem, type PackProblem } from '../packs/index.ts';
import { ALERT_RULES, type AlertRule } from './alert-rules.ts';
import { DEFAULT_INTERVAL, MIN_INTERVAL_MS, parseInterval } from './interval.ts';

/** A webhook: each delivery is POSTed as JSON, signed with HMAC-SHA256 of the body under `secret`. */
export interface WebhookDestination {
  readonly url: string;
  readonly secret: string;
}

/** Mail over SMTP (`smtp://user:password@host:port`, or `smtps://`). */
export interface EmailDestination {
  readonly smtp: string;
  readonly from: string;
  readonly to: readonly string[];
}

/** A watched feed or page and how often it is polled. */
export interface WatchedSource {
  readonly url: string;
  readonly everyMs: number;
}

/** A whole watch configuration, with defaults filled in. */
export interface WatchConfig {
  readonly sources: readonly WatchedSource[];
  /** A shipped pack's name or a pack file; the command's default when absent. */
  readonly pack?: string;
  readonly rules: readonly AlertRule[];
  /** One message per poll round holding every alert, rather than one message per alert. */
  readonly digest: boolean;
  readonly webhooks: readonly WebhookDestination[];
  readonly emails: readonly EmailDestination[];
  /** Outlet grades (a `sources.yaml`), carried by alert evidence; with `minReliability`, alerts come only from outlets that good. */
  readonly ratings?: SourceRatings;
  readonly minReliability?: Reliability;
}

/** A watch file that cannot be used; the message lists every problem as `file:line: field: reason`. */
export class WatchConfigError extends Error {
  override name = 'WatchConfigError';
  constructor(readonly problems: readonly PackProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

interface WatchYaml {
  every: string;
  pack?: string;
  sources?: string;
  feeds: (string | { url: string; every?: string })[];
  alerts: { rules: AlertRule[]; digest: boolean; min_reliability?: Reliability };
  destinations: {
    webhooks: { url: string; secret_env: string }[];
    email: { smtp: string; from: string; to: string | string[] }[];
  };
}

const url = { type: 'string', pattern: '^https?://' } as const;
const interval = { type: 'string', pattern: '^[1-9][0-9]*(s|m|h|d)$' } as const;
const text = { type: 'string', minLength: 1 } as const;
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['feeds'],
  properties: {
    every: { ...interval, default: DEFAULT_INTERVAL },
    pack: text,
    sources: text,
    feeds: { type: 'array', minItems: 1, items: { anyOf: [url, { type: 'object', additionalProperties: false, required: ['url'], properties: { url, every: interval } }] } },
    alerts: {
      type: 'object', additionalProperties: false, default: {},
      properties: {
        rules: { type: 'array', items: { enum: ALERT_RULES }, default: [...ALERT_RULES] },
        digest: { type: 'boolean', default: false },
        min_reliability: { enum: RELIABILITIES },
      },
    },
    destinations: {
      type: 'object', additionalProperties: false, default: {},
      properties: {
        webhooks: { type: 'array', default: [], items: { type: 'object', additionalProperties: false, required: ['url', 'secret_env'], properties: { url, secret_env: text } } },
        email: {
          type: 'array', default: [],
          items: {
            type: 'object', additionalProperties: false, required: ['smtp', 'from', 'to'],
            properties: { smtp: { type: 'string', pattern: '^smtps?://' }, from: text, to: { anyOf: [text, { type: 'array', minItems: 1, items: text }] } },
          },
        },
      },
    },
  },
} as const;

const validate = new Ajv({ allErrors: true, useDefaults: true }).compile<WatchYaml>(schema);

/** Reads and checks a watch file; `environment` supplies the webhook secrets it names. */
export function loadWatchConfig(path: string, environment: NodeJS.ProcessEnv = process.env): WatchConfig {
  let yamlText: string;
  try {
    yamlText = readFileSync(path, 'utf8');
  } catch (error) {
    throw new WatchConfigError([{ file: path, field: '', reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, ruleId: 'watch/unreadable' }]);
  }
  const config = parseWatchConfig(yamlText, path, environment);
  // A pack named by path is found beside the watch file, wherever the command runs from.
  return config.pack !== undefined && /[/\\]|\.ya?ml$/.test(config.pack) ? { ...config, pack: resolve(dirname(path), config.pack) } : config;
}

/** Parses watch-file text; every problem names the file, line and field. */
export function parseWatchConfig(yamlText: string, fileName: string, environment: NodeJS.ProcessEnv = process.env): WatchConfig {
  const file = readYamlFile(yamlText, fileName, 'watch/yaml-syntax');
  if ('problems' in file) throw new WatchConfigError(file.problems);
  const data = file.data ?? {};
  if (!validate(data)) throw new WatchConfigError(file.place(schemaProblems(validate.errors ?? [], 'watch/schema')));
  const problems: FieldProblem[] = [];
  const everyMs = politeInterval(data.every, ['every'], problems);
  const sources = data.feeds.map((feed, index) => typeof feed === 'string'
    ? { url: feed, everyMs }
    : { url: feed.url, everyMs: feed.every === undefined ? everyMs : politeInterval(feed.every, ['feeds', index, 'every'], problems) });
  const webhooks = data.destinations.webhooks.map(({ url: hook, secret_env: variable }, index) => {
    const secret = environment[variable];
    if (!secret) problems.push({ path: ['destinations', 'webhooks', index, 'secret_env'], reason: `environment variable ${variable} is not set`, ruleId: 'watch/missing-secret' });
    return { url: hook, secret: secret ?? '' };
  });
  if (data.alerts.min_reliability !== undefined && data.sources === undefined) {
    problems.push({ path: ['alerts', 'min_reliability'], reason: 'needs `sources`, a file rating the outlets', ruleId: 'watch/missing-sources' });
  }
  if (problems.length > 0) throw new WatchConfigError(file.place(problems));
  return {
    ...(data.sources === undefined ? {} : { ratings: loadSourceRatings(resolve(dirname(fileName), data.sources)) }),
    ...(data.alerts.min_reliability === undefined ? {} : { minReliability: data.alerts.min_reliability }),
    sources,
    ...(data.pack === undefined ? {} : { pack: data.pack }),
    rules: data.alerts.rules,
    digest: data.alerts.digest,
    webhooks,
    emails: data.destinations.email.map(({ smtp, from, to }) => ({ smtp, from, to: typeof to === 'string' ? [to] : to })),
  };
}

/** The interval's milliseconds; one under the polite minimum is a problem. */
function politeInterval(text: string, path: FieldProblem['path'], problems: FieldProblem[]): number {
  const ms = parseInterval(text) ?? MIN_INTERVAL_MS;
  if (ms < MIN_INTERVAL_MS) problems.push({ path, reason: `must be at least 1m: feeds are polled politely`, ruleId: 'watch/interval-too-short' });
  return Math.max(ms, MIN_INTERVAL_MS);
}
