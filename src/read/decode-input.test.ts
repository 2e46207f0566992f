import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readContent } from './index.ts';

/** Asserts that reading `content` gives no document and exactly one error with `ruleId` naming `name`. */
function assertRefused(name: string, content: string | Uint8Array, ruleId: string, options = {}): void {
  const { docs, messages } = readContent(name, content, options);
  assert.deepEqual(docs, []);
  assert.equal(messages.length, 1);
  assert.equal(messages[0]?.ruleId, ruleId);
  assert.equal(messages[0]?.severity, 'error');
  assert.equal(messages[0]?.source, name);
  assert.doesNotMatch(messages[0]?.reason ?? '', /\n/);
}

test('refuses an empty file', () => assertRefused('empty.txt', new Uint8Array(), 'read/empty-file'));
test('refuses a file of only whitespace', () => assertRefused('blank.txt', ' \n\t\r\n', 'read/empty-file'));
test('refuses binary content with NUL bytes', () => assertRefused('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'read/binary'));
test('refuses content that is mostly control characters', () => assertRefused('noise.txt', '\u0001\u0002\u0003\u0004abc\u0005\u0006', 'read/binary'));
test('refuses invalid UTF-8, saying what to convert it to', () => {
  assertRefused('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'read/invalid-utf8');
  assert.match(readContent('latin1.txt', Uint8Array.from([0x63, 0xe9])).messages[0]?.reason ?? '', /not valid UTF-8.*convert/);
});
test('refuses content over the size limit', () => assertRefused('big.txt', 'x'.repeat(2000), 'read/too-large', { maxBytes: 1000 }));
test('counts the size limit in UTF-8 bytes, not characters', () => assertRefused('wide.txt', '\u00e9'.repeat(600), 'read/too-large', { maxBytes: 1000 }));

test('accepts a UTF-8 BOM and keeps it in the text', () => {
  const { docs } = readContent('bom.txt', Uint8Array.from([0xef, 0xbb, 0xbf, 0x48, 0x69]));
  assert.equal(docs[0]?.text, '\uFEFFHi');
  assert.equal(docs[0]?.title, 'Hi');
});

const ARTICLE = 'Kyiv restates its position\nPresident Volodymyr Zelensky said Ukraine will never recognise the annexation of Crimea. \u2014 Caf\u00e9 \u{1F54A}\n';

test('a byte-order mark selects UTF-16 LE or BE, read like the same text in UTF-8', () => {
  const utf8 = readContent('article.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]));
  const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
  const bigEndian = Buffer.from(littleEndian).swap16();
  for (const bytes of [littleEndian, bigEndian]) {
    const { docs, messages } = readContent('article.txt', bytes);
    assert.deepEqual(messages, []);
    assert.deepEqual(docs, utf8.docs);
  }
  assert.equal(utf8.docs[0]?.title, 'Kyiv restates its position');
});

test('refuses UTF-16 with a byte-order mark that is cut in the middle of a character', () => {
  const truncated = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le'), Buffer.from([0x41])]);
  assertRefused('cut.txt', truncated, 'read/invalid-utf16');
  assert.match(readContent('cut.txt', truncated).messages[0]?.reason ?? '', /UTF-16 LE byte-order mark but is not valid UTF-16 LE/);
});

test('names UTF-16 without a byte-order mark and UTF-32 as encodings it does not read, rather than as binary', () => {
  assertRefused('no-bom.txt', Buffer.from(ARTICLE, 'utf16le'), 'read/unsupported-encoding');
  assert.match(readContent('no-bom.txt', Buffer.from(ARTICLE, 'utf16le')).messages[0]?.reason ?? '', /UTF-16 without a byte-order mark/);
  assertRefused('wide.txt', Uint8Array.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]), 'read/unsupported-encoding');
});

test('accepts the occasional control character in real text', () => {
  const { docs, messages } = readContent('ok.txt', `Title\n${'A normal sentence. '.repeat(10)}\u000c\n`);
  assert.equal(docs.length, 1);
  assert.deepEqual(messages, []);
});

test('throws on API misuse: content that is neither string nor bytes', () => {
  assert.throws(() => readContent('x.txt', 42 as unknown as string), /string or a Uint8Array/);
});
