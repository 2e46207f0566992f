import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { NEEDS_EVAL } from '../../../test/shared-eval.ts';
import { buildAnalysisStore, KREMLIN_RESTATEMENT, type AnalysisStore } from './analysis-store.test-helper.ts';

let store: AnalysisStore;

function csvRows(stdout: string): Record<string, string>[] {
  const [header, ...lines] = stdout.trim().split('\n');
  const columns = header!.split(',');
  // The cells asserted on hold no quoted commas.
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index], value])));
}

describe('matrix on the evaluation corpus', NEEDS_EVAL, () => {
  before(async () => { store = await buildAnalysisStore({ 'kremlin-red-lines.txt': KREMLIN_RESTATEMENT }); });
  after(() => store.remove());

  test('up to the seed\'s date, Russia demands its red lines as red lines, each from the seed (annexation also from the Kremlin\'s own words)', () => {
    const result = store.run('matrix', '--parties', 'ru', '--until', '2025-05-19', '--format', 'csv');
    assert.equal(result.status, 0, result.stderr);
    const redLines = csvRows(result.stdout).filter((row) => row.strength === 'red_line');
    assert.deepEqual(redLines.map((row) => [row.issue, row.stance, row.documents, row.docs]), [
      ['alliance.ukraine_neutrality', 'demand', '1', 'sputnik-2025-05-19-red-lines.txt'],
      ['military.halt_western_arms', 'demand', '1', 'sputnik-2025-05-19-red-lines.txt'],
      ['nuclear.ukraine_non_nuclear', 'demand', '1', 'sputnik-2025-05-19-red-lines.txt'],
      ['territory.recognize_annexation', 'demand', '2', 'sputnik-2025-05-19-red-lines.txt;kremlin-red-lines.txt'],
      ['territory.ukraine_withdraws', 'demand', '1', 'sputnik-2025-05-19-red-lines.txt'],
    ]);
  });

  test('over the whole store, Russia demands and Ukraine refuses withdrawal, each with disagreement in the window', () => {
    const rows = csvRows(store.run('matrix', '--parties', 'ru,ua', '--format', 'csv').stdout);
    const cell = (party: string, issue: string) => rows.find((row) => row.party === party && row.issue === issue)!;
    assert.equal(cell('ru', 'territory.ukraine_withdraws').stance, 'demand');
    assert.equal(cell('ua', 'territory.ukraine_withdraws').stance, 'reject');
    assert.equal(cell('ua', 'territory.ukraine_withdraws').disagreement, 'true');
    assert.ok(cell('ua', 'territory.ukraine_withdraws').docs!.split(';').includes('035.txt'));
    // Zelensky's own words, quoted: well-attested from one document.
    const annexation = cell('ua', 'territory.recognize_annexation');
    assert.deepEqual([annexation.stance, annexation.strength, annexation.well_attested, annexation.documents, annexation.latest_date, annexation.docs],
      ['reject', 'red_line', 'true', '1', '2025-05-22', 'kyiv-red-lines.txt']);
    assert.deepEqual([...new Set(rows.map((row) => row.party))], ['ru', 'ua']);
  });

  test('the table puts issues in rows and parties in columns, abbreviating each cell, with a legend', () => {
    const result = store.run('matrix', '--parties', 'ru,ua');
    assert.equal(result.status, 0);
    const lines = result.stdout.split('\n');
    assert.match(lines[0]!, /^issue\s+ru\s+ua$/);
    assert.match(result.stdout, /^territory\.recognize_annexation\s+dem RL 2\*?\s+rej RL 1\*?$/m);
    assert.match(result.stdout, /^territory\.ukraine_withdraws\s+dem \w+ \d+\*?\??\s+rej \w+ \d+\*\??$/m);
    assert.match(result.stdout, /RL red line/);
  });

  test('json carries every cell with its evidence spans', () => {
    const result = JSON.parse(store.run('matrix', '--parties', 'ru', '--format', 'json').stdout) as {
      cells: { issue: string; support: { doc: string; evidence: { start: number; end: number; quote: string } }[] }[];
    };
    const annexation = result.cells.find((cell) => cell.issue === 'territory.recognize_annexation')!;
    assert.equal(annexation.support[0]!.evidence.quote, 'Recognition of new territorial realities (4 new regions = Russia)');
    assert.ok(annexation.support[0]!.evidence.end > annexation.support[0]!.evidence.start);
  });

  test('an unknown party or a bad date is a usage error', () => {
    const party = store.run('matrix', '--parties', 'ru,atlantis');
    assert.equal(party.status, 2);
    assert.match(party.stderr, /unknown party "atlantis"/);
    assert.equal(store.run('matrix', '--since', 'last week').status, 2);
    assert.equal(store.run('matrix', '--format', 'xml').status, 2);
  });
});
