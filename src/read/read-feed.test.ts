import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertDocInvariants } from './doc-invariants.test-helper.ts';
import { readContent } from './index.ts';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title>
<item>
  <title>Ministers meet again</title>
  <link>https://www.wire.example/ministers</link>
  <pubDate>Tue, 04 Jun 2024 09:30:00 GMT</pubDate>
  <description>Short summary only.</description>
  <content:encoded><![CDATA[<p>The ministers met for a second day.</p><p>They said a deal was &ldquo;close&rdquo;.</p>]]></content:encoded>
</item>
<item>
  <title>Plain item</title>
  <description>Nothing but plain words here.</description>
</item>
<item><title>Empty item</title></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry>
  <title>Envoy arrives</title>
  <link rel="alternate" href="https://atom.example.org/envoy"/>
  <link rel="edit" href="https://atom.example.org/edit/1"/>
  <published>2024-07-08T12:00:00Z</published>
  <summary>A summary.</summary>
  <content type="html">&lt;p&gt;The envoy arrived in the morning &amp;amp; met officials.&lt;/p&gt;</content>
</entry>
</feed>`;

test('reads each RSS item with its title, link, date and fullest content', () => {
  const { docs, messages } = readContent('wire.rss', rss);
  assert.equal(docs.length, 2);
  const [first, second] = docs;
  assert.equal(first?.id, 'https://www.wire.example/ministers');
  assert.equal(first?.title, 'Ministers meet again');
  assert.equal(first?.date, '2024-06-04');
  assert.equal(first?.outlet, 'wire.example');
  assert.equal(first?.text, 'The ministers met for a second day.\n\nThey said a deal was \u201cclose\u201d.');
  assert.equal(first?.source?.kind, 'html');
  assert.equal(second?.id, 'wire.rss#2');
  assert.equal(second?.text, 'Nothing but plain words here.');
  assert.equal(second?.source, undefined);
  assert.deepEqual(messages.map((message) => message.ruleId), ['read/empty-item']);
  docs.forEach(assertDocInvariants);
});

test('reads an Atom entry, preferring the alternate link and decoding escaped HTML content', () => {
  const { docs, messages } = readContent('feed.xml', atom);
  assert.deepEqual(messages, []);
  assert.equal(docs[0]?.id, 'https://atom.example.org/envoy');
  assert.equal(docs[0]?.date, '2024-07-08');
  assert.equal(docs[0]?.text, 'The envoy arrived in the morning & met officials.');
  assertDocInvariants(docs[0]!);
});

test('warns about a feed without items', () => {
  const { docs, messages } = readContent('none.rss', '<rss><channel><title>Quiet</title></channel></rss>');
  assert.deepEqual(docs, []);
  assert.equal(messages[0]?.ruleId, 'read/empty-feed');
});
