import * as assert from 'node:assert/strict';
import { applyFix, checkFor, onlyFix, scrutiny, single } from '../support';

const CODE = 'ref-malformed';
const citing = (citation: string) =>
  scrutiny({ sections: { Recommendations: `**R1** That the review go ahead [F1, F2] ${citation}.` } });

/** The text after the one ref-malformed diagnostic's fix, which must leave no ref-malformed behind. */
function fixed(citation: string): { text: string; title: string; edits: number } {
  const text = citing(citation);
  const fix = onlyFix(single(checkFor(CODE, text)));
  const after = applyFix(text, fix);
  assert.deepEqual(checkFor(CODE, after), [], `the fix left a problem in ${after}`);
  assert.equal(fix.safe, true);
  return { text: after, title: fix.title, edits: fix.edits.length };
}

const expected = (citation: string) => citing(citation);

describe('ref-malformed quick fixes', () => {
  it('turn a backwards range round, each ID where it was written', () => {
    const result = fixed('[F3-F1]');
    assert.equal(result.text, expected('[F1-F3]'));
    assert.equal(result.title, 'Write the range as F1-F3');
    assert.equal(result.edits, 2);
  });

  it('turn round a backwards range inside a list, with an en dash, IDs of two lengths and a document id', () => {
    assert.equal(fixed('[F1, F3-F2]').text, expected('[F1, F2-F3]'));
    assert.equal(fixed('[F2–F1]').text, expected('[F1–F2]'));
    assert.equal(fixed('[F10 - F9]').text, expected('[F9 - F10]'));
    assert.equal(fixed('[other-paper:F3-F1]').text, expected('[other-paper:F1-F3]'));
  });

  it('write the kind at the far end of a range that has only a number there', () => {
    const result = fixed('[F1-3]');
    assert.equal(result.text, expected('[F1-F3]'));
    assert.equal(result.title, 'Write the range as F1-F3');
    assert.equal(fixed('[F1-f3]').text, expected('[F1-F3]'));
  });

  it('put commas for semicolons between IDs and ranges', () => {
    assert.equal(fixed('[F1; F3]').text, expected('[F1, F3]'));
    assert.equal(fixed('[F1;F2-F3; F4]').text, expected('[F1,F2-F3, F4]'));
  });

  it('remove the extra comma of an empty item, keeping the first comma as written', () => {
    assert.equal(fixed('[F1, , F3]').text, expected('[F1, F3]'));
    assert.equal(fixed('[F1,,F3]').text, expected('[F1,F3]'));
    assert.equal(fixed('[F1 , , F3]').text, expected('[F1 , F3]'));
    assert.equal(fixed('[F1, ]').text, expected('[F1]'));
    assert.equal(fixed('[F1,]').text, expected('[F1]'));
  });

  it('are not offered where what was meant is not certain', () => {
    for (const citation of [
      '[F1-R2]',
      '[F1, sic]',
      '[F01]',
      '[F1-r3]',
      '[F3-1]',
      '[F1; sic]',
      '[F1-F300]',
      '[F300-F1]',
    ])
      for (const diagnostic of checkFor(CODE, citing(citation)))
        assert.equal(diagnostic.fixes, undefined, `${citation} has a fix: ${diagnostic.message}`);
  });
});
