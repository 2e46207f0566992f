import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFormat } from './detect-format.ts';

test('picks the format from a known extension before looking at the content', () => {
  assert.equal(detectFormat('a/page.HTM', 'plain words'), 'html');
  assert.equal(detectFormat('records.jsonl', '<html>'), 'jsonl');
  assert.equal(detectFormat('news.atom', 'x'), 'feed');
});

test('uses the HTTP content type when the name has no known extension', () => {
  assert.equal(detectFormat('https://example.org/story', 'x', 'text/html; charset=utf-8'), 'html');
  assert.equal(detectFormat('https://example.org/rss', 'x', 'application/rss+xml'), 'feed');
});

test('sniffs html, feeds, seed headers and plain text from the first characters', () => {
  assert.equal(detectFormat('x.txt', '\uFEFF  <!DOCTYPE html><html>'), 'html');
  assert.equal(detectFormat('x.xml', '<?xml version="1.0"?>\n<!-- c --><rss version="2.0">'), 'feed');
  assert.equal(detectFormat('x.xml', '<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(detectFormat('x.txt', ' date 2025-01-01 https://example.org/a\nTitle'), 'seed');
  assert.equal(detectFormat('x.txt', ' date broken\nTitle'), 'seed');
  assert.equal(detectFormat('x.txt', 'Dates of the talks\nBody'), 'text');
});
