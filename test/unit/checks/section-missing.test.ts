import * as assert from 'node:assert/strict';
import { combining, wordingOf } from '../combined-support';
import { applyFix, checkFor, minutes, onlyFix, report, scrutiny, single, span, spanOf, withBody } from '../support';

const missing = (text: string, name = 'a.report.md', config?: string) =>
  checkFor('section-missing', text, { name, ...(config === undefined ? {} : { config }) });
const titlesMissing = (text: string, name?: string) =>
  missing(text, name).map((diagnostic) => /no '([^']+)' section/.exec(diagnostic.message)![1]);

describe('section-missing', () => {
  describe('which sections are required', () => {
    it('is quiet when every required section is present', () => {
      assert.deepEqual(missing(report()), []);
    });

    it('reports a required section that is absent, as an error naming the section and template', () => {
      const diagnostic = single(missing(report({ sections: { 'Legal Implications': null } })));
      assert.equal(diagnostic.severity, 'error');
      assert.match(
        diagnostic.message,
        /^This document has no 'Legal Implications' section, which the report template requires: add it\./,
      );
    });

    it('reports each absent section separately', () => {
      assert.deepEqual(titlesMissing(report({ sections: { Consultation: null, 'Equality Duty': null } })), [
        'Consultation',
        'Equality Duty',
      ]);
    });

    it('does not report an optional section that is absent', () => {
      assert.deepEqual(missing(report({ sections: { 'Social Value': null, Appendices: null } })), []);
    });

    it('counts a section written under an alias as present', () => {
      assert.deepEqual(
        missing(report({ sections: { 'Financial Implications': null, Finance: 'It costs £40,000.' } })),
        [],
      );
    });

    it('counts a section at any heading level as present', () => {
      const text = report().replace('## Legal Implications', '#### 6.2 Legal Implications:');
      assert.deepEqual(missing(text), []);
    });

    it('does not count a heading inside a code block', () => {
      const text = report({ sections: { 'Legal Implications': null }, append: '```\n## Legal Implications\n```\n' });
      assert.deepEqual(titlesMissing(text), ['Legal Implications']);
    });

    it('requires Other Options Considered in a report for decision', () => {
      assert.deepEqual(titlesMissing(report({ frontMatter: { purpose: 'decision' } })), ['Other Options Considered']);
    });

    it('does not require Other Options Considered in a report for noting or discussion', () => {
      assert.deepEqual(missing(report({ frontMatter: { purpose: 'noting' } })), []);
      assert.deepEqual(missing(report({ frontMatter: { purpose: 'discussion' } })), []);
    });

    it('always requires Other Options Considered in a scrutiny report', () => {
      assert.deepEqual(titlesMissing(scrutiny({ sections: { 'Other Options Considered': null } })), [
        'Other Options Considered',
      ]);
    });

    it('requires the Part II reason in an exempt report', () => {
      const text = report({ frontMatter: { exempt: '\n  paragraphs: [3]\n  reason: Tender prices.' } });
      assert.deepEqual(titlesMissing(text), ['Reason for Inclusion in Part II']);
    });

    it('does not require the Part II reason when exempt is false', () => {
      assert.deepEqual(missing(report({ frontMatter: { exempt: 'false' } })), []);
    });

    it('requires the scrutiny sections in a scrutiny report and not the report-only ones', () => {
      assert.deepEqual(titlesMissing(scrutiny({ sections: { 'Focus for Scrutiny': null, Findings: null } })), [
        'Focus for Scrutiny',
        'Findings',
      ]);
      assert.deepEqual(missing(scrutiny()), [], 'Financial and Legal Implications are not in the scrutiny template');
    });

    it('requires Present, Apologies and Declarations of Interest in minutes', () => {
      const text = withBody(
        '\n# Minutes\n\n## 5. Transport\n\nResolved.\n',
        'type: minutes\ntitle: T\ncommittee: C\nmeeting: 2026-03-12',
      );
      assert.deepEqual(titlesMissing(text, 'a.minutes.md'), ['Present', 'Apologies', 'Declarations of Interest']);
    });

    it('does not require optional minutes sections', () => {
      assert.deepEqual(missing(minutes(), 'a.minutes.md'), []);
    });

    it('requires a section a config template adds', () => {
      const config =
        'templates:\n  report:\n    sections:\n      - { title: Wellbeing Implications, required: true, after: Human Rights Implications }\n';
      assert.deepEqual(
        missing(report(), 'a.report.md', config).map((diagnostic) => /no '([^']+)'/.exec(diagnostic.message)![1]),
        ['Wellbeing Implications'],
      );
    });
  });

  describe('where it is reported', () => {
    it('reports on the title heading', () => {
      const text = report({ sections: { 'Legal Implications': null } });
      assert.equal(span(single(missing(text)).range), spanOf(text, '# Library Opening Hours'));
    });

    it('reports on the first level-one heading even when it is not the first heading', () => {
      const text = report({ title: null, sections: { 'Legal Implications': null } }).replace('## Summary', '# Summary');
      assert.equal(span(single(missing(text)).range), spanOf(text, '# Summary'));
    });

    it('reports on line 1 when there is no title heading', () => {
      const text = report({ title: null, sections: { 'Legal Implications': null } });
      assert.equal(span(single(missing(text)).range), '0:0-0:3');
    });
  });

  describe('the quick fix', () => {
    it('inserts the heading and standard wording after the section before it', () => {
      const text = report({ sections: { 'Legal Implications': null } });
      const fix = onlyFix(single(missing(text)));
      assert.equal(fix.title, "Add the 'Legal Implications' section");
      assert.equal(
        applyFix(text, fix),
        report({
          sections: {
            'Legal Implications':
              '[Insert the legal implications, as advised by the Monitoring Officer, or state that there are none.]',
          },
        }),
      );
    });

    it('inserts the first section before the next one when no earlier section is present', () => {
      const text = report({ sections: { Summary: null } });
      assert.equal(
        applyFix(text, onlyFix(single(missing(text)))),
        report({ sections: { Summary: 'This report asks the Committee to …' } }),
      );
    });

    it('inserts the last section at the end of the document', () => {
      const text = report({ sections: { 'Background Papers': null } });
      assert.equal(
        applyFix(text, onlyFix(single(missing(text)))),
        report({
          sections: {
            'Background Papers':
              '[Insert the unpublished documents relied on in writing the report, or state that there are none.]',
          },
        }),
      );
    });

    it('inserts at the end of a document that does not end with a line break', () => {
      const text = report({ sections: { 'Background Papers': null } }).replace(/\n$/, '');
      assert.equal(
        applyFix(text, onlyFix(single(missing(text)))),
        report({
          sections: {
            'Background Papers':
              '[Insert the unpublished documents relied on in writing the report, or state that there are none.]',
          },
        }),
      );
    });

    it('inserts a conditional section at its place in the template', () => {
      const text = report({ frontMatter: { purpose: 'decision' } });
      const fixed = applyFix(text, onlyFix(single(missing(text))));
      const expected = report({ frontMatter: { purpose: 'decision' } }).replace(
        '## Consultation',
        '## Other Options Considered\n\nThe following options were considered and rejected: …\n\n## Consultation',
      );
      assert.equal(fixed, expected);
    });

    it('uses the heading level of the neighbouring section', () => {
      const text = report({ sections: { 'Legal Implications': null } }).replace(/^## /gm, '### ');
      const fixed = applyFix(text, onlyFix(single(missing(text))));
      assert.ok(
        fixed.includes(
          '\n### Legal Implications\n\n[Insert the legal implications, as advised by the Monitoring Officer, or state that there are none.]\n\n### Risk Management Implications\n',
        ),
      );
    });

    it('keeps CRLF line endings in a CRLF document', () => {
      const text = report({ sections: { 'Legal Implications': null } }).replace(/\n/g, '\r\n');
      const fixed = applyFix(text, onlyFix(single(missing(text))));
      assert.equal(
        fixed,
        report({
          sections: {
            'Legal Implications':
              '[Insert the legal implications, as advised by the Monitoring Officer, or state that there are none.]',
          },
        }).replace(/\n/g, '\r\n'),
      );
    });

    it('inserts after the whole of the previous section, sub-sections included', () => {
      const text = report({
        sections: {
          'Financial Implications': 'It saves £40,000.\n\n### Capital\n\nNo capital cost.',
          'Legal Implications': null,
        },
      });
      const fixed = applyFix(text, onlyFix(single(missing(text))));
      assert.ok(
        fixed.includes(
          'No capital cost.\n\n## Legal Implications\n\n[Insert the legal implications, as advised by the Monitoring Officer, or state that there are none.]\n\n## Risk Management Implications',
        ),
      );
    });

    it('is not marked safe to apply without looking', () => {
      const text = report({ sections: { 'Legal Implications': null } });
      assert.equal(onlyFix(single(missing(text))).safe, false);
    });
  });

  describe('combined headings', () => {
    it('counts each section a combined heading names as present', () => {
      assert.deepEqual(
        missing(
          combining(
            'Summary and Recommendations',
            ['Summary', 'Recommendations'],
            'That the Cabinet approves the new hours.',
          ),
        ),
        [],
      );
      const implications = combining(
        'Legal, Financial and Risk Implications',
        ['Financial Implications', 'Legal Implications', 'Risk Management Implications'],
        'None arising.',
      );
      assert.deepEqual(missing(implications), []);
    });

    it('still reports a section the combined heading does not name', () => {
      assert.deepEqual(
        titlesMissing(
          combining('Summary and Purpose', ['Summary', 'Recommendations'], 'This report proposes new hours.'),
        ),
        ['Recommendations'],
      );
    });

    it('inserts a missing section after a combined heading that holds the section before it', () => {
      const text = combining(
        'Financial and Legal Implications',
        ['Financial Implications', 'Legal Implications'],
        'None arising.',
        'report',
        { sections: { 'Risk Management Implications': null } },
      );
      const fixed = applyFix(text, onlyFix(single(missing(text))));
      assert.ok(
        fixed.includes(
          `## Financial and Legal Implications\n\nNone arising.\n\n## Risk Management Implications\n\n${wordingOf('Risk Management Implications')}\n`,
        ),
        fixed,
      );
    });
  });

  describe('minutes of some items (item in the front matter)', () => {
    const extract = (item: string) =>
      withBody(
        '\n# Minutes\n\n## 5. Transport\n\nResolved.\n',
        `type: minutes\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\nitem: ${item}`,
      );

    it('does not require Present, Apologies or Declarations of Interest', () => {
      assert.deepEqual(missing(extract('"5"'), 'a.minutes.md'), []);
      assert.deepEqual(missing(extract('["4", "5"]'), 'a.minutes.md'), []);
    });

    it('still checks them when they are there', () => {
      const text = minutes({ frontMatter: { item: '"5"' }, sections: { Present: '' } });
      assert.equal(checkFor('section-empty', text, { name: 'a.minutes.md' }).length, 1);
    });

    it('tells the clerk of whole-meeting minutes that item excuses an extract', () => {
      const text = withBody(
        '\n# Minutes\n\n## 5. Transport\n\nResolved.\n',
        'type: minutes\ntitle: T\ncommittee: C\nmeeting: 2026-03-12',
      );
      assert.match(
        missing(text, 'a.minutes.md')[0]!.message,
        /^This document has no 'Present' section, which the minutes template requires in the minutes of a whole meeting: add it, or, if this file holds only some of the meeting's items, list them with 'item' in the front matter\. The members/,
      );
    });

    it('lets a council’s own template excuse its sections in an extract with required: unless-item', () => {
      const config =
        'templates:\n  minutes:\n    sections:\n      - { title: Substitutes, required: unless-item, after: Apologies }\n';
      const whole = minutes();
      assert.deepEqual(
        missing(whole, 'a.minutes.md', config).map((diagnostic) => /no '([^']+)'/.exec(diagnostic.message)![1]),
        ['Substitutes'],
      );
      assert.deepEqual(missing(minutes({ frontMatter: { item: '"5"' } }), 'a.minutes.md', config), []);
    });

    it('says when a conditional section is required', () => {
      assert.match(
        single(missing(report({ frontMatter: { purpose: 'decision' } }))).message,
        /which the report template requires in a report for decision: add it\./,
      );
    });
  });
});
