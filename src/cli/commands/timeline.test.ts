import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { timeline } from '../../analyse/index.ts';
import { positionRecord } from '../../analyse/negotiation.fixture.ts';
import { NEEDS_EVAL } from '../../../test/shared-eval.ts';
import { buildAnalysisStore, type AnalysisStore } from './analysis-store.test-helper.ts';
import { timelineTable } from './timeline.ts';

let store: AnalysisStore;

describe('timeline on the evaluation corpus', NEEDS_EVAL, () => {
  before(async () => { store = await buildAnalysisStore(); });
  after(() => store.remove());

  test('Ukraine on withdrawal: its refusal is confirmed by a second document, not by the single reported red line', () => {
    const result = store.run('timeline', '--party', 'ua', '--issue', 'territory.ukraine_withdraws');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^ua · territory\.ukraine_withdraws: reject\/firm 2025-02-10…/m);
    // The one reported red-line statement is not confirmed on its own.
    assert.match(result.stdout, /^reject\/red_line\s+—\s+2025-05-22\s+kyiv-red-lines\.txt\s+reported, Volodymyr Zelensky/m);
    assert.match(result.stdout, /^reject\/firm\s+reject\/firm ✓\s+2026-01-23\s+023\.txt/m);
  });

  test('json lists every statement in date order with the state confirmed after it', () => {
    const result = JSON.parse(store.run('timeline', '--party', 'ua', '--issue', 'territory.ukraine_withdraws', '--format', 'json').stdout) as {
      issues: { entries: { date: string; doc: string; stance: string; confirms: boolean; confirmedState: { strength: string } | null }[] }[];
    };
    const entries = result.issues[0]!.entries;
    assert.deepEqual(entries.map((entry) => entry.date), entries.map((entry) => entry.date).sort());
    assert.deepEqual(entries.slice(0, 2).map((entry) => entry.doc), ['011.txt', 'kyiv-red-lines.txt']);
    // 023.txt reports an offer to pull back (unconfirmed) and a reaffirmed refusal that confirms the first one.
    assert.deepEqual(entries.slice(0, 4).map((entry) => [entry.doc, entry.confirmedState?.strength ?? null, entry.confirms]), [
      ['011.txt', null, false], ['kyiv-red-lines.txt', null, false], ['023.txt', null, false], ['023.txt', 'firm', true],
    ]);
    assert.deepEqual(entries.slice(-2).map((entry) => [entry.doc, entry.stance]), [['035.txt', 'reject'], ['036.txt', 'reject']]);
  });

  test('--party is required', () => {
    const result = store.run('timeline');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--party/);
  });
});

test('the table shows the day the text dates a statement, its phrase and the publication date', () => {
  const statedOn = { start: 0, end: 13, date: '2023-02-01', quote: 'February 2023' };
  const records = [positionRecord({ id: 'a', date: '2026-03-12', doc: 'recall.txt', holder: 'cn', issue: 'ceasefire.immediate', stance: 'demand', statedOn })];
  assert.match(timelineTable(timeline(records, { party: 'cn' })), /^demand\/firm\s+—\s+2023-02-01 \(“February 2023”, published 2026-03-12\)\s+recall\.txt/m);
});
