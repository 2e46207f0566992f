import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadSourceRatings } from '../packs/index.ts';
import { positionRecord } from './negotiation.fixture.ts';
import { outletReliability, rateRecords, reliableRecords } from './reliability.ts';

const ratings = new Map([['reuters.com', 'A'], ['tass.ru', 'D'], ['uk.example.org', 'B']] as const);

test('an outlet takes its own grade, else its nearest rated parent domain\'s', () => {
  assert.equal(outletReliability('reuters.com', ratings), 'A');
  assert.equal(outletReliability('www.uk.reuters.com', ratings), 'A');
  assert.equal(outletReliability('uk.example.org', ratings), 'B');
  assert.equal(outletReliability('example.org', ratings), undefined);
  assert.equal(outletReliability('', ratings), undefined);
});

test('records carry their outlet\'s grade; a minimum keeps the well-rated ones and leaves out unrated outlets', () => {
  const records = rateRecords([
    positionRecord({ id: 'a', holder: 'ru', issue: 'x', stance: 'demand', outlet: 'reuters.com' }),
    positionRecord({ id: 'b', holder: 'ru', issue: 'x', stance: 'demand', outlet: 'tass.ru' }),
    positionRecord({ id: 'c', holder: 'ru', issue: 'x', stance: 'demand', outlet: 'blog.test' }),
  ], ratings);
  assert.deepEqual(records.map((record) => record.reliability), ['A', 'D', undefined]);
  assert.deepEqual(reliableRecords(records, 'C').map((record) => record.id), ['a']);
  assert.deepEqual(reliableRecords(records, 'D').map((record) => record.id), ['a', 'b']);
  assert.deepEqual(reliableRecords(records, 'F').map((record) => record.id), ['a', 'b', 'c']);
});

test('a sources file is read into grades, and a bad one names file, line and field', () => {
  const directory = mkdtempSync(join(tmpdir(), 'redlines-sources-'));
  try {
    const good = join(directory, 'sources.yaml');
    writeFileSync(good, 'outlets:\n  reuters.com: A\n  www.tass.ru: D\n');
    assert.deepEqual([...loadSourceRatings(good)], [['reuters.com', 'A'], ['tass.ru', 'D']]);
    const bad = join(directory, 'bad.yaml');
    writeFileSync(bad, 'outlets:\n  reuters.com: A\n  tass.ru: G\n');
    assert.throws(() => loadSourceRatings(bad), /bad\.yaml:3: outlets\.tass\.ru: must be one of: A, B, C, D, E, F/);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
