import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { datePhrases, statementDate } from './statement-dates.ts';

// Thursday 12 March 2026.
const PUBLISHED = '2026-03-12';

/** The date and phrase that date the statement at `evidence` in `text` (published on `published`, or undated for null). */
function dated(text: string, evidence: string, published: string | null = PUBLISHED): { date: string; quote: string } | undefined {
  const start = text.indexOf(evidence);
  assert.ok(start >= 0, `evidence "${evidence}" is in the text`);
  const found = statementDate(text, { start, end: start + evidence.length }, published ?? undefined);
  if (found === undefined) return undefined;
  assert.equal(text.slice(found.start, found.end), found.quote);
  return { date: found.date, quote: found.quote };
}

test('a weekday is the last such day on or before publication', () => {
  assert.deepEqual(dated('Putin said on Tuesday that Russia would never accept a freeze.', 'never accept a freeze'), { date: '2026-03-10', quote: 'on Tuesday' });
});

test('"yesterday" and "last week" count back from publication', () => {
  assert.deepEqual(dated('Yesterday Zelensky rejected the demand.', 'rejected the demand'), { date: '2026-03-11', quote: 'Yesterday' });
  assert.deepEqual(dated('Last week, Kyiv rejected the plan.', 'rejected the plan'), { date: '2026-03-05', quote: 'Last week' });
});

test('a month and year name the first of the month, long before publication', () => {
  assert.deepEqual(dated('In March 2022, Ukraine offered neutrality.', 'offered neutrality'), { date: '2022-03-01', quote: 'March 2022' });
  assert.deepEqual(dated('China called for a ceasefire in February 2023, a plan it recalled on Monday.', 'called for a ceasefire'),
    { date: '2023-02-01', quote: 'February 2023' });
});

test('"at the Istanbul talks in 2022" names the year', () => {
  assert.deepEqual(dated('At the Istanbul talks in 2022, Ukraine offered to stay neutral.', 'offered to stay neutral'), { date: '2022-01-01', quote: 'in 2022' });
});

test('a day and month without a year that would fall after publication belong to the year before', () => {
  assert.deepEqual(dated('On 3 May the minister demanded guarantees.', 'demanded guarantees'), { date: '2025-05-03', quote: 'On 3 May' });
});

test('a time of day, a future day or a number that is no year dates nothing', () => {
  assert.equal(dated('Zelensky said he would meet Putin at 5 pm.', 'meet Putin'), undefined);
  assert.equal(dated('Russia will demand guarantees next week.', 'demand guarantees'), undefined);
  assert.equal(dated('Kyiv demanded 2022 tanks.', 'demanded 2022 tanks'), undefined);
  assert.equal(dated('This year Kyiv demanded guarantees.', 'demanded guarantees'), undefined);
});

test('only the sentence of the evidence is looked at', () => {
  assert.equal(dated('In March 2022, talks began. Ukraine rejected the demand.', 'rejected the demand'), undefined);
});

test('without a publication date only phrases that name their year are kept', () => {
  assert.equal(dated('Putin said on Tuesday that Russia would never accept a freeze.', 'never accept a freeze', null), undefined);
  assert.deepEqual(dated('In March 2022, Ukraine offered neutrality.', 'offered neutrality', null), { date: '2022-03-01', quote: 'March 2022' });
});

test('every phrase found is the text at its offsets, and names a day on or before publication', () => {
  const phrase = fc.constantFrom('on Tuesday', 'last week', 'in March 2022', 'in 2019', 'yesterday', 'on 3 May', 'two days ago', 'at 5 pm', 'next week');
  const filler = fc.constantFrom('Russia demanded a ceasefire', 'Kyiv said', 'the minister', ',', '.', '\n', '“no”', 'ü', '2022 tanks');
  fc.assert(fc.property(fc.array(fc.oneof(phrase, filler), { maxLength: 12 }), (parts) => {
    const text = parts.join(' ');
    for (const found of datePhrases(text, { start: 0, end: text.length }, PUBLISHED)) {
      assert.equal(text.slice(found.start, found.end), found.quote);
      assert.match(found.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(found.date <= PUBLISHED, `${found.quote} → ${found.date}`);
    }
  }), { numRuns: 300 });
});
