import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPositionsByRules } from '../src/extract/index.ts';
import { loadPack, parsePack, PackError } from '../src/packs/index.ts';
import { readContent } from '../src/read/index.ts';

const pack = loadPack('russia-ukraine');

function positionsOf(body: string): string[] {
  const [doc] = readContent('c.txt', ` date 2025-06-01 https://example.org/c\nHeadline\n${body}\n`).docs;
  assert.ok(doc);
  return extractPositionsByRules(doc, pack).positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`);
}

test('a concession grants the proposition of whoever gives ground', () => {
  assert.ok(positionsOf('Moscow rejected the plan, saying it would not give up any territory it had taken.').includes('ru reject territory.russia_withdraws'));
  assert.ok(positionsOf('The Kremlin demands that Ukraine cede territory to Russia.').includes('ru demand territory.ukraine_withdraws'));
  assert.ok(positionsOf('President Vladimir Putin ruled out any territorial concessions.').includes('ru reject territory.russia_withdraws'));
  assert.ok(positionsOf('Kyiv has rejected any settlement involving territorial concessions.').includes('ua reject territory.ukraine_withdraws'));
  assert.ok(positionsOf('The constitution forbids ceding the eastern territory, which Russia is demanding.').includes('ru demand territory.ukraine_withdraws'));
});

test('a concession by a party the pack does not map gives no position', () => {
  assert.deepEqual(positionsOf('Hungary said it would never cede territory.'), []);
});

test('a concession naming an unknown party or issue is a pack error with its line and field', () => {
  const yaml = 'id: c\nname: C\nversion: "1"\nparties:\n  - { id: aa, name: A }\nissues:\n  - { id: x.one, proposition: One }\nconcessions:\n  - cues: ["give up land"]\n    by: { aa: x.two, zz: x.one }\n';
  assert.throws(() => parsePack(yaml, 'c.yaml'), (error: unknown) => {
    assert.ok(error instanceof PackError);
    assert.match(error.message, /c\.yaml:10: concessions\[0\]\.by\.aa: unknown issue "x\.two"/u);
    assert.match(error.message, /c\.yaml:10: concessions\[0\]\.by\.zz: unknown party "zz"/u);
    return true;
  });
});
