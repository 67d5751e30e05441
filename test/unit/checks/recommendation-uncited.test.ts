import * as assert from 'node:assert/strict';
import { checkFor, minutes, report, scrutiny, single, span, spanOf } from '../support';

const uncited = (text: string, name = 'a.report.md', config?: string) =>
  checkFor('recommendation-uncited', text, { name, ...(config === undefined ? {} : { config }) });
const scrutinyWith = (recommendations: string) => scrutiny({ sections: { Recommendations: recommendations } });

describe('recommendation-uncited', () => {
  it('is quiet when each recommendation cites what it rests on', () => {
    assert.deepEqual(
      uncited(scrutinyWith('**R1** That routes be reviewed [F1].\n\n**R2** That planning be automated [F2].')),
      [],
    );
  });

  it('warns in a scrutiny report on a recommendation that cites nothing, on its bold ID', () => {
    const text = scrutinyWith('**R1** That routes be reviewed [F1, F2].\n\n**R2** That the policy be shortened.');
    const diagnostic = single(uncited(text));
    assert.equal(diagnostic.severity, 'warning');
    assert.equal(span(diagnostic.range), spanOf(text, '**R2**'));
    assert.equal(
      diagnostic.message,
      'R2 does not cite what it rests on: add the findings in brackets, such as [F1, F2].',
    );
  });

  it('is only information in an officer’s report', () => {
    const text = report({ sections: { Recommendations: '**R1** That the Cabinet approves the new opening hours.' } });
    const diagnostic = single(uncited(text));
    assert.equal(diagnostic.severity, 'info');
    assert.equal(span(diagnostic.range), spanOf(text, '**R1**'));
  });

  it('does not apply to resolutions in minutes', () => {
    assert.deepEqual(uncited(minutes(), 'a.minutes.md'), []);
  });

  it('counts a citation of a range or of another document', () => {
    assert.deepEqual(
      uncited(
        scrutinyWith(
          '**R1** That routes be reviewed [F1-F2].\n\n**R2** As the Cabinet agreed [cabinet-2026-01-10:R4].',
        ),
      ),
      [],
    );
  });

  it('counts a citation on a later line of the recommendation’s paragraph', () => {
    assert.deepEqual(uncited(scrutinyWith('**R1** That routes be reviewed\nbefore September [F1, F2].')), []);
  });

  it('does not count a citation in the paragraph after the recommendation', () => {
    const text = scrutinyWith('**R1** That routes be reviewed.\n\nThis rests on [F1, F2].');
    assert.equal(span(single(uncited(text)).range), spanOf(text, '**R1**'));
  });

  it('counts a citation in a later paragraph of the same list item', () => {
    assert.deepEqual(uncited(scrutinyWith('1. **R1** That routes be reviewed.\n\n   This rests on [F1, F2].')), []);
  });

  it('counts a citation anywhere in the section of a recommendation defined in a heading', () => {
    assert.deepEqual(uncited(scrutinyWith('### **R1** Review of routes\n\nThe review rests on [F1, F2].')), []);
  });

  it('counts a citation even when the cited ID is wrong, leaving that to ref-unresolved', () => {
    assert.deepEqual(uncited(scrutinyWith('**R1** That routes be reviewed [F1, F2, F9].')), []);
  });

  it('does not count a citation in a code span', () => {
    const text = scrutinyWith('**R1** That routes be reviewed `[F1]`.\n\n**R2** x [F1, F2].');
    assert.equal(span(single(uncited(text)).range), spanOf(text, '**R1**'));
  });

  it('takes the severity the config sets, in reports and scrutiny reports alike', () => {
    const config = 'rules:\n  recommendation-uncited: error\n';
    assert.equal(
      single(uncited(scrutinyWith('**R1** That routes be reviewed.\n\n**R2** y [F1, F2].'), 'a.report.md', config))
        .severity,
      'error',
    );
    assert.equal(
      single(
        uncited(report({ sections: { Recommendations: '**R1** That the Cabinet approves.' } }), 'a.report.md', config),
      ).severity,
      'error',
    );
  });
});
