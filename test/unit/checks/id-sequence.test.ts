import * as assert from 'node:assert/strict';
import { checkFor, scrutiny, single, span, spanOf } from '../support';

const sequence = (text: string) => checkFor('id-sequence', text);
const withFindings = (findings: string, recommendations = '**R1** That the review go ahead [F1].') =>
  scrutiny({ sections: { Findings: findings, Recommendations: recommendations } });

describe('id-sequence', () => {
  it('is quiet when IDs run 1, 2, 3 in each kind', () => {
    assert.deepEqual(
      sequence(withFindings('**F1** a\n\n**F2** b\n\n**F3** c', '**R1** x [F1].\n\n**R2** y [F2, F3].')),
      [],
    );
  });

  it('reports, as info, the definition after a gap of one', () => {
    const text = withFindings('**F1** a\n\n**F2** b\n\n**F4** d');
    const diagnostic = single(sequence(text));
    assert.equal(diagnostic.severity, 'info');
    assert.equal(span(diagnostic.range), spanOf(text, '**F4**'));
    assert.match(diagnostic.message, /^F4 follows F2: F3 is missing\./);
  });

  it('names the whole run of missing numbers', () => {
    const text = withFindings('**F1** a\n\n**F5** e');
    assert.match(single(sequence(text)).message, /^F5 follows F1: F2 to F4 are missing\./);
  });

  it('reports a first ID that does not start at 1', () => {
    const text = withFindings('**F2** b\n\n**F3** c', '**R1** x [F2, F3].');
    const diagnostic = single(sequence(text));
    assert.equal(span(diagnostic.range), spanOf(text, '**F2**'));
    assert.match(diagnostic.message, /F1 is missing/);
  });

  it('counts each kind separately', () => {
    const text = withFindings('**F1** a\n\n**F2** b', '**R1** x [F1].\n\n**R3** y [F2].');
    assert.equal(span(single(sequence(text)).range), spanOf(text, '**R3**'));
  });

  it('does not report a repeated number as a gap', () => {
    assert.deepEqual(sequence(withFindings('**F1** a\n\n**F1** again\n\n**F2** b')), []);
  });

  it('does not report IDs that are all present but defined out of order', () => {
    assert.deepEqual(sequence(withFindings('**F2** b\n\n**F1** a', '**R1** x [F1, F2].')), []);
  });
});
