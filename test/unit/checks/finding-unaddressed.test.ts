import * as assert from 'node:assert/strict';
import { checkDocuments, checkFor, minutes, scrutiny, single, span, spanOf, withCode } from '../support';

const unaddressed = (text: string, config?: string) =>
  checkFor('finding-unaddressed', text, config === undefined ? {} : { config });
const report = (
  recommendations: string,
  findings = '**F1** Costs rose.\n\n**F2** Routes are planned by hand.\n\n**F3** The policy is long.',
) => scrutiny({ sections: { Findings: findings, Recommendations: recommendations } });

describe('finding-unaddressed', () => {
  it('is quiet when a recommendation cites every finding', () => {
    assert.deepEqual(
      unaddressed(report('**R1** That routes be reviewed [F1, F2].\n\n**R2** That the policy be summarised [F3].')),
      [],
    );
  });

  it('warns on a finding no recommendation cites, on its bold ID', () => {
    const text = report('**R1** That routes be reviewed [F1, F2].');
    const diagnostic = single(unaddressed(text));
    assert.equal(diagnostic.severity, 'warning');
    assert.equal(span(diagnostic.range), spanOf(text, '**F3**'));
    assert.equal(
      diagnostic.message,
      'No recommendation or resolution cites F3: cite it as [F3] in the recommendation that acts on it, or say why it needs no action.',
    );
  });

  it('counts a finding inside a cited range as cited', () => {
    assert.deepEqual(unaddressed(report('**R1** That everything be reviewed [F1-F3].')), []);
  });

  it('does not count a citation outside any recommendation', () => {
    const text = report('**R1** That routes be reviewed [F1, F2].\n\nThe policy [F3] is long.');
    assert.equal(span(single(unaddressed(text)).range), spanOf(text, '**F3**'));
  });

  it('does not count a citation by another finding', () => {
    const text = report(
      '**R1** That routes be reviewed [F1, F2].',
      '**F1** Costs rose.\n\n**F2** Routes [F3].\n\n**F3** The policy is long.',
    );
    assert.equal(span(single(unaddressed(text)).range), spanOf(text, '**F3**'));
  });

  it('counts a citation anywhere in the section of a recommendation defined in a heading', () => {
    const text = report('### **R1** Review routes\n\nThis rests on [F1, F2].\n\n#### The policy\n\nSee also [F3].');
    assert.deepEqual(unaddressed(text), []);
  });

  it('counts a resolution in minutes that cites the finding by document id', () => {
    const text = report('**R1** That routes be reviewed [F1, F2].');
    const result = checkDocuments({
      'transport.report.md': text.replace('type: scrutiny', 'type: scrutiny\nid: transport-tg'),
      'a.minutes.md': minutes({ sections: { '5. Transport': '**R1** Asks for a shorter policy [transport-tg:F3].' } }),
    });
    assert.deepEqual(withCode(result['transport.report.md']!, 'finding-unaddressed'), []);
  });

  it('does not count minutes that cite the same ID without naming the document', () => {
    const text = report('**R1** That routes be reviewed [F1, F2].');
    const result = checkDocuments({
      'transport.report.md': text,
      'a.minutes.md': minutes({ sections: { '5. Transport': '**R1** Asks for a shorter policy [F3].' } }),
    });
    assert.equal(withCode(result['transport.report.md']!, 'finding-unaddressed').length, 1);
  });

  it('says resolution, not recommendation, for a finding in minutes', () => {
    const text = minutes({
      sections: { '5. Transport': '**F1** Members found the policy unclear.\n\n**R1** Resolved to note the report.' },
    });
    const diagnostic = single(checkFor('finding-unaddressed', text, { name: 'a.minutes.md' }));
    assert.match(diagnostic.message, /in the resolution that acts on it/);
  });

  it('counts a citation by an ID of a kind the config adds, which is not a finding', () => {
    const config = 'kinds:\n  A: action\n';
    assert.deepEqual(
      unaddressed(
        report('**R1** That routes be reviewed [F1, F2].\n\n**A1** Officers to shorten the policy [F3].'),
        config,
      ),
      [],
    );
  });

  it('does not apply to recommendations', () => {
    assert.ok(
      unaddressed(report('**R1** That routes be reviewed [F1, F2, F3].\n\n**R2** That nothing else be done.'))
        .length === 0,
    );
  });
});
