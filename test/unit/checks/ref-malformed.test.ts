import * as assert from 'node:assert/strict';
import { checkFor, scrutiny, single, span, spanIn, spanOf } from '../support';

const malformed = (text: string) => checkFor('ref-malformed', text);
const citing = (citation: string) =>
  scrutiny({ sections: { Recommendations: `**R1** That the review go ahead [F1, F2] ${citation}.` } });

describe('ref-malformed', () => {
  it('is quiet for well-formed references', () => {
    assert.deepEqual(malformed(citing('[F1-F2] [F1–F2] [R1]')), []);
  });

  it('reports a range that runs backwards as an error over the whole bracket, with the right order', () => {
    const text = citing('[F3-F1]');
    const diagnostic = single(malformed(text));
    assert.equal(diagnostic.severity, 'error');
    assert.equal(span(diagnostic.range), spanOf(text, '[F3-F1]'));
    assert.equal(diagnostic.message, 'The range F3-F1 runs backwards: write F1-F3.');
  });

  it('reports a range that runs backwards on the range alone inside a list', () => {
    const text = citing('[F1, F3-F2]');
    assert.equal(span(single(malformed(text)).range), spanIn(text, '[F1, F3-F2]', 'F3-F2'));
  });

  it('reports a backwards range written with an en dash', () => {
    const text = citing('[F2–F1]');
    assert.match(single(malformed(text)).message, /runs backwards: write F1-F2/);
  });

  it('reports a range across two kinds', () => {
    const text = citing('[F1-R2]');
    const diagnostic = single(malformed(text));
    assert.equal(span(diagnostic.range), spanOf(text, '[F1-R2]'));
    assert.match(diagnostic.message, /^The range F1-R2 mixes two kinds of ID/);
  });

  it('reports a range across kinds on the range alone inside a list', () => {
    const text = citing('[F2, F1-R2]');
    assert.equal(span(single(malformed(text)).range), spanIn(text, '[F2, F1-R2]', 'F1-R2'));
  });

  it('reports a stray word inside a list on the word alone', () => {
    const text = citing('[F1, sic]');
    const diagnostic = single(malformed(text));
    assert.equal(span(diagnostic.range), spanIn(text, '[F1, sic]', 'sic'));
    assert.match(diagnostic.message, /'sic' is not an ID/);
  });

  it('reports an ID with a leading zero', () => {
    const text = citing('[F01]');
    assert.equal(span(single(malformed(text)).range), spanOf(text, '[F01]'));
  });

  it('reports a range whose far end is a bare number, with the ID to write', () => {
    const text = citing('[F1-2]');
    assert.match(single(malformed(text)).message, /write F1-F2/);
  });

  it('reports a list with an empty item', () => {
    const text = citing('[F1, , F2]');
    assert.match(single(malformed(text)).message, /empty item/);
  });

  it('reports a range too wide to be meant', () => {
    assert.match(single(malformed(citing('[F1-F999]'))).message, /more than 200 IDs/);
  });

  it('does not report brackets that are not references at all', () => {
    assert.deepEqual(malformed(citing('[sic] [1] [Appendix A] [see note]')), []);
  });
});
