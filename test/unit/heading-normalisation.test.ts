/**
 * docs/format.md, "How a heading matches a section": a heading matches a template section ignoring case, leading
 * numbering (`6.`, `6.1`, `A.`, `iv)`, `(a)`), a trailing colon, extra
 * spaces, and `&` for `and`; only a heading that matches an alias is an alias.
 */
import * as assert from 'node:assert/strict';
import { checkFor, minutes, parse, report, withBody } from './support';

/** The template section a heading names in a report (title, and whether through an alias), or undefined. */
function sectionOf(heading: string, name = 'a.report.md'): { title: string; viaAlias: boolean } | undefined {
  const document = parse(withBody(`\n${heading}\n\nText.\n`), { name });
  const [matched, ...rest] = document.sections;
  assert.equal(rest.length, 0);
  return matched ? { title: matched.section.title, viaAlias: matched.viaAlias } : undefined;
}

/** Every template section a heading stands for in a report (or the named kind), in template order. */
function sectionsOf(heading: string, name = 'a.report.md'): string[] {
  const document = parse(withBody(`\n${heading}\n\nText.\n`), { name });
  return document.sections.map((matched) => matched.section.title);
}

const exactly = (title: string) => ({ title, viaAlias: false });
const alias = (title: string) => ({ title, viaAlias: true });

