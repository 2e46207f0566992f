import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toPositionRow } from '../src/core/index.ts';
import { extractPositionsByRules } from '../src/extract/index.ts';
import { loadPack } from '../src/packs/index.ts';
import { readContent } from '../src/read/index.ts';

const PAGE = `<!doctype html><html><head><title>Kremlin rejects truce plan</title>
<link rel="canonical" href="https://news.example.com/a/1"></head><body><nav>Home | World</nav><article>
<h1>Kremlin rejects truce plan</h1>
<p>Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow rejects an immediate 30-day ceasefire &amp; will not accept European peacekeepers in Ukraine.</p>
<p>Ukrainian President Volodymyr Zelensky called for binding security guarantees from Washington.</p>
</article><footer>© 2025</footer></body></html>`;

test('positions from an HTML page quote the extracted text and point back into the raw page', () => {
  const [doc] = readContent('page.html', PAGE).docs;
  assert.ok(doc?.source);
  const rows = extractPositionsByRules(doc, loadPack('russia-ukraine')).positions.map(toPositionRow);
  assert.ok(rows.some((row) => row.holder === 'ru' && row.issue === 'ceasefire.immediate' && row.stance === 'reject'));
  assert.ok(rows.some((row) => row.holder === 'ua' && row.issue === 'security.guarantees_for_ukraine' && row.stance === 'demand'));
  for (const row of rows) {
    assert.equal(doc.text.slice(row.evidence_start, row.evidence_end), row.evidence);
    assert.ok(row.source_start !== undefined && row.source_end !== undefined);
    const raw = PAGE.slice(row.source_start, row.source_end).replace(/&amp;/gu, '&');
    assert.equal(raw, row.evidence);
  }
});
