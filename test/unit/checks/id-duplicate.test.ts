import * as assert from 'node:assert/strict';
import { checkFor, scrutiny, single, span, spanOf } from '../support';

const duplicates = (text: string) => checkFor('id-duplicate', text);
const withFindings = (findings: string) => scrutiny({ sections: { Findings: findings } });

describe('id-duplicate', () => {
  it('is quiet when every ID is defined once', () => {
    assert.deepEqual(duplicates(scrutiny()), []);
  });

  it('reports the second definition as an error on its bold ID, naming the line of the first', () => {
    const text = withFindings('**F1** Costs rose.\n\n**F2** Routes.\n\n**F1** Families were confused.');
    const diagnostic = single(duplicates(text));
    assert.equal(diagnostic.severity, 'error');
    assert.equal(span(diagnostic.range), spanOf(text, '**F1**', 2));
    const firstLine = Number(spanOf(text, '**F1**').split(':')[0]) + 1;
    assert.match(diagnostic.message, new RegExp(`^F1 is already defined on line ${firstLine}: renumber one of them`));
  });

  it('covers the full stop or colon inside the bold', () => {
    const text = withFindings('**F1** Costs rose.\n\n**F2** Routes.\n\n**F2.** Policy.');
    assert.equal(span(single(duplicates(text)).range), spanOf(text, '**F2.**'));
  });

  it('reports a duplicate across a heading, a list item and a paragraph', () => {
    const text = withFindings(
      '### **F1** Costs\n\nText.\n\n- **F1** In a list.\n\n**F1** In a paragraph.\n\n**F2** Routes.',
    );
    assert.deepEqual(
      duplicates(text).map((diagnostic) => span(diagnostic.range)),
      [spanOf(text, '**F1**', 2), spanOf(text, '**F1**', 3)],
    );
  });

  it('does not confuse IDs of different kinds with the same number', () => {
    assert.deepEqual(
      duplicates(scrutiny({ sections: { Recommendations: '**R1** That the review go ahead [F1, F2].' } })),
      [],
    );
  });

  it('does not count a bold ID in a code block as a definition', () => {
    assert.deepEqual(duplicates(withFindings('**F1** Costs rose.\n\n**F2** Routes.\n\n```\n**F1** example\n```')), []);
  });
});
