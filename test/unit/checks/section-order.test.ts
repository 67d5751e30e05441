import * as assert from 'node:assert/strict';
import { combining } from '../combined-support';
import { checkFor, report, single, span, spanOf, REPORT_SECTIONS } from '../support';

const order = (text: string, config?: string) =>
  checkFor('section-order', text, config === undefined ? {} : { config });

/** A report whose sections come in the given order (titles from the valid report). */
function reportInOrder(titles: readonly string[]): string {
  const sections: Record<string, string | null> = {};
  for (const title of Object.keys(REPORT_SECTIONS)) sections[title] = null;
  const text = report({ sections });
  return text + titles.map((title) => `\n## ${title}\n\n${REPORT_SECTIONS[title]}\n`).join('');
}

describe('section-order', () => {
  it('is quiet when the sections follow the template', () => {
    assert.deepEqual(order(report()), []);
  });

  it('reports, as info, the heading that comes too early', () => {
    const text = reportInOrder([
      'Summary',
      'Recommendations',
      'Background',
      'Consultation',
      'Legal Implications',
      'Financial Implications',
      'Risk Management Implications',
    ]);
    const diagnostic = single(order(text));
    assert.equal(diagnostic.severity, 'info');
    assert.equal(span(diagnostic.range), spanOf(text, '## Legal Implications'));
    assert.match(
      diagnostic.message,
      /'Legal Implications' comes before 'Financial Implications', but the template puts it after: move it down\./,
    );
  });

  it('reports a section placed far too early once, not every section after it', () => {
    const text = reportInOrder([
      'Background Papers',
      'Summary',
      'Recommendations',
      'Background',
      'Consultation',
      'Financial Implications',
    ]);
    assert.equal(span(single(order(text)).range), spanOf(text, '## Background Papers'));
  });

  it('reports a section placed far too late, asking to move it up', () => {
    const text = reportInOrder([
      'Recommendations',
      'Background',
      'Consultation',
      'Financial Implications',
      'Legal Implications',
      'Summary',
    ]);
    const diagnostic = single(order(text));
    assert.equal(span(diagnostic.range), spanOf(text, '## Summary'));
    assert.match(
      diagnostic.message,
      /'Summary' comes after 'Legal Implications', but the template puts it before: move it up\./,
    );
  });

  it('ignores the author’s own headings between template sections', () => {
    const text = report({ sections: { Background: 'Visits fell.\n\n## Our Approach\n\nWe asked users.' } });
    assert.deepEqual(order(text), []);
  });

  it('checks only the first of duplicated sections', () => {
    assert.deepEqual(order(report({ append: '## Summary\n\nA recap.\n' })), []);
  });

  it('follows the order of a template the config rearranges', () => {
    const config = 'templates:\n  report:\n    sections:\n      - { title: Background, before: Summary }\n';
    const text = reportInOrder(['Background', 'Summary', 'Recommendations']);
    assert.deepEqual(order(text, config), []);
    assert.equal(order(text).length, 1);
  });

  it('can be switched off in the config', () => {
    const text = reportInOrder(['Recommendations', 'Summary']);
    assert.deepEqual(order(text, 'rules:\n  section-order: off\n'), []);
  });

  describe('combined headings', () => {
    it('is quiet when a combined heading stands where its sections belong, whatever order its parts are written in', () => {
      assert.deepEqual(
        order(
          combining(
            'Legal and Financial Implications',
            ['Financial Implications', 'Legal Implications'],
            'None arising.',
          ),
        ),
        [],
      );
      assert.deepEqual(
        order(combining('Summary and Recommendations', ['Summary', 'Recommendations'], 'That the Cabinet approves.')),
        [],
      );
    });

    it('reports a combined heading that comes too early once, naming the heading', () => {
      const text = reportInOrder([
        'Summary',
        'Recommendations',
        'Background',
        'Consultation',
        'Financial Implications',
      ]).replace('## Recommendations', '## Legal and Risk Implications\n\nNone arising.\n\n## Recommendations');
      const diagnostic = single(order(text));
      assert.equal(span(diagnostic.range), spanOf(text, '## Legal and Risk Implications'));
      assert.match(
        diagnostic.message,
        /^'Legal Implications' \(in 'Legal and Risk Implications'\) comes before 'Recommendations', but the template puts it after: move it down\.$/,
      );
    });

    it('places a section by its own heading rather than by a combined heading that overviews it', () => {
      const text =
        reportInOrder(['Summary', 'Recommendations', 'Background']).replace(
          '## Summary\n',
          '## Summary of Findings and Background Papers\n',
        ) + '\n## Background Papers\n\nNone.\n';
      assert.deepEqual(order(text), []);
    });
  });
});
