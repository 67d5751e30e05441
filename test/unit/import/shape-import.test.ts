import * as assert from 'node:assert/strict';
import { shapeImportedMarkdown, writtenDate } from '../../support/core';

describe("The import's reading of a paper's Markdown", () => {
  it('reads a meeting date in the forms councils write it, day first, and refuses a date that is not real', () => {
    const forms: Record<string, string | undefined> = {
      '12 March 2026': '2026-03-12',
      'Thursday 12th March 2026': '2026-03-12',
      '12 Mar. 2026': '2026-03-12',
      'March 12, 2026': '2026-03-12',
      '12/03/2026': '2026-03-12',
      '12.03.26': '2026-03-12',
      '2026-03-12': '2026-03-12',
      '30 February 2026': undefined,
      'next Tuesday': undefined,
    };
    for (const [written, expected] of Object.entries(forms)) assert.equal(writtenDate(written), expected, written);
  });

  it('reads an exempt notice and the Part II reason into exempt, and leaves "No" public', () => {
    const markdown = [
      '**NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972**',
      '',
      '| | |',
      '| --- | --- |',
      '| **Committee** | Cabinet |',
      '| **Meeting date** | 22 September 2026 |',
      '',
      '# Buildings',
      '',
      '## Reason for Inclusion in Part II',
      '',
      '14.1 The report holds the rents offered.',
      '',
    ].join('\n');
    const shaped = shapeImportedMarkdown(markdown, { fileName: 'b.docx' });
    assert.match(
      shaped.text,
      /exempt:\n {2}jurisdiction: england\n {2}paragraphs:\n {4}- 3\n {2}reason: The report holds the rents offered\.\n/,
    );
    assert.doesNotMatch(shaped.text, /NOT FOR PUBLICATION/);
    const open = shapeImportedMarkdown('| | |\n| --- | --- |\n| Committee | Cabinet |\n| Exempt | No |\n', {
      fileName: 'o.docx',
    });
    assert.doesNotMatch(open.text, /exempt/);
  });

  it('turns a reference the Word export wrote out by title back into the format, when a paper has that title', () => {
    const markdown =
      '# Minutes\n\nAs found [finding F1 of *School Exclusions*] and [recommendations R2 to R4 of *School Exclusions*], not [finding F1 of *Unknown*].\n';
    const shaped = shapeImportedMarkdown(markdown, {
      fileName: 'm.docx',
      papers: [{ id: 'school-exclusions', title: 'School Exclusions' }],
    });
    assert.match(
      shaped.text,
      /As found \[school-exclusions:F1\] and \[school-exclusions:R2-R4\], not \[finding F1 of \*Unknown\*\]\./,
    );
  });

  it("gives a paper the id of the workspace's paper with its title, so the papers citing it still resolve", () => {
    const papers = [{ id: 'school-exclusions-tg-2026', title: 'School Exclusions' }];
    const same = shapeImportedMarkdown('# School Exclusions\n', { fileName: 'exclusions.docx', papers });
    assert.match(same.text, /^---\ntype: report\nid: school-exclusions-tg-2026\ntitle: School Exclusions\n/);
    const other = shapeImportedMarkdown('# Libraries\n', { fileName: 'libraries.docx', papers });
    assert.doesNotMatch(other.text, /^id:/m);
  });

  it('leaves IDs a paper already has as they are, and gives none twice', () => {
    const markdown =
      '# Report\n\n## Recommendations\n\n**R1** That the plan be approved.\n\nThat the plan be published.\n';
    const shaped = shapeImportedMarkdown(markdown, { fileName: 'r.docx' });
    assert.match(shaped.text, /\n\*\*R1\*\* That the plan be approved\.\n\nThat the plan be published\.\n$/);
  });

  it('does not read "Reasons for Recommendations" as the recommendations', () => {
    const markdown = '# Report\n\n## Reasons for Recommendations\n\n1. That is why.\n';
    assert.doesNotMatch(shapeImportedMarkdown(markdown, { fileName: 'r.docx' }).text, /\*\*R1\*\*/);
  });

  it('puts sections written in Heading 1 a level below the title, whether or not a Title heading stands above them', () => {
    const headings = (markdown: string) =>
      shapeImportedMarkdown(markdown, { fileName: 'hours.docx' })
        .text.split('\n')
        .filter((line) => line.startsWith('#'));
    const sheet = '| | |\n| --- | --- |\n| **Title** | Library Hours |\n| **Committee** | Cabinet |\n\n';
    // No Title heading: every section goes down a level, under the front sheet's title.
    assert.deepEqual(headings(`${sheet}# 1. Summary\n\nText.\n\n# 2. Background\n\nText.\n`), [
      '# Library Hours',
      '## 1. Summary',
      '## 2. Background',
    ]);
    // A Title heading saying the title: it stays, the sections go down.
    assert.deepEqual(headings(`${sheet}# Library Hours\n\n# Summary\n\nText.\n\n# Background\n\nText.\n`), [
      '# Library Hours',
      '## Summary',
      '## Background',
    ]);
    // No front sheet: a first heading numbered as a section is not the title.
    assert.deepEqual(headings('# 1. Summary\n\nText.\n\n# 2. Background\n\nText.\n'), [
      '# hours',
      '## 1. Summary',
      '## 2. Background',
    ]);
  });
});
