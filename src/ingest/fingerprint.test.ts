import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprint, NEAR_DUPLICATE_THRESHOLD, nearDuplicateOf } from './fingerprint.ts';
import { REWRITTEN, UNRELATED, WIRE } from './wire-stories.test-helper.ts';


test('recognises a rewritten copy of a wire story as a near-duplicate of it', () => {
  const original = fingerprint(WIRE);
  const copy = fingerprint(REWRITTEN);
  assert.ok(copy.bands.some((band) => original.bands.includes(band)), 'the copy shares a band with the original');
  const match = nearDuplicateOf(copy.signature)([{ id: '1', signature: original.signature }]);
  assert.equal(match?.id, '1');
  assert.ok(match!.similarity >= NEAR_DUPLICATE_THRESHOLD && match!.similarity < 1, `similarity ${match!.similarity}`);
});

test('does not link an unrelated article', () => {
  const original = fingerprint(WIRE);
  const other = fingerprint(UNRELATED);
  assert.equal(nearDuplicateOf(other.signature)([{ id: '1', signature: original.signature }]), undefined);
  assert.equal(other.bands.filter((band) => original.bands.includes(band)).length, 0);
});

test('gives the same content hash to texts differing only in whitespace and typographic quotes', () => {
  assert.equal(fingerprint('Kyiv said \u201cno\u201d.\n\n  Again.').contentHash, fingerprint('Kyiv said "no". Again.').contentHash);
  assert.notEqual(fingerprint('Kyiv said no.').contentHash, fingerprint('Kyiv said yes.').contentHash);
});

test('picks the most similar of several candidates', () => {
  const copy = fingerprint(REWRITTEN);
  const match = nearDuplicateOf(copy.signature)([
    { id: 'other', signature: fingerprint(UNRELATED).signature },
    { id: 'exact', signature: copy.signature },
    { id: 'wire', signature: fingerprint(WIRE).signature },
  ]);
  assert.deepEqual(match, { id: 'exact', similarity: 1 });
});

test('gives a text without words no band keys, so empty texts are never linked', () => {
  assert.deepEqual(fingerprint(' \n ').bands, []);
});
