import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { NEEDS_EVAL, SEED_ARTICLE } from '../../test/shared-eval.ts';
import { assertDocInvariants } from './doc-invariants.test-helper.ts';
import { readContent } from './index.ts';

const sample = [
  ' date 2024-02-29 https://www.example.net/world/2024/talks',
  'Delegations meet at the lake',
  'The first paragraph says the meeting went on for hours.',
  '',
  '  The second paragraph has surrounding spaces.  ',
].join('\n');

test('reads date, url, outlet, title and body of a seed file', () => {
  const { docs, messages } = readContent('dir/sample.txt', sample);
  assert.deepEqual(messages, []);
  const [doc] = docs;
  assert.ok(doc);
  assert.equal(doc.id, 'sample.txt');
  assert.equal(doc.text, sample);
  assert.equal(doc.date, '2024-02-29');
  assert.equal(doc.url, 'https://www.example.net/world/2024/talks');
  assert.equal(doc.outlet, 'example.net');
  assert.equal(doc.title, 'Delegations meet at the lake');
  assert.equal(doc.text.slice(doc.titleSpan!.start, doc.titleSpan!.end), doc.title);
  assert.ok(doc.text.slice(doc.body.start).startsWith('The first paragraph'));
  assert.deepEqual(
    doc.paragraphs.map((paragraph) => doc.text.slice(paragraph.start, paragraph.end)),
    ['The first paragraph says the meeting went on for hours.', 'The second paragraph has surrounding spaces.'],
  );
  assertDocInvariants(doc);
});

test('reads the shared seed article and marks its four repeated paragraphs', NEEDS_EVAL, () => {
  const content = readFileSync(SEED_ARTICLE);
  const { docs, messages } = readContent(SEED_ARTICLE, content);
  assert.deepEqual(messages, []);
  const [doc] = docs;
  assert.ok(doc);
  assert.equal(doc.id, 'sputnik-2025-05-19-red-lines.txt');
  assert.equal(doc.date, '2025-05-19');
  assert.equal(doc.url, 'https://sputnikglobe.com/20250519/russias-red-lines-what-trump-heard-from-putin-in-high-stakes-talks-1122089609.html');
  assert.equal(doc.outlet, 'sputnikglobe.com');
  assert.equal(doc.title, "Russia's Red Lines: What Trump Heard From Putin in High Stakes Talks");
  assert.equal(doc.text, content.toString('utf8'));
  const repeats = doc.paragraphs.filter((paragraph) => paragraph.repeatOf !== undefined);
  assert.equal(repeats.length, 4);
  for (const repeat of repeats) {
    const original = doc.paragraphs[repeat.repeatOf!]!;
    assert.ok(doc.text.slice(original.start, original.end).includes(doc.text.slice(repeat.start, repeat.end)));
  }
  assert.ok(doc.paragraphs.some((p) => doc.text.slice(p.start, p.end) === 'Halt in all Western arms shipments' && p.repeatOf === undefined));
  assertDocInvariants(doc);
});

test('omits the date when the header says unknown', () => {
  const [doc] = readContent('u.txt', ' date unknown https://example.org/x\nHeadline\nBody.').docs;
  assert.equal(doc?.date, undefined);
  assert.equal(doc?.url, 'https://example.org/x');
});

test('keeps a BOM and CRLF line ends while finding header, title and body', () => {
  const text = '\uFEFF date 2023-01-02 https://example.org/y\r\nHeadline here\r\nBody line one.\r\nBody line two.\r\n';
  const [doc] = readContent('bom.txt', new TextEncoder().encode(text)).docs;
  assert.ok(doc);
  assert.equal(doc.text, text);
  assert.equal(doc.date, '2023-01-02');
  assert.equal(doc.title, 'Headline here');
  assert.deepEqual(doc.paragraphs.map((p) => text.slice(p.start, p.end)), ['Body line one.', 'Body line two.']);
});

for (const [problem, header] of [
  ['an impossible date', ' date 2025-02-30 https://example.org/z'],
  ['a malformed date', ' date 19-05-2025 https://example.org/z'],
  ['no URL', ' date 2025-05-19'],
  ['a URL that is not http', ' date 2025-05-19 ftp-site'],
] as const) {
  test(`reports a seed header with ${problem} as an error naming the file`, () => {
    const { docs, messages } = readContent('bad-header.txt', `${header}\nHeadline\nBody.`);
    assert.deepEqual(docs, []);
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.severity, 'error');
    assert.equal(messages[0]?.ruleId, 'read/bad-header');
    assert.equal(messages[0]?.source, 'bad-header.txt');
  });
}

test('with format seed, a missing header is an error', () => {
  const { docs, messages } = readContent('plain.txt', 'Just a title\nAnd a body.', { format: 'seed' });
  assert.deepEqual(docs, []);
  assert.equal(messages[0]?.ruleId, 'read/missing-header');
  assert.equal(messages[0]?.severity, 'error');
});
