/** Test support: the structural promises every `Doc` a reader returns must keep. */
import assert from 'node:assert/strict';
import type { Doc, Span } from '../core/index.ts';

/** Asserts that every span of `doc` lies within its text and that HTML offsets are complete and monotonic. */
export function assertDocInvariants(doc: Doc): void {
  const within = (span: Span, what: string): void => {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what} has integer bounds`);
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= doc.text.length, `${what} lies within text`);
  };
  within(doc.body, 'body');
  if (doc.titleSpan !== undefined) within(doc.titleSpan, 'titleSpan');
  doc.paragraphs.forEach((paragraph, index) => {
    within(paragraph, `paragraph ${index}`);
    assert.ok(paragraph.start >= doc.body.start && paragraph.end <= doc.body.end, `paragraph ${index} lies within body`);
    assert.notEqual(doc.text.slice(paragraph.start, paragraph.end).trim(), '', `paragraph ${index} is not blank`);
    if (paragraph.repeatOf !== undefined) assert.ok(paragraph.repeatOf < index, `paragraph ${index} repeats an earlier one`);
  });
  if (doc.source !== undefined) {
    const { raw, offsets } = doc.source;
    assert.equal(offsets.length, doc.text.length + 1, 'one offset per text index plus the end');
    offsets.forEach((offset, index) => {
      assert.ok(offset >= 0 && offset <= raw.length, `offset ${index} lies within raw`);
      if (index > 0) assert.ok(offset >= (offsets[index - 1] ?? 0), `offset ${index} does not go back`);
    });
  }
}
