import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { assertDocInvariants } from './doc-invariants.test-helper.ts';
import { readContent, type ReadFormat } from './index.ts';

const FORMATS: readonly ReadFormat[] = ['auto', 'seed', 'text', 'html', 'jsonl', 'feed'];
const SEVERITIES = new Set(['error', 'warning', 'info']);
let inputs = 0;

/** Feeds `content` to every reader and checks the contract: no throw, messages for problems, valid spans. */
function checkEveryFormat(name: string, content: string | Uint8Array, formats: readonly ReadFormat[] = FORMATS): void {
  inputs += 1;
  for (const format of formats) {
    // A hang shows as a test that never finishes; wall-clock limits belong in benchmarks.
    const { docs, messages } = readContent(name, content, { format });
    if (docs.length === 0) assert.ok(messages.length > 0, `format ${format}: no document and no message`);
    for (const message of messages) {
      assert.equal(message.stage, 'read');
      assert.ok(SEVERITIES.has(message.severity));
      assert.equal(typeof message.source, 'string');
      assert.ok(message.reason.length > 0 && !message.reason.includes('\n'), `one-line reason: ${message.reason}`);
    }
    for (const doc of docs) assertDocInvariants(doc);
  }
}

const words = fc.constantFrom('talks', 'ceasefire', 'border', 'the', 'envoy', 'said', '&amp;', '&', '<', '>', '"', '\u00e9t\u00e9', '\ud83d\ude00', '\r\n', '\n', '\t', ' ');
const prose = fc.array(words, { maxLength: 30 }).map((parts) => parts.join(' '));
const controlChars = fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code));

test('survives truncated and corrupted UTF-8 byte arrays', () => {
  const bytes = fc.tuple(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
    .map(([text, cut, flips]) => {
      const encoded = new TextEncoder().encode(text);
      const truncated = encoded.slice(0, encoded.length === 0 ? 0 : cut % (encoded.length + 1));
      for (const [at, value] of flips) if (truncated.length > 0) truncated[at % truncated.length] = value;
      return truncated;
    });
  fc.assert(fc.property(bytes, (content) => checkEveryFormat('bytes.txt', content)), { numRuns: 2500 });
});

test('survives random control characters mixed into text', () => {
  const noisy = fc.array(fc.oneof(prose, controlChars), { maxLength: 12 }).map((parts) => parts.join(''));
  fc.assert(fc.property(noisy, (content) => checkEveryFormat('noisy.txt', content)), { numRuns: 2500 });
});

test('survives broken seed headers', () => {
  const header = fc.tuple(fc.constantFrom(' date ', 'date ', ' date  ', ' Date '), fc.oneof(fc.constant('unknown'), fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), fc.string({ maxLength: 12 })), fc.constantFrom(' https://example.org/a', '', ' x', ' http://'));
  const seed = fc.tuple(header, prose, prose).map(([[start, date, url], title, body]) => `${start}${date}${url}\n${title}\n${body}`);
  fc.assert(fc.property(seed, (content) => checkEveryFormat('seed.txt', content)), { numRuns: 1500 });
});

test('survives broken XML feeds', () => {
  const item = fc.tuple(prose, fc.constantFrom('<link>https://f.example/1</link>', '<link href="https://f.example/2"/>', '', '<link>'), fc.constantFrom('description', 'content:encoded', 'summary', 'content'), prose)
    .map(([title, link, element, body]) => `<item><title>${title}</title>${link}<${element}>${body}</${element}></item>`);
  const feed = fc.tuple(fc.constantFrom('<rss><channel>', '<feed>', '<?xml version="1.0"?><rss>', '<rdf:RDF>'), fc.array(item, { maxLength: 4 }), fc.nat(), fc.constantFrom('', '<', '&', ']]>', '<![CDATA[', '</item>'))
    .map(([open, items, cut, junk]) => {
      const whole = `${open}${items.join('')}</channel></rss>`;
      const at = cut % (whole.length + 1);
      return whole.slice(0, at) + junk + whole.slice(at);
    });
  fc.assert(fc.property(feed, (content) => checkEveryFormat('feed.rss', content)), { numRuns: 1500 });
});

test('survives JSONL garbage', () => {
  const line = fc.oneof(
    fc.json(),
    fc.record({ text: fc.oneof(prose, fc.integer()), id: fc.oneof(fc.string(), fc.constant(undefined)), date: fc.oneof(fc.string(), fc.constant('2024-02-30')) }).map((record) => JSON.stringify(record)),
    fc.string({ maxLength: 40 }),
  );
  const jsonl = fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n'));
  fc.assert(fc.property(jsonl, (content) => checkEveryFormat('garbage.jsonl', content)), { numRuns: 1500 });
});

test('survives HTML with lists without items and other empty structures', () => {
  const element = fc.constantFrom('<ul></ul>', '<ol>\n</ol>', '<li>', '<ul><li></li></ul>', '<p></p>', '<br>', '<div>', '</div>', '<!-- c -->', '<script>x<y</script>', '<table><tr></tr></table>', '&nbsp;', '&#x1F600;', '&bogus;');
  const html = fc.array(fc.oneof(element, prose), { maxLength: 20 }).map((parts) => `<html><body>${parts.join('')}</body></html>`);
  fc.assert(fc.property(html, (content) => checkEveryFormat('lists.html', content)), { numRuns: 600 });
});

test('survives giant lines of about a megabyte', () => {
  const megabyte = 1 << 20;
  const giant = fc.tuple(fc.constantFrom('word ', '<p>x</p>', '{"text":"', 'a&amp;b ', '\u00e9'), fc.integer({ min: 0, max: 4096 }))
    .map(([unit, extra]) => unit.repeat(Math.ceil(megabyte / unit.length)) + 'z'.repeat(extra));
  fc.assert(fc.property(giant, (content) => checkEveryFormat('giant.txt', content)), { numRuns: 4, endOnFailure: true });
});

test('survives deeply nested HTML', () => {
  const nested = fc.tuple(fc.constantFrom('div', 'span', 'ul', 'blockquote'), fc.boolean()).map(([tag, closed]) =>
    `<html><body>${`<${tag}>`.repeat(5000)}deep text${closed ? `</${tag}>`.repeat(5000) : ''}</body></html>`,
  );
  fc.assert(fc.property(nested, (content) => checkEveryFormat('nested.html', content, ['auto', 'text', 'html', 'feed'])), { numRuns: 20, endOnFailure: true });
});

after(() => {
  assert.ok(inputs >= 10_000, `only ${inputs} inputs fuzzed`);
});
