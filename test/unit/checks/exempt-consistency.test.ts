import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  brief,
  check,
  checkFor,
  lineNumberOf,
  lineSpan,
  minutes,
  report,
  scrutiny,
  single,
  span,
  spanIn,
  spanOf,
  withCode,
  cleanSamples,
} from '../support';

const headingSpan = (text: string, heading = `## Reason for Inclusion in Part II`) =>
  lineSpan(text, lineNumberOf(text, heading));

const exemptConsistency = (text: string, name = 'a.report.md') => checkFor('exempt-consistency', text, { name });
const EXEMPT = '\n  paragraphs: [3]\n  reason: Tender prices.';
const PART_TWO = 'Reason for Inclusion in Part II';
const REASON =
  'This report contains exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972 because it gives tender prices.';

describe('exempt-consistency', () => {
  describe('exempt in the front matter without a Part II section', () => {
    it('leaves a report template document to section-missing, so the problem is reported once', () => {
      const text = report({ frontMatter: { exempt: EXEMPT } });
      assert.deepEqual(exemptConsistency(text), []);
      assert.equal(withCode(check(text), 'section-missing').length, 1);
    });

    it('reports a scrutiny report, whose template has no Part II section, at the exempt key', () => {
      const text = scrutiny({ frontMatter: { exempt: EXEMPT } });
      const diagnostic = single(exemptConsistency(text));
      assert.equal(diagnostic.severity, 'warning');
      assert.equal(span(diagnostic.range), spanOf(text, 'exempt'));
      assert.match(
        diagnostic.message,
        /^The front matter marks this report exempt, but it has no 'Reason for Inclusion in Part II' section: add one/,
      );
      assert.deepEqual(withCode(check(text), 'section-missing'), []);
    });

    it('is quiet in a scrutiny report that is exempt and has the section', () => {
      assert.deepEqual(
        exemptConsistency(scrutiny({ frontMatter: { exempt: EXEMPT }, sections: { [PART_TWO]: REASON } })),
        [],
      );
    });

    it('is quiet in a scrutiny report whose section uses the Exempt Information alias', () => {
      assert.deepEqual(
        exemptConsistency(scrutiny({ frontMatter: { exempt: EXEMPT }, sections: { 'Exempt Information': REASON } })),
        [],
      );
    });

    it('reports a report whose config template makes the Part II section optional', () => {
      const config =
        'templates:\n  report:\n    sections:\n      - { title: Reason for Inclusion in Part II, required: false }\n';
      const text = report({ frontMatter: { exempt: EXEMPT } });
      const all = check(text, { config });
      assert.deepEqual(withCode(all, 'section-missing'), []);
      assert.equal(span(single(withCode(all, 'exempt-consistency')).range), spanOf(text, 'exempt'));
    });
  });

  describe('exempt and the section agree', () => {
    it('is quiet in an exempt report with the section in the report template', () => {
      assert.deepEqual(
        exemptConsistency(report({ frontMatter: { exempt: EXEMPT }, sections: { [PART_TWO]: REASON } })),
        [],
      );
    });

    it('is quiet in a report that is not exempt and has no section', () => {
      assert.deepEqual(exemptConsistency(report()), []);
      assert.deepEqual(exemptConsistency(report({ frontMatter: { exempt: 'false' } })), []);
    });
  });

  describe('the section without exempt in the front matter', () => {
    it('reports the section on its heading when exempt is absent', () => {
      const text = report({ sections: { [PART_TWO]: REASON } });
      const diagnostic = single(exemptConsistency(text));
      assert.equal(span(diagnostic.range), headingSpan(text));
      assert.match(
        diagnostic.message,
        /^This report has a 'Reason for Inclusion in Part II' section, but the front matter does not mark it exempt/,
      );
    });

    it('reports the section when exempt is false, and in a scrutiny report', () => {
      const text = report({ frontMatter: { exempt: 'false' }, sections: { [PART_TWO]: REASON } });
      assert.equal(span(single(exemptConsistency(text)).range), headingSpan(text));
      const other = scrutiny({ sections: { [PART_TWO]: REASON } });
      assert.equal(span(single(exemptConsistency(other)).range), headingSpan(other));
    });

    it('finds a numbered heading at a lower level, and reports its whole heading line', () => {
      const text = report({ append: `### 14. ${PART_TWO}:\n\n${REASON}\n` });
      assert.equal(span(single(exemptConsistency(text)).range), headingSpan(text, `### 14. ${PART_TWO}:`));
    });

    it('is quiet when the section itself says the report is not exempt', () => {
      assert.deepEqual(exemptConsistency(report({ sections: { [PART_TWO]: 'Not applicable.' } })), []);
      assert.deepEqual(
        exemptConsistency(
          report({ frontMatter: { exempt: 'false' }, sections: { [PART_TWO]: 'This report is not exempt.' } }),
        ),
        [],
      );
    });

    it('does not read a section heading inside a code block', () => {
      assert.deepEqual(exemptConsistency(report({ append: `\`\`\`\n## ${PART_TWO}\n\`\`\`\n` })), []);
    });
  });

  describe('the section saying the report is not exempt while exempt is set', () => {
    for (const wording of [
      'Not exempt.',
      'None.',
      'Not applicable',
      '*N/A*',
      'This report is not exempt from publication.',
    ]) {
      it(`reports '${wording}' on the heading`, () => {
        const text = report({ frontMatter: { exempt: EXEMPT }, sections: { [PART_TWO]: wording } });
        const diagnostic = single(exemptConsistency(text));
        assert.equal(span(diagnostic.range), headingSpan(text));
        assert.match(diagnostic.message, /says the report is not exempt, but the front matter marks it exempt/);
      });
    }

    it('does not read a reason that mentions a part not being exempt as a negative', () => {
      const wording = `${REASON} Appendix C is not exempt and is published.`;
      assert.deepEqual(
        exemptConsistency(report({ frontMatter: { exempt: EXEMPT }, sections: { [PART_TWO]: wording } })),
        [],
      );
    });
  });

  describe('paragraphs cited in the section', () => {
    const withParagraphs = (paragraphs: string, wording: string) =>
      report({
        frontMatter: { exempt: `\n  paragraphs: ${paragraphs}\n  reason: Tender prices.` },
        sections: { [PART_TWO]: wording },
      });

    it('reports a paragraph the section cites that the front matter does not list, on the number', () => {
      const text = withParagraphs('[3]', 'Exempt under paragraph 5 of Schedule 12A.');
      const diagnostic = single(exemptConsistency(text));
      assert.equal(span(diagnostic.range), spanIn(text, 'paragraph 5', '5'));
      assert.match(
        diagnostic.message,
        /^This cites paragraph 5 of Schedule 12A, but the front matter's 'exempt' lists paragraph 3: make them agree\.$/,
      );
    });

    it('reads lists, "para", letters and ranges', () => {
      assert.deepEqual(
        exemptConsistency(withParagraphs('[1, 3]', 'Exempt under paragraphs 1 and 3 of Schedule 12A.')),
        [],
      );
      assert.deepEqual(exemptConsistency(withParagraphs('[3]', 'Exempt under para 3 of Schedule 12A.')), []);
      assert.deepEqual(exemptConsistency(withParagraphs("[3, '7A']", 'Exempt under paragraphs 3 and 7a.')), []);
      const text = withParagraphs('[1, 3]', 'Exempt under paragraphs 1, 2 and 3, and paragraphs 4 to 5.');
      assert.deepEqual(
        exemptConsistency(text).map((diagnostic) => /paragraph (\S+) of/.exec(diagnostic.message)![1]),
        ['2', '4', '5'],
      );
    });

    it('does not take a numbered paragraph of the report for a Schedule 12A paragraph', () => {
      assert.deepEqual(
        exemptConsistency(
          withParagraphs('[3]', 'Exempt under paragraph 3; the prices in paragraph 4.2 are commercial.'),
        ),
        [],
      );
    });

    it('ignores paragraphs cited in code spans and outside the section', () => {
      const text = report({
        frontMatter: { exempt: EXEMPT },
        sections: { Background: 'See paragraph 6 above.', [PART_TWO]: `${REASON} Not \`paragraph 5\`.` },
      });
      assert.deepEqual(exemptConsistency(text), []);
    });

    it('is quiet when the section cites no paragraph', () => {
      assert.deepEqual(exemptConsistency(withParagraphs('[3]', 'The report gives tender prices.')), []);
    });
  });

  describe('valid documents', () => {
    it('reports nothing in the valid report, scrutiny report and minutes', () => {
      assert.deepEqual(exemptConsistency(report()), []);
      assert.deepEqual(exemptConsistency(scrutiny()), []);
      assert.deepEqual(exemptConsistency(minutes(), 'a.minutes.md'), []);
    });

    it('reports nothing in the sample documents (drafts excepted)', () => {
      for (const [file, text] of Object.entries(cleanSamples())) {
        assert.deepEqual(brief(checkFor('exempt-consistency', text, { name: path.basename(file) })), [], file);
      }
    });

    it('does nothing when the document has no front matter, or exempt is not valid', () => {
      assert.deepEqual(exemptConsistency(`# Report\n\n## ${PART_TWO}\n\n${REASON}\n`), []);
      assert.deepEqual(
        exemptConsistency(report({ frontMatter: { exempt: 'yes' }, sections: { [PART_TWO]: REASON } })),
        [],
      );
    });
  });
});
