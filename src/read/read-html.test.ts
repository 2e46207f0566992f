import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertDocInvariants } from './doc-invariants.test-helper.ts';
import { readContent } from './index.ts';

const page = `<!DOCTYPE html>
<html><head>
<title>Envoys trade &quot;final&quot; offers | Example Tribune</title>
<meta property="og:site_name" content="The Example Tribune">
<meta property="og:url" content="https://www.tribune.example.com/world/envoys">
<meta property="article:published_time" content="2024-11-03T22:15:00+02:00">
<script>document.write("<p>not article text</p>");</script>
<style>p { color: red; }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article>
<h1>Envoys trade &quot;final&quot; offers</h1>
<p>The delegation of Ruritania said on Tuesday that its northern border was <em>not negotiable</em>,
   and that any agreement must start with the return of the lake districts.</p>
<p>Officials of Borduria replied that they could consider a phased handover &amp; a joint commission,
provided that the tariffs imposed last spring are lifted first.</p>
<!-- an editor's note that is not text -->
<p>Mediators from a neutral country said both sides remained far apart on guarantees &mdash; and
that a fourth round of talks would be held in the capital before the end of the month.</p>
<p>The talks, the third this year, took place in a hotel outside the city and lasted eleven hours,
according to people familiar with the meetings who asked not to be named.</p>
</article></main>
<footer><p>&copy; Example Tribune. All rights reserved.</p></footer>
</body></html>`;

test('extracts the main article text of an HTML page, without navigation, scripts or footer', () => {
  const { docs, messages } = readContent('pages/envoys.html', page);
  assert.deepEqual(messages, []);
  const [doc] = docs;
  assert.ok(doc);
  assert.equal(doc.id, 'envoys.html');
  assert.match(doc.text, /^(?:Envoys trade "final" offers\n\n)?The delegation of Ruritania said on Tuesday/);
  assert.match(doc.text, /not negotiable, and that any agreement/);
  assert.match(doc.text, /phased handover & a joint commission/);
  assert.doesNotMatch(doc.text, /Home|not article text|color: red|rights reserved|editor's note/);
  assert.ok(doc.text.includes('.\n\nOfficials of Borduria'), 'paragraphs are separated by a blank line');
  assert.ok(doc.paragraphs.length >= 4);
  assertDocInvariants(doc);
});

test('reads date, URL and outlet from the page metadata, preferring the URL host over og:site_name', () => {
  const [doc] = readContent('envoys.html', page).docs;
  assert.equal(doc?.date, '2024-11-03');
  assert.equal(doc?.url, 'https://www.tribune.example.com/world/envoys');
  assert.equal(doc?.outlet, 'tribune.example.com');
  assert.match(doc?.title ?? '', /Envoys trade "final" offers/);
});

test('maps every ASCII word of the extracted text back to the same word in the raw HTML', () => {
  const [doc] = readContent('envoys.html', page).docs;
  assert.ok(doc?.source);
  const { raw, offsets } = doc.source;
  let words = 0;
  for (const match of doc.text.matchAll(/[A-Za-z]+/g)) {
    const start = offsets[match.index]!;
    assert.equal(raw.slice(start, start + match[0].length), match[0], `word "${match[0]}" at ${match.index}`);
    words += 1;
  }
  assert.ok(words > 80);
});

test('maps a character decoded from an entity to the entity\'s ampersand', () => {
  const [doc] = readContent('envoys.html', page).docs;
  assert.ok(doc?.source);
  const { raw, offsets } = doc.source;
  const ampersand = doc.text.indexOf('&');
  assert.equal(raw.slice(offsets[ampersand]!, offsets[ampersand]! + 5), '&amp;');
  const dash = doc.text.indexOf('\u2014');
  assert.equal(raw.slice(offsets[dash]!, offsets[dash]! + 7), '&mdash;');
});

test('resolves a relative canonical link against the URL the page came from', () => {
  const html = `<html><head><link rel="canonical" href="/news/42"></head><body><article><p>${'Words of the article. '.repeat(40)}</p></article></body></html>`;
  const [doc] = readContent('https://news.example.org/news/42?ref=feed', html, { url: 'https://news.example.org/news/42?ref=feed' }).docs;
  assert.equal(doc?.url, 'https://news.example.org/news/42');
  assert.equal(doc?.outlet, 'news.example.org');
  assert.equal(doc?.id, 'https://news.example.org/news/42?ref=feed');
});

test('falls back to the body text with an info message when Readability finds no article', () => {
  const { docs, messages } = readContent('tiny.htm', '<html><body><aside>Short note.</aside></body></html>');
  assert.equal(docs[0]?.text, 'Short note.');
  assert.ok(messages.some((message) => message.ruleId === 'read/no-article' && message.severity === 'info'));
  assertDocInvariants(docs[0]!);
});

test('reports a page with no text at all as an error', () => {
  const { docs, messages } = readContent('blank.html', '<html><head><title></title></head><body><img src="x.png"></body></html>');
  assert.deepEqual(docs, []);
  assert.equal(messages.at(-1)?.ruleId, 'read/no-text');
  assert.equal(messages.at(-1)?.severity, 'error');
});

test('refuses, without parsing, a page with more elements than any news page, naming it; a large but normal page is read', () => {
  const huge = `<html><body>${'<span>x</span>'.repeat(200_001)}</body></html>`;
  const { docs, messages } = readContent('huge.html', huge, { format: 'html' });
  assert.equal(docs.length, 0);
  assert.deepEqual(messages.map(({ severity, source, reason }) => ({ severity, source, reason })), [
    { severity: 'error', source: 'huge.html', reason: 'HTML page with over 200,000 elements; not parsed' },
  ]);
  const large = readContent('large.html', `<html><body>${'<p>Talks went on.</p>'.repeat(20_000)}</body></html>`, { format: 'html' });
  assert.equal(large.docs.length, 1);
});

test('refuses, without parsing, a page nested deeper than any news page, naming it; unclosed paragraphs and list items add no depth', () => {
  const deep = `<html><body>${'<div>'.repeat(5_001)}Talks went on.${'</div>'.repeat(5_001)}</body></html>`;
  const { docs, messages } = readContent('deep.html', deep, { format: 'html' });
  assert.equal(docs.length, 0);
  assert.deepEqual(messages.map(({ severity, source, reason }) => ({ severity, source, reason })), [
    { severity: 'error', source: 'deep.html', reason: 'HTML page nested over 5,000 levels deep; not parsed' },
  ]);
  const unclosed = readContent('unclosed.html', `<html><body><ul>${'<li><p>Talks went on.<br>'.repeat(6_000)}</ul></body></html>`, { format: 'html' });
  assert.equal(unclosed.docs.length, 1);
  assert.match(unclosed.docs[0]!.text, /Talks went on\./);
});