describe('Heading normalisation', () => {
  describe('numbering', () => {
    it('ignores a section number such as 6.', () => {
      assert.deepEqual(sectionOf('## 6. Financial Implications'), exactly('Financial Implications'));
    });

    it('ignores a section number without a full stop', () => {
      assert.deepEqual(sectionOf('## 6 Financial Implications'), exactly('Financial Implications'));
    });

    it('ignores a paragraph number such as 6.1 and 6.1.2', () => {
      assert.deepEqual(sectionOf('### 6.1 Legal Implications'), exactly('Legal Implications'));
      assert.deepEqual(sectionOf('### 6.1.2 Legal Implications'), exactly('Legal Implications'));
    });

    it('ignores a letter such as A.', () => {
      assert.deepEqual(sectionOf('## A. Background'), exactly('Background'));
    });

    it('ignores a letter with a bracket such as B)', () => {
      assert.deepEqual(sectionOf('## B) Background'), exactly('Background'));
    });

    it('ignores a Roman numeral such as iv)', () => {
      assert.deepEqual(sectionOf('## iv) Consultation'), exactly('Consultation'));
    });

    it('ignores an upper-case Roman numeral such as XII.', () => {
      assert.deepEqual(sectionOf('## XII. Consultation'), exactly('Consultation'));
    });

    it('ignores a bracketed letter or numeral such as (a) and (iv)', () => {
      assert.deepEqual(sectionOf('## (a) Consultation'), exactly('Consultation'));
      assert.deepEqual(sectionOf('## (iv) Consultation'), exactly('Consultation'));
    });

    it('does not read the first word of a title as numbering when no stop or bracket follows it', () => {
      assert.equal(sectionOf('## A Summary'), undefined);
    });

    it('ignores the numbering forms real papers print', () => {
      const forms: readonly [string, string][] = [
        ['## 35a Present', 'Present'],
        ['## 30/23 Apologies for Absence', 'Apologies'],
        ['## 58/23. Apologies', 'Apologies'],
        ['## CA.212 Present', 'Present'],
        ['## 19.OS.14 Declarations of Interest', 'Declarations of Interest'],
        ['## EXE 30/18 Present', 'Present'],
        ['## 410 APOLOGIES FOR ABSENCE -', 'Apologies'],
        ['## Item 5 Present', 'Present'],
        ['## Minute 12: Apologies', 'Apologies'],
        ['## A – Present', 'Present'],
        ['## DD – Apologies', 'Apologies'],
      ];
      for (const [heading, title] of forms) {
        const document = parse(minutes({ body: `${heading}\n\nText.\n` }), { name: 'a.minutes.md' });
        assert.deepEqual(
          document.sections.map((matched) => matched.section.title),
          [title],
          heading,
        );
      }
    });

    it('reads a letter and a dash as numbering even without a space after the dash', () => {
      assert.deepEqual(sectionOf('## A –Background'), exactly('Background'));
    });

    it('does not read a code in small letters as numbering', () => {
      assert.equal(sectionOf('## Exe 30/18 Background'), undefined);
      assert.equal(sectionOf('## Key - Background'), undefined);
    });

    it('keeps a number that is the whole heading', () => {
      assert.equal(sectionOf('## 2026'), undefined);
    });
  });

  describe('punctuation, spacing and case', () => {
    it('ignores a trailing colon', () => {
      assert.deepEqual(sectionOf('## Legal Implications:'), exactly('Legal Implications'));
    });

    it('ignores a trailing dash, en dash or full stop', () => {
      assert.deepEqual(sectionOf('## Legal Implications -'), exactly('Legal Implications'));
      assert.deepEqual(sectionOf('## Legal Implications –'), exactly('Legal Implications'));
      assert.deepEqual(sectionOf('## Legal Implications.'), exactly('Legal Implications'));
    });

    it('ignores a trailing bracketed note', () => {
      assert.deepEqual(sectionOf('## Background Papers (DoP&D)'), exactly('Background Papers'));
      assert.deepEqual(sectionOf('## Background Papers (DoP&D):'), exactly('Background Papers'));
    });

    it('keeps a title that is wholly in brackets', () => {
      assert.equal(sectionOf('## (Summary)'), undefined);
    });

    it('reads /s as a plural', () => {
      assert.deepEqual(sectionOf('## Recommendation/s'), exactly('Recommendations'));
    });

    it('ignores a trailing colon with spaces before it', () => {
      assert.deepEqual(sectionOf('## Legal Implications :'), exactly('Legal Implications'));
    });

    it('ignores case', () => {
      assert.deepEqual(sectionOf('## FINANCIAL IMPLICATIONS'), exactly('Financial Implications'));
      assert.deepEqual(sectionOf('## financial implications'), exactly('Financial Implications'));
    });

    it('ignores extra spaces between and around words', () => {
      assert.deepEqual(sectionOf('##   Human   Rights  Implications  '), exactly('Human Rights Implications'));
    });

    it('reads & as and', () => {
      assert.deepEqual(sectionOf('## Crime & Disorder Implications'), exactly('Crime and Disorder Implications'));
      assert.deepEqual(sectionOf('## Climate Change & Sustainability'), exactly('Climate Change and Sustainability'));
    });

    it('reads & with no spaces around it as and', () => {
      assert.deepEqual(sectionOf('## Crime&Disorder Implications'), exactly('Crime and Disorder Implications'));
    });

    it('applies every normalisation at once', () => {
      assert.deepEqual(
        sectionOf('## 11.2  CRIME  &  DISORDER IMPLICATIONS :'),
        exactly('Crime and Disorder Implications'),
      );
    });

    it('reads a typographic apostrophe as a straight one', () => {
      const document = parse(
        minutes({ sections: { 'Declarations of Interest': null, 'Members’ Interests': 'None.' } }),
        { name: 'a.minutes.md' },
      );
      assert.ok(
        document.sections.some((matched) => matched.section.title === 'Declarations of Interest' && matched.viaAlias),
      );
    });

    it('ignores emphasis marks around the title', () => {
      assert.deepEqual(sectionOf('## **Summary**'), exactly('Summary'));
    });
  });

  describe('aliases', () => {
    it('matches an alias and marks it as one', () => {
      assert.deepEqual(sectionOf('## Executive Summary'), alias('Summary'));
      assert.deepEqual(sectionOf('## Finance'), alias('Financial Implications'));
      assert.deepEqual(sectionOf('## Public Sector Equality Duty'), alias('Equality Duty'));
    });

    it('normalises an alias as it does a title', () => {
      assert.deepEqual(sectionOf('## 2. EXECUTIVE  summary:'), alias('Summary'));
      assert.deepEqual(sectionOf('## Crime & Disorder'), alias('Crime and Disorder Implications'));
    });

    it('does not count normalisation alone as using an alias', () => {
      const text = report({
        sections: { Summary: null },
        title: null,
        append: '## 1. SUMMARY:\n\nThis report proposes new opening hours.\n',
      });
      assert.deepEqual(checkFor('section-alias', text), []);
    });

    it('uses the aliases of the template the document has', () => {
      assert.deepEqual(sectionOf('## Terms of Reference', 'a.report.md'), undefined);
      const document = parse(
        withBody('\n## Terms of Reference\n\nText.\n', 'type: scrutiny\ntitle: T\ncommittee: C\nmeeting: 2026-03-12'),
      );
      assert.deepEqual(
        document.sections.map((matched) => [matched.section.title, matched.viaAlias]),
        [['Focus for Scrutiny', true]],
      );
    });
  });

  describe('what counts as a heading', () => {
    it('matches headings of any level', () => {
      for (const marks of ['#', '##', '###', '####', '#####', '######']) {
        assert.deepEqual(sectionOf(`${marks} Legal Implications`), exactly('Legal Implications'), marks);
      }
    });

    it('matches a setext heading', () => {
      assert.deepEqual(sectionOf('Legal Implications\n------------------'), exactly('Legal Implications'));
      assert.deepEqual(sectionOf('Legal Implications\n=================='), exactly('Legal Implications'));
    });

    it('matches an ATX heading with closing hashes', () => {
      assert.deepEqual(sectionOf('## Legal Implications ##'), exactly('Legal Implications'));
    });

    it('does not take a heading inside a fenced code block', () => {
      assert.equal(sectionOf('```\n## Legal Implications\n```'), undefined);
    });

    it('does not take a heading inside an indented code block', () => {
      assert.equal(sectionOf('Intro.\n\n    ## Legal Implications'), undefined);
    });

    it('does not take a heading inside an HTML block', () => {
      assert.equal(sectionOf('<div>\n## Legal Implications\n</div>'), undefined);
    });

    it('does not take a YAML comment in the front matter for a heading', () => {
      const document = parse('---\ntitle: T\n# Summary\ncommittee: C\nmeeting: 2026-03-12\n---\nText.\n');
      assert.deepEqual(document.headings, []);
    });

    it('does not take #hashtag without a space for a heading, per CommonMark', () => {
      assert.equal(sectionOf('#Summary'), undefined);
    });

    it('leaves a heading that names no section alone', () => {
      assert.equal(sectionOf('## Summary of the Consultation Responses'), undefined);
      assert.equal(sectionOf('## The Proposal in Detail'), undefined);
    });
  });

  describe('combined headings', () => {
    it('reads "Summary and Recommendations" as both sections', () => {
      assert.deepEqual(sectionsOf('## Summary and Recommendations'), ['Summary', 'Recommendations']);
      assert.deepEqual(sectionsOf('## 1. Summary & Recommendations:'), ['Summary', 'Recommendations']);
    });

    it('lets a shared last word complete the parts before it', () => {
      assert.deepEqual(sectionsOf('## Financial and Legal Implications'), [
        'Financial Implications',
        'Legal Implications',
      ]);
      assert.deepEqual(sectionsOf('## Legal, Financial and Risk Implications'), [
        'Financial Implications',
        'Legal Implications',
        'Risk Management Implications',
      ]);
      assert.deepEqual(sectionsOf('## Legal, Financial, and Risk Management Implications'), [
        'Financial Implications',
        'Legal Implications',
        'Risk Management Implications',
      ]);
    });

    it('reads a run of parts that is itself a title, such as "Crime and Disorder", before splitting it', () => {
      assert.deepEqual(sectionsOf('## Equality and Crime and Disorder Implications'), [
        'Equality Duty',
        'Crime and Disorder Implications',
      ]);
      assert.deepEqual(sectionsOf('## Crime and Disorder and Human Rights Implications'), [
        'Crime and Disorder Implications',
        'Human Rights Implications',
      ]);
    });

    it('takes the parts that match nothing for the author’s words', () => {
      assert.deepEqual(sectionsOf('## Summary and Purpose'), ['Summary']);
      assert.deepEqual(sectionsOf('## A –Recommendation/s and reason/s'), ['Recommendations']);
    });

    it('lets a match of the whole heading win over its parts', () => {
      assert.deepEqual(sectionOf('## Crime and Disorder Implications'), exactly('Crime and Disorder Implications'));
      assert.deepEqual(sectionOf('## Background and Advice'), alias('Background'));
      assert.deepEqual(sectionOf('## Climate Change and Sustainability'), exactly('Climate Change and Sustainability'));
      assert.deepEqual(sectionOf('## Consultation and Engagement'), alias('Consultation'));
    });

    it('marks each section of a combined heading as combined, and one of the heading as a whole as not', () => {
      const document = parse(withBody('\n## Summary and Recommendations\n\nText.\n\n## Background\n\nText.\n'));
      assert.deepEqual(
        document.sections.map((matched) => [matched.section.title, matched.combined, matched.headingIndex]),
        [
          ['Summary', true, 0],
          ['Recommendations', true, 0],
          ['Background', false, 1],
        ],
      );
    });

    it('names each section once however many parts name it', () => {
      assert.deepEqual(sectionsOf('## Finance and Financial Implications'), ['Financial Implications']);
    });

    it('splits combined minutes headings too', () => {
      assert.deepEqual(sectionsOf('## 3. Apologies and Declarations of Interest', 'a.minutes.md'), [
        'Apologies',
        'Declarations of Interest',
      ]);
    });

    it('does not split a heading whose parts name nothing', () => {
      assert.deepEqual(sectionsOf('## Roads and Transport'), []);
      assert.deepEqual(sectionsOf('## Summary of Consultation, Next Steps and Timetable'), []);
    });

    it('does not take a one-word alias alone for a section inside the author’s own heading', () => {
      assert.deepEqual(sectionsOf('## Finance and Performance Report'), []);
      assert.deepEqual(sectionsOf('## Proposal and Next Steps'), []);
    });

    it('takes a one-word alias with another section beside it', () => {
      assert.deepEqual(sectionsOf('## Finance and Legal'), ['Financial Implications', 'Legal Implications']);
    });

    it('does not read a long sentence as a combined heading', () => {
      const long = `## Summary and ${'the words of a long sentence '.repeat(8)}`;
      assert.deepEqual(sectionsOf(long), []);
    });
  });
});
