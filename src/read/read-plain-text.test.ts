import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertDocInvariants } from './doc-invariants.test-helper.ts';
import { readContent } from './index.ts';

test('plain text takes its first non-empty line as title and the whole text as body', () => {
  const text = '\n\n  A quiet headline  \nFirst body line.\n\nSecond body line.\n';
  const { docs, messages } = readContent('notes/article.md', text);
  assert.deepEqual(messages, []);
  const [doc] = docs;
  assert.ok(doc);
  assert.equal(doc.id, 'article.md');
  assert.equal(doc.text, text);
  assert.equal(doc.title, 'A quiet headline');
  assert.equal(text.slice(doc.titleSpan!.start, doc.titleSpan!.end), 'A quiet headline');
  assert.deepEqual(doc.body, { start: 0, end: text.length });
  assert.equal(doc.paragraphs.length, 3);
  assert.equal(doc.url, undefined);
  assertDocInvariants(doc);
});

test('marks a paragraph identical to an earlier one after whitespace normalisation', () => {
  const text = 'Title\nThe envoy left   the room early.\nSomething else.\nThe envoy left the room\tearly.\n';
  const [doc] = readContent('r.txt', text).docs;
  assert.deepEqual(doc?.paragraphs.map((p) => p.repeatOf), [undefined, undefined, undefined, 1]);
});

test('does not mark a short line that merely occurs inside a longer paragraph', () => {
  const text = 'Title\nThe ministers agreed on a ceasefire and then on prisoner exchanges.\nprisoner exchanges\n';
  const [doc] = readContent('s.txt', text).docs;
  assert.equal(doc?.paragraphs[2]?.repeatOf, undefined);
});
