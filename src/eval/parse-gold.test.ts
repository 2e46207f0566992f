import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseGold } from './parse-gold.ts';

const ROW = { doc: 'a.txt', holder: 'ru', issue: 'territory.recognize_crimea', stance: 'demand', strength: 'firm', mode: 'direct', evidence: 'Crimea is Russian' };

test('reads rows, skipping blank lines and filling optional fields', () => {
  const { gold, messages } = parseGold(`${JSON.stringify(ROW)}\n\n${JSON.stringify({ ...ROW, speaker: 'Peskov', conditions: ['x'] })}\n`, 'g.jsonl');
  assert.deepEqual(messages, []);
  assert.deepEqual(gold.map((row) => [row.speaker, row.conditions]), [['', []], ['Peskov', ['x']]]);
});

test('names the file and line of each bad row and keeps the good ones', () => {
  const lines = [JSON.stringify(ROW), '{"doc": ', JSON.stringify({ ...ROW, stance: 'wants' }), '[1]', JSON.stringify({ ...ROW, evidence: '' })];
  const { gold, messages } = parseGold(lines.join('\n'), 'g.jsonl');
  assert.equal(gold.length, 1);
  assert.deepEqual(messages.map((message) => [message.source, message.ruleId]), [
    ['g.jsonl:2', 'eval/gold-invalid-json'],
    ['g.jsonl:3', 'eval/gold-invalid-field'],
    ['g.jsonl:4', 'eval/gold-invalid-field'],
    ['g.jsonl:5', 'eval/gold-invalid-field'],
  ]);
  assert.match(messages[1]!.reason, /stance.*demand, reject, accept.*"wants"/);
});
