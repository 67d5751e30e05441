import * as assert from 'node:assert/strict';
import { brief, check, checkDocuments, spanOf } from '../support';
import { expand, snippetWithPrefix } from './snippets-file';

/** `text` with `addition` as a new paragraph after the paragraph that starts `after`. */
function insertAfter(text: string, after: string, addition: string): string {
  const start = text.indexOf(after);
  assert.notEqual(start, -1, `no '${after}' in the text`);
  const end = text.indexOf('\n', start);
  return `${text.slice(0, end + 1)}\n${addition}\n${text.slice(end + 1)}`;
}

describe('Snippets: findings, recommendations and resolutions', () => {
  const scrutiny = () => expand(snippetWithPrefix('skeleton-scrutiny')).text;
  const minutes = () => expand(snippetWithPrefix('skeleton-minutes')).text;

  it('expands the finding, recommendation and resolution snippets with the ID number and citation as tab stops', () => {
    assert.equal(expand(snippetWithPrefix('finding')).text, '**F1** …');
    assert.equal(expand(snippetWithPrefix('recommendation')).text, '**R1** That the Committee … [F1]');
    assert.equal(expand(snippetWithPrefix('resolution')).text, '**R1** … [report-id:R1]');
    assert.equal(expand(snippetWithPrefix('recommendation'), { 1: '4', 3: 'F2, F3' }).text, '**R4** That the Committee … [F2, F3]');
    assert.equal(expand(snippetWithPrefix('resolution'), { 1: '2', 3: 'cyp-tg-2026', 4: 'R3' }).text, '**R2** … [cyp-tg-2026:R3]');
  });

  it('adds a finding, numbered F2, that the checker reads and reports as not yet addressed', () => {
    const finding = expand(snippetWithPrefix('finding'), { 1: '2' }).text;
    const text = insertAfter(scrutiny(), '**F1**', finding);
    assert.deepEqual(brief(check(text, { name: 'tg.report.md' })), [`finding-unaddressed ${spanOf(text, '**F2**')}`]);
  });

  it('adds a recommendation, numbered R2, whose default citation of F1 resolves', () => {
    const recommendation = expand(snippetWithPrefix('recommendation'), { 1: '2' }).text;
    const text = insertAfter(scrutiny(), '**R1**', recommendation);
    assert.deepEqual(brief(check(text, { name: 'tg.report.md' })), []);
  });

  it("adds a resolution whose citation resolves once it names the report's document id", () => {
    const resolution = expand(snippetWithPrefix('resolution'), { 1: '2', 3: 'tg', 4: 'R1' }).text;
    const text = insertAfter(minutes(), '**R1**', resolution);
    const results = checkDocuments({ 'tg.report.md': scrutiny(), 'cabinet.minutes.md': text });
    assert.deepEqual(brief(results['cabinet.minutes.md']!), []);
  });

  it('leaves the default document id of a resolution for the officer to replace, as the checker reports', () => {
    const text = insertAfter(minutes(), '**R1**', expand(snippetWithPrefix('resolution'), { 1: '2' }).text);
    assert.deepEqual(brief(check(text, { name: 'cabinet.minutes.md' })).map((entry) => entry.split(' ')[0]), ['ref-unknown-document']);
  });
});
