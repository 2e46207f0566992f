import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { RULES_EXTRACTOR } from '../ingest/index.ts';
import { loadPack } from '../packs/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { ALERT_RULES } from './alert-rules.ts';
import { emailDelivery } from './email.ts';
import { startFeedServer, type FeedServer, type TestItem } from './feed-server.test-helper.ts';
import { runWatch, type WatchOptions } from './run-watch.ts';
import { signBody, SIGNATURE_HEADER, webhookDelivery } from './webhook.ts';

const directory = mkdtempSync(join(tmpdir(), 'redlines-alerts-'));
const pack = loadPack('russia-ukraine');
const SECRET = 'test-secret';
const ISSUE = 'territory.recognize_annexation';

let feeds: FeedServer;
let hook: Server;
let hookUrl: string;
let smtp: SMTPServer;
let smtpPort: number;
/** Bodies the webhook accepted (after checking the signature), and how many requests it refused on purpose. */
const received: { alerts: { key: string; rule: string; before: unknown[]; after: unknown[] }[]; digest: boolean }[] = [];
let refuseNext = 0;
const mails: { subject: string; text: string }[] = [];

before(async () => {
  feeds = await startFeedServer();
  hook = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (refuseNext-- > 0) return void response.writeHead(503).end();
      const body = Buffer.concat(chunks).toString('utf8');
      if (request.headers[SIGNATURE_HEADER] !== signBody(body, SECRET)) return void response.writeHead(401).end();
      received.push(JSON.parse(body));
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push(parseMail(Buffer.concat(chunks).toString('latin1')));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

after(async () => {
  await feeds.close();
  hook.closeAllConnections();
  hook.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(directory, { recursive: true, force: true });
});

/** The subject and text of a single-part plain-text mail as nodemailer writes it (7bit, quoted-printable or base64). */
function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1] ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const bytes = encoding === 'base64' ? Buffer.from(body, 'base64')
    : encoding === 'quoted-printable' ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1')
    : Buffer.from(body, 'latin1');
  return { subject: header('Subject'), text: bytes.toString('utf8').replace(/\r\n/g, '\n') };
}

function item(day: number, text: string, filler: string): TestItem {
  return { link: `https://news.test/${day}`, date: `2026-03-${String(day).padStart(2, '0')}`, title: `Story ${day}`, text: `${text} ${filler}` };
}

const KYIV_RED_LINE = item(2, 'Ukrainian President Volodymyr Zelensky said on Monday: "Ukraine will never recognize the occupied territories as Russian."', 'The statement came after a week of shelling in the east.');
const MOSCOW_DEMAND = item(3, 'Russian President Vladimir Putin said on Tuesday: "Russia demands the recognition of the occupied territories as Russian."', 'He spoke at a meeting with governors in the Kremlin.');
const KYIV_REPORTED_TURN = item(9, 'President Volodymyr Zelensky said on Monday that Ukraine is ready to recognize the occupied territories as Russian.', 'Officials in several capitals were surprised by the remarks.');
const KYIV_DIRECT_TURN = item(11, 'President Volodymyr Zelensky told parliament on Wednesday: "Ukraine is ready to recognize the occupied territories as Russian."', 'Deputies from two factions walked out of the chamber in protest.');

async function watchRound(store: Store, options: Partial<WatchOptions> = {}): Promise<void> {
  await runWatch({
    store, pack, extractor: RULES_EXTRACTOR, read: { fetchAllow: ['127.0.0.1'] },
    sources: [{ url: `${feeds.base}/news.xml`, everyMs: 900_000 }],
    rules: ALERT_RULES, digest: false, once: true,
    deliveries: [webhookDelivery({ url: hookUrl, secret: SECRET }, [10, 10]), emailDelivery({ smtp: `smtp://127.0.0.1:${smtpPort}`, from: 'redlines@test.invalid', to: ['analyst@test.invalid'] }, [10])],
    ...options,
  });
}

