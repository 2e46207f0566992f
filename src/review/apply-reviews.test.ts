import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PositionRecord, Review, ReviewFields, Stance, Verdict } from '../core/index.ts';
import { positionRecord } from '../analyse/negotiation.fixture.ts';
import { applyReviews } from './apply-reviews.ts';

const record = (id: string, start: number, fields: Partial<PositionRecord> = {}) =>
  positionRecord({ id, documentId: '7', doc: 'd.txt', holder: 'ru', issue: 'i.a', stance: 'demand', start, quote: 'x'.repeat(20), ...fields });

let reviews = 0;
function review(verdict: Verdict, { reviewer = 'ana', at = '2025-01-01T00:00:00Z', start = 0, end = 20, stance = 'demand' as Stance, fields = {} as ReviewFields, replaced = false } = {}): Review {
  return {
    id: String(++reviews), target: { documentId: '7', holder: 'ru', issue: 'i.a', stance, evidence: { start, end } }, doc: 'd.txt',
    evidence: { start, end, quote: 'x'.repeat(end - start) }, reviewer, verdict, fields, note: '', at, document: { date: '2025-03-01', outlet: 'o.test', replaced },
  };
}

test('a review finds its position by document, holder, issue, stance and overlapping evidence, not by byte-equal offsets', () => {
  const { records, orphaned } = applyReviews([record('1', 5), record('2', 40)], [review('confirmed', { start: 0, end: 10 })]);
  assert.deepEqual(records.map((r) => [r.id, r.review?.status]), [['1', 'confirmed'], ['2', 'unreviewed']]);
  assert.deepEqual(orphaned, []);
  const otherStance = applyReviews([record('1', 5)], [review('confirmed', { stance: 'reject' })]);
  assert.deepEqual(otherStance.records.map((r) => r.review?.status), ['unreviewed']);
  assert.equal(otherStance.orphaned.length, 1);
});

test('rejected positions leave, corrected ones take the new fields, and reviewedOnly drops the unreviewed', () => {
  const rejected = applyReviews([record('1', 0), record('2', 40)], [review('rejected')]);
  assert.deepEqual(rejected.records.map((r) => r.id), ['2']);
  const corrected = applyReviews([record('1', 0)], [review('corrected', { fields: { holder: 'ua', strength: 'red_line' } })]);
  assert.deepEqual([corrected.records[0]!.holder, corrected.records[0]!.strength, corrected.records[0]!.review?.status], ['ua', 'red_line', 'corrected']);
  assert.deepEqual(applyReviews([record('1', 0), record('2', 40)], [review('confirmed')], { reviewedOnly: true }).records.map((r) => r.id), ['1']);
});

test('the latest verdict of any reviewer wins, unless one reviewer is asked for', () => {
  const verdicts = [review('rejected', { reviewer: 'ana', at: '2025-01-02T00:00:00Z' }), review('confirmed', { reviewer: 'ben', at: '2025-01-01T00:00:00Z' })];
  assert.deepEqual(applyReviews([record('1', 0)], verdicts).records, []);
  assert.deepEqual(applyReviews([record('1', 0)], verdicts, { reviewer: 'ben' }).records.map((r) => r.review?.reviewer), ['ben']);
});

test('an added position joins as a record with its document\'s metadata, once, even when several reviewers judged it', () => {
  const added = review('added', { start: 30, end: 35, fields: { strength: 'red_line', mode: 'direct' } });
  const { records } = applyReviews([record('1', 0)], [added, review('corrected', { reviewer: 'ben', start: 31, end: 35, at: '2025-01-03T00:00:00Z', fields: { strength: 'soft' } })]);
  const joined = records.find((r) => r.id === `added-${added.id}`)!;
  assert.deepEqual([joined.strength, joined.mode, joined.date, joined.outlet, joined.review?.status, records.length], ['soft', 'direct', '2025-03-01', 'o.test', 'added', 2]);
  assert.deepEqual(applyReviews([], [added, review('rejected', { reviewer: 'ben', start: 30, end: 32, at: '2025-01-03T00:00:00Z' })]).records, []);
  // The extractor now finds it too: the record carries the addition, with the analyst's fields.
  const found = applyReviews([record('9', 30)], [added]).records;
  assert.deepEqual(found.map((r) => [r.id, r.strength, r.review?.status]), [['9', 'red_line', 'added']]);
});

test('reviews of a replaced document version, or whose position is gone, are orphaned, never dropped', () => {
  const gone = review('confirmed', { start: 100, end: 110 });
  const replaced = review('confirmed', { replaced: true });
  const { orphaned } = applyReviews([record('1', 0)], [gone, replaced]);
  assert.deepEqual(orphaned.map((r) => r.id).sort(), [gone.id, replaced.id].sort());
});
