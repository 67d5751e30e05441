import * as assert from 'node:assert/strict';
import { brief, check, checkDocuments, spanIn, spanOf } from '../support';
import { expand, filledIn, snippetWithPrefix } from './snippets-file';

/** `text` with `addition` as a new paragraph after the paragraph that starts `after`. */
function insertAfter(text: string, after: string, addition: string): string {
  const start = text.indexOf(after);
  assert.notEqual(start, -1, `no '${after}' in the text`);
  const end = text.indexOf('\n', start);
  return `${text.slice(0, end + 1)}\n${addition}\n${text.slice(end + 1)}`;
}

describe('Snippets: findings, recommendations and resolutions', () => {
  // The skeletons as an officer has filled them in, so that only what the snippet adds is reported.
  const scrutiny = () => filledIn('skeleton-scrutiny');
  const minutes = () => filledIn('skeleton-minutes');
  const decision = '[Insert the decision the Committee is asked to take]';

  it('expands the finding, recommendation and resolution snippets with the ID number and citation as tab stops', () => {
    assert.equal(expand(snippetWithPrefix('finding')).text, '**F1** …');
    assert.equal(expand(snippetWithPrefix('recommendation')).text, `**R1** That the Committee ${decision} [F1]`);
    assert.equal(expand(snippetWithPrefix('resolution')).text, '**R1** [Insert the resolution] [report-id:R1]');
    assert.equal(
      expand(snippetWithPrefix('recommendation'), { 1: '4', 3: 'F2, F3' }).text,
      `**R4** That the Committee ${decision} [F2, F3]`,
    );
    assert.equal(
      expand(snippetWithPrefix('resolution'), { 1: '2', 3: 'cyp-tg-2026', 4: 'R3' }).text,
      '**R2** [Insert the resolution] [cyp-tg-2026:R3]',
    );
  });

  it('adds a finding, numbered F2, that the checker reads and reports as not yet addressed, its text as a gap to fill', () => {
    const finding = expand(snippetWithPrefix('finding'), { 1: '2' }).text;
    const text = insertAfter(scrutiny(), '**F1**', finding);
    assert.deepEqual(brief(check(text, { name: 'tg.report.md' })), [
      `finding-unaddressed ${spanOf(text, '**F2**')}`,
      `placeholder-left ${spanIn(text, '**F2** …', '…')}`,
    ]);
  });

  it('adds a recommendation, numbered R2, whose default citation of F1 resolves, its decision as a prompt to fill', () => {
    const recommendation = expand(snippetWithPrefix('recommendation'), { 1: '2' }).text;
    const text = insertAfter(scrutiny(), '**R1**', recommendation);
    assert.deepEqual(brief(check(text, { name: 'tg.report.md' })), [`placeholder-left ${spanOf(text, decision)}`]);
  });

  it("adds a resolution whose citation resolves once it names the report's document id", () => {
    const resolution = expand(snippetWithPrefix('resolution'), {
      1: '2',
      2: 'Agrees the review.',
      3: 'tg',
      4: 'R1',
    }).text;
    const text = insertAfter(minutes(), '**R1**', resolution);
    const results = checkDocuments({ 'tg.report.md': scrutiny(), 'cabinet.minutes.md': text });
    assert.deepEqual(brief(results['cabinet.minutes.md']!), []);
  });

  it('leaves the default document id of a resolution for the officer to replace, as the checker reports', () => {
    const text = insertAfter(minutes(), '**R1**', expand(snippetWithPrefix('resolution'), { 1: '2' }).text);
    assert.deepEqual(
      brief(check(text, { name: 'cabinet.minutes.md' })).map((entry) => entry.split(' ')[0]),
      ['placeholder-left', 'ref-unknown-document'],
    );
  });
});