test('each rule fires once, ever, with its evidence, and each destination receives each alert exactly once', async () => {
  const store = await openStore(join(directory, 'alerts.db'));
  feeds.route('/news.xml', [KYIV_RED_LINE]);
  refuseNext = 1; // the webhook's first answer is a 503: delivery retries
  await watchRound(store);
  assert.deepEqual(received.flatMap((body) => body.alerts.map((alert) => alert.key)), [
    `new-red-line|ua|${ISSUE}|reject`,
    `first-position|ua|${ISSUE}`,
  ]);

  feeds.route('/news.xml', [KYIV_RED_LINE, MOSCOW_DEMAND]);
  await watchRound(store);
  // Nothing new in the feed and nothing undelivered: a round without changes sends nothing.
  await watchRound(store);
  feeds.route('/news.xml', [KYIV_RED_LINE, MOSCOW_DEMAND, KYIV_REPORTED_TURN, KYIV_DIRECT_TURN]);
  await watchRound(store);

  const keys = received.flatMap((body) => body.alerts.map((alert) => alert.key));
  assert.equal(new Set(keys).size, keys.length, 'no alert is delivered twice');
  const rules = received.flatMap((body) => body.alerts.map((alert) => alert.rule));
  assert.deepEqual([...new Set(rules)].sort(), [...ALERT_RULES].sort());
  assert.ok(keys.includes(`first-position|ru|${ISSUE}`));
  assert.ok(keys.includes(`contradiction|ua|${ISSUE}|reject|accept`));
  const shift = received.flatMap((body) => body.alerts).find((alert) => alert.rule === 'confirmed-shift');
  assert.ok(shift, 'the direct statement confirms the turn');
  assert.ok(shift.before.length > 0 && shift.after.length > 0, 'a shift carries evidence before and after');
  assert.ok(received.every((body) => body.digest === false && body.alerts.length === 1));

  // Mail got the same alerts, once each, one per message.
  assert.equal(mails.length, keys.length);
  assert.match(mails[0]!.subject, /^\[redlines\] ua states a new red line: reject territory\.recognize_annexation$/);
  assert.match(mails[0]!.text, /after:\n\s+2026-03-02 .*“Ukraine will never recognize the occupied territories as Russian”/);
  assert.equal((await store.watch.listAlerts(100)).length, keys.length);
  await store.close();
});

test('digest mode sends one message per round holding every alert of the round', async () => {
  const store = await openStore(join(directory, 'digest.db'));
  const before = received.length;
  feeds.route('/news.xml', [KYIV_RED_LINE, MOSCOW_DEMAND]);
  await watchRound(store, { digest: true, deliveries: [webhookDelivery({ url: hookUrl, secret: SECRET }, [10])] });
  const digests = received.slice(before);
  assert.equal(digests.length, 1);
  assert.equal(digests[0]!.digest, true);
  assert.ok(digests[0]!.alerts.length >= 3);
  await store.close();
});

test('with a minimum reliability, outlets graded below it raise no alert; alert evidence carries the grade', async () => {
  const store = await openStore(join(directory, 'reliability.db'));
  feeds.route('/news.xml', [KYIV_RED_LINE]);
  const alerts: string[] = [];
  await watchRound(store, { deliveries: [], ratings: new Map([['news.test', 'E']]), minReliability: 'C', onEvent: (event) => { if (event.kind === 'alert') alerts.push(event.alert.key); } });
  assert.deepEqual(alerts, []);
  assert.deepEqual(await store.watch.uncheckedDocuments(), []);
  await store.close();

  const trusting = await openStore(join(directory, 'reliability-trusted.db'));
  await watchRound(trusting, { deliveries: [], ratings: new Map([['news.test', 'B']]), minReliability: 'C' });
  const [fired] = await trusting.watch.listAlerts(10);
  assert.equal((fired?.body as { after: { reliability?: string }[] }).after[0]?.reliability, 'B');
  await trusting.close();
});
