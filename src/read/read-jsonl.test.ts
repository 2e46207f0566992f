import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertDocInvariants } from './doc-invariants.test-helper.ts';
import { readContent } from './index.ts';

const records = [
  JSON.stringify({ id: 'a-1', url: 'https://www.wire.example/a', date: '2024-06-01', title: 'First', text: 'Line one.\nLine two.' }),
  '',
  JSON.stringify({ text: '  Untitled record text  ' }),
  JSON.stringify({ text: 'Dated by timestamp.', date: '2024-06-02T08:00:00Z' }),
].join('\n');

test('reads one document per JSONL record, keeping the text exactly', () => {
  const { docs, messages } = readContent('batch/items.jsonl', records);
  assert.deepEqual(messages, []);
  assert.deepEqual(docs.map((doc) => doc.id), ['a-1', 'items.jsonl#3', 'items.jsonl#4']);
  const [first, second, third] = docs;
  assert.equal(first?.text, 'Line one.\nLine two.');
  assert.equal(first?.title, 'First');
  assert.equal(first?.url, 'https://www.wire.example/a');
  assert.equal(first?.outlet, 'wire.example');
  assert.equal(first?.date, '2024-06-01');
  assert.equal(first?.paragraphs.length, 2);
  assert.equal(second?.text, '  Untitled record text  ');
  assert.equal(second?.title, 'Untitled record text');
  assert.equal(third?.date, '2024-06-02');
  docs.forEach(assertDocInvariants);
});

test('reports each bad JSONL line with file and line number and still reads the others', () => {
  const lines = [
    '{"text": "Good one."}',
    '{not json',
    '["an", "array"]',
    '{"title": "no text"}',
    '{"text": 42}',
    '{"text": "Good two.", "url": 7}',
    'null',
    '{"text": "Good three."}',
  ].join('\n');
  const { docs, messages } = readContent('mixed.jsonl', lines);
  assert.deepEqual(docs.map((doc) => doc.text), ['Good one.', 'Good three.']);
  assert.deepEqual(messages.map((message) => message.reason.match(/line (\d+)/)?.[1]), ['2', '3', '4', '5', '6', '7']);
  for (const message of messages) {
    assert.equal(message.severity, 'error');
    assert.equal(message.source, 'mixed.jsonl');
    assert.equal(message.ruleId, 'read/bad-jsonl-line');
    assert.match(message.reason, /^mixed\.jsonl line \d+: /);
  }
});

test('warns about an unparseable record date and drops it', () => {
  const { docs, messages } = readContent('d.jsonl', '{"text": "Body.", "date": "last Tuesday"}');
  assert.equal(docs[0]?.date, undefined);
  assert.equal(messages[0]?.ruleId, 'read/bad-date');
  assert.equal(messages[0]?.severity, 'warning');
});
