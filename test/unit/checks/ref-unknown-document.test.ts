import * as assert from 'node:assert/strict';
import {
  applyFix,
  checkDocuments,
  minutes,
  onlyFix,
  scrutiny,
  single,
  span,
  spanIn,
  spanOf,
  withCode,
} from '../support';

const REPORT = 'transport.report.md';
const MINUTES = 'a.minutes.md';
const reportText = scrutiny({ frontMatter: { id: 'transport-tg' } });
const minutesCiting = (citation: string) =>
  minutes({ sections: { '5. Home to School Transport': `**R1** Endorses the report ${citation}.` } });
const unknown = (text: string, others: Record<string, string> = { [REPORT]: reportText }) =>
  withCode(checkDocuments({ ...others, [MINUTES]: text })[MINUTES]!, 'ref-unknown-document');

describe('ref-unknown-document', () => {
  it('is quiet when the named document is in the workspace', () => {
    assert.deepEqual(unknown(minutesCiting('[transport-tg:R1]')), []);
  });

  it('reports an unknown document in a bracket holding one ID as an error over the whole bracket', () => {
    // docs/format.md, "References": the diagnostic covers the whole bracket when it holds one ID.
    const text = minutesCiting('[school-meals:R1]');
    const diagnostic = single(unknown(text));
    assert.equal(diagnostic.severity, 'error');
    assert.equal(span(diagnostic.range), spanOf(text, '[school-meals:R1]'));
  });

  it('says which id is unknown and how to find the right one', () => {
    assert.match(
      single(unknown(minutesCiting('[school-meals:R1]'))).message,
      /^No checked document has the id 'school-meals'\. Check the id/,
    );
  });

  it('suggests a close document id and offers to change it', () => {
    const text = minutesCiting('[transport-gt:R1]');
    const diagnostic = single(unknown(text));
    assert.match(diagnostic.message, /did you mean 'transport-tg'\?/);
    const fix = onlyFix(diagnostic);
    assert.equal(fix.title, "Change to 'transport-tg'");
    assert.equal(applyFix(text, fix), minutesCiting('[transport-tg:R1]'));
  });

  it('reports a list or range naming an unknown document once, on the document id', () => {
    const text = minutesCiting('[transport-gt:R1, F1-F2]');
    assert.equal(span(single(unknown(text)).range), spanIn(text, '[transport-gt:R1, F1-F2]', 'transport-gt'));
  });

  it('reports each bracket that names an unknown document', () => {
    const text = minutesCiting('[nowhere:R1] and [nowhere:R2]');
    assert.equal(unknown(text).length, 2);
  });

  it('reports a reference to a document that is not in the workspace at all', () => {
    assert.equal(unknown(minutesCiting('[transport-tg:R1]'), {}).length, 1);
  });

  it('does not report a reference without a document id', () => {
    assert.deepEqual(unknown(minutesCiting('[R1]')), []);
  });

  it('knows a document by the id it takes from its file name', () => {
    const others = { 'cabinet-2026-02-10.minutes.md': minutes() };
    assert.deepEqual(unknown(minutesCiting('[cabinet-2026-02-10:R1]'), others), []);
  });
});
