import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankInlineMarkup } from './index.ts';

test('link words keep their offsets; the brackets and URL become spaces', () => {
  const text = 'They want to stop enlarging [the alliance](https://example.org/a_(b)) eastwards.';
  const blanked = blankInlineMarkup(text);
  assert.equal(blanked.length, text.length);
  assert.equal(blanked.slice(text.indexOf('the alliance'), text.indexOf('the alliance') + 12), 'the alliance');
  assert.match(blanked, /^They want to stop enlarging {2}the alliance +eastwards\.$/u);
});

test('images vanish, emphasis marks go, and text without markup is returned as it is', () => {
  assert.equal(blankInlineMarkup('A ![map](https://example.org/m.png) here'), `A ${' '.repeat(33)} here`);
  assert.equal(blankInlineMarkup('It **will not** withdraw.'), 'It   will not   withdraw.');
  const plain = 'A sentence [with brackets] and (parentheses), 5 * 3.';
  assert.equal(blankInlineMarkup(plain), plain);
});
