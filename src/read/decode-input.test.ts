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
test('refuses invalid UTF-8', () => assertRefused('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'read/invalid-utf8'));
test('refuses content over the size limit', () => assertRefused('big.txt', 'x'.repeat(2000), 'read/too-large', { maxBytes: 1000 }));
test('counts the size limit in UTF-8 bytes, not characters', () => assertRefused('wide.txt', '\u00e9'.repeat(600), 'read/too-large', { maxBytes: 1000 }));

test('accepts a UTF-8 BOM and keeps it in the text', () => {
  const { docs } = readContent('bom.txt', Uint8Array.from([0xef, 0xbb, 0xbf, 0x48, 0x69]));
  assert.equal(docs[0]?.text, '\uFEFFHi');
  assert.equal(docs[0]?.title, 'Hi');
});

test('accepts the occasional control character in real text', () => {
  const { docs, messages } = readContent('ok.txt', `Title\n${'A normal sentence. '.repeat(10)}\u000c\n`);
  assert.equal(docs.length, 1);
  assert.deepEqual(messages, []);
});

test('throws on API misuse: content that is neither string nor bytes', () => {
  assert.throws(() => readContent('x.txt', 42 as unknown as string), /string or a Uint8Array/);
});
