import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Diagnostic } from '../../support/core';
import {
  applyFix,
  brief,
  checkFor,
  minutes,
  onlyFix,
  report,
  scrutiny,
  single,
  span,
  spanIn,
  spanOf,
  withBody,
  cleanSamples,
  DRAFT_SAMPLE,
  readSample,
} from '../support';

const paras = (text: string, options = {}) => checkFor('para-sequence', text, options);
const body = (...paragraphs: string[]) => withBody(`# Report\n\n${paragraphs.join('\n\n')}\n`);

describe('para-sequence', () => {
  it('is quiet when paragraphs run 1.1, 1.2, 2.1, 2.1.1, 2.2, 3.1', () => {
    assert.deepEqual(paras(body('1.1 A.', '1.2 B.', '2.1 C.', '2.1.1 D.', '2.1.2 E.', '2.2 F.', '3.1 G.')), []);
  });

  it('reports a gap, as a warning, on the number after it', () => {
    const text = body('2.1 The first.', '2.3 The third.');
    const diagnostic = single(paras(text));
    assert.equal(diagnostic.severity, 'warning');
    assert.equal(span(diagnostic.range), spanOf(text, '2.3'));
    assert.equal(diagnostic.message, 'Paragraph 2.3 follows 2.1: 2.2 is missing. Renumber the paragraphs.');
  });

  it('names the whole run of missing numbers', () => {
    assert.match(
      single(paras(body('2.1 A.', '2.5 E.'))).message,
      /^Paragraph 2\.5 follows 2\.1: 2\.2 to 2\.4 are missing\./,
    );
  });

  it('reports the real-world jump from 20.2.7 to 20.2.9', () => {
    const text = body(
      '20.1 Item.',
      '20.2 Item.',
      '20.2.1 A.',
      '20.2.2 B.',
      '20.2.3 C.',
      '20.2.4 D.',
      '20.2.5 E.',
      '20.2.6 F.',
      '20.2.7 G.',
      '20.2.9 I.',
    );
    const diagnostic = single(paras(text));
    assert.equal(span(diagnostic.range), spanOf(text, '20.2.9'));
    assert.match(diagnostic.message, /^Paragraph 20\.2\.9 follows 20\.2\.7: 20\.2\.8 is missing\./);
  });

  it('reports a duplicate on the second, naming the line of the first', () => {
    const text = body('2.1 A.', '2.2 B.', '2.2 B again.', '2.3 C.');
    const diagnostic = single(paras(text));
    assert.equal(span(diagnostic.range), spanOf(text, '2.2', 2));
    assert.equal(
      diagnostic.message,
      'Paragraph 2.2 is numbered twice: the first 2.2 is on line 10. Renumber the paragraphs.',
    );
  });

  it('continues the parent sequence after a nested run', () => {
    assert.deepEqual(paras(body('2.1 A.', '2.1.1 B.', '2.1.2 C.', '2.1.3 D.', '2.2 E.')), []);
  });

  it('accepts the next major number and reports a skipped one', () => {
    assert.deepEqual(paras(body('2.1 A.', '2.2 B.', '2.3 C.', '2.4 D.', '3.1 E.')), []);
    const text = body('2.1 A.', '2.2 B.', '2.3 C.', '2.4 D.', '4.1 E.');
    const diagnostic = single(paras(text));
    assert.equal(span(diagnostic.range), spanOf(text, '4.1'));
    assert.match(diagnostic.message, /^Paragraph 4\.1 follows 2\.4: 3 is missing\./);
  });

  it('reports a new section that does not start at .1', () => {
    assert.match(single(paras(body('2.1 A.', '3.2 B.'))).message, /^Paragraph 3\.2 follows 2\.1: 3\.1 is missing\./);
  });

  it('reports a number that goes backwards as out of order', () => {
    const text = body('2.1 A.', '2.2 B.', '3.1 C.', '2.3 D.');
    const diagnostic = single(paras(text));
    assert.equal(span(diagnostic.range), spanOf(text, '2.3'));
    assert.match(diagnostic.message, /^Paragraph 2\.3 comes after 3\.1: it is out of order\./);
  });

  it('lets the numbering start in any section, as minutes carry on from the last meeting', () => {
    assert.deepEqual(paras(body('34.1 A.', '34.2 B.', '35.1 C.')), []);
  });

  it('reports a first numbered paragraph that does not start at .1', () => {
    assert.match(
      single(paras(body('1.3 A.', '1.4 B.'))).message,
      /^Paragraph 1\.3 follows no earlier numbered paragraph: 1\.1 to 1\.2 are missing\./,
    );
  });

  describe('numbered headings', () => {
    it('takes a single-numbered heading as the section the next paragraphs belong to', () => {
      const text = withBody(
        '# Minutes\n\n## 30. Apologies\n\n30.1 A.\n\n## 31. Declarations\n\n31.1 B.\n\n31.2 C.\n\n## 32. Minutes\n\n32.1 D.\n',
      );
      assert.deepEqual(paras(text), []);
    });

    it('reports a paragraph numbered for another section than its heading', () => {
      const text = withBody('# Report\n\n## 2. Background\n\n2.1 A.\n\n## 3. Options\n\n2.2 B.\n');
      const diagnostic = single(paras(text));
      assert.equal(span(diagnostic.range), spanOf(text, '2.2'));
      assert.match(diagnostic.message, /^Paragraph 2\.2 is in section 3: its number should start 3\./);
    });

    it('reports a paragraph that skips the first number under its section heading', () => {
      const text = withBody('# Report\n\n## 3. Background\n\n3.2 A.\n');
      assert.match(single(paras(text)).message, /^Paragraph 3\.2 follows the heading of section 3: 3\.1 is missing\./);
    });

    it('never reports the single numbers of headings themselves', () => {
      assert.deepEqual(
        paras(withBody('# Report\n\n## 1. Summary\n\nText.\n\n## 5. Background\n\nText.\n\n## 3. Legal\n\nText.\n')),
        [],
      );
    });

    it('takes a multi-part heading number as a paragraph number', () => {
      const text = withBody('# Report\n\n## 2.1 Background\n\n2.1.1 A.\n\n## 2.3 Options\n\nB.\n');
      const diagnostic = single(paras(text));
      assert.equal(span(diagnostic.range), spanOf(text, '2.3'));
      assert.match(diagnostic.message, /^Paragraph 2\.3 follows 2\.1\.1: 2\.2 is missing\./);
    });
  });

  describe('space after the number', () => {
    it('reports a number run into the word after it, with a safe fix that inserts a space', () => {
      const before = Array.from({ length: 9 }, (_, index) => `20.1.${index + 1} The Council noted item ${index + 1}.`);
      const text = body(...before, '20.1.10The Council agreed.');
      const diagnostic = single(paras(text));
      assert.equal(span(diagnostic.range), spanOf(text, '20.1.10'));
      assert.equal(diagnostic.message, 'Put a space after paragraph number 20.1.10.');
      const fix = onlyFix(diagnostic);
      assert.equal(fix.safe, true);
      assert.equal(applyFix(text, fix), body(...before, '20.1.10 The Council agreed.'));
    });

    it('counts a no-break space after the number as a space', () => {
      assert.deepEqual(paras(body('1.1\u00a0The first.', '1.2\u00a0The second.')), []);
      const heading = withBody('# Report\n\n## 1.1\u00a0Background\n\n## 1.3\u00a0Options\n');
      assert.equal(span(single(paras(heading)).range), spanOf(heading, '1.3'));
    });

    it('still checks the sequence of a number run into its word', () => {
      const text = body('3.1 A.', '3.3B.');
      assert.deepEqual(
        paras(text).map((d) => d.message.split(':')[0]),
        ['Put a space after paragraph number 3.3.', 'Paragraph 3.3 follows 3.1'],
      );
    });
  });

  describe('mixed styles', () => {
    it('reports the paragraphs written in the less used style, with a fix', () => {
      const text = body('1.1 A.', '1.2 B.', '2.1. C.', '2.2 D.');
      const diagnostic = single(paras(text));
      assert.equal(span(diagnostic.range), spanOf(text, '2.1.'));
      assert.equal(
        diagnostic.message,
        "Paragraph numbers in this document are written '1.1'; write '2.1' the same way.",
      );
      assert.equal(applyFix(text, onlyFix(diagnostic)), body('1.1 A.', '1.2 B.', '2.1 C.', '2.2 D.'));
    });

    it('reports the later style on a tie', () => {
      const text = body('1.1. A.', '1.2. B.', '1.3 C.', '1.4 D.');
      const result = paras(text);
      assert.deepEqual(brief(result), [`para-sequence ${spanOf(text, '1.3')}`, `para-sequence ${spanOf(text, '1.4')}`]);
      assert.equal(
        result[0]!.message,
        "Paragraph numbers in this document are written '1.1.'; write '1.3.' the same way.",
      );
      assert.equal(applyFix(text, onlyFix(result[0]!)), body('1.1. A.', '1.2. B.', '1.3. C.', '1.4 D.'));
    });

    it('is quiet when every number has a trailing dot', () => {
      assert.deepEqual(paras(body('1.1. A.', '1.2. B.', '2.1. C.')), []);
    });
  });

  describe('what is not a paragraph number', () => {
    it('ignores an ordered list 1. to 9. under a resolution', () => {
      const list = Array.from({ length: 9 }, (_, index) => `${index + 1}. Item ${index + 1}.`).join('\n');
      assert.deepEqual(paras(body('2.1 Resolved that the Committee:', list, '2.2 The meeting ended.')), []);
    });

    it('ignores a numbered list item written like a paragraph number', () => {
      assert.deepEqual(paras(body('2.1 A.', '- 2.5 a bullet', '2.2 B.')), []);
    });

    it('ignores numbers inside the text, quoted or cited', () => {
      assert.deepEqual(
        paras(body('2.1 As set out in paragraph 2.3, see "2.9 above".', '"2.7 was wrong," said the Chair.', '2.2 B.')),
        [],
      );
    });

    it('ignores figures: 1.5m, 2.5%, 1.5 million, 2026., 10.30am', () => {
      assert.deepEqual(
        paras(
          body(
            '1.1 A.',
            '1.5m people use libraries.',
            '2.5% of the budget.',
            '1.5 million visits.',
            '2026. A year.',
            '10.30am Start.',
            '1.2 B.',
          ),
        ),
        [],
      );
    });

    it('ignores dates and years at the start of a paragraph or heading', () => {
      const text = withBody(
        '# Report\n\n## 2026 Budget\n\n1.1 A.\n\n18.06.2026 Meeting held.\n\n2026.27 Budget.\n\n1.2 B.\n',
      );
      assert.deepEqual(paras(text), []);
    });

    it('ignores numbers in code blocks, block quotes and tables', () => {
      const text = body(
        '1.1 A.',
        '```\n1.7 code\n```',
        '    1.8 indented code',
        '> 1.9 Quoted paragraph.',
        '3.4 | Risk\n--- | ---\n1.1 | Low',
        '| 9.9 | x |\n|---|---|',
        '1.2 B.',
      );
      assert.deepEqual(paras(text), []);
    });

    it('ignores numbers in the front matter and HTML comments', () => {
      const text = withBody(
        '# Report\n\n<!--\n3.3 Note.\n-->\n\n1.1 A.\n',
        'title: T\ncommittee: C\nmeeting: 2026-03-12\nversion: 2.3',
      );
      assert.deepEqual(paras(text), []);
    });
  });

  describe('minutes, which quote reports as printed', () => {
    const inMinutes = (text: string) => paras(text, { name: 'a.minutes.md' });
    const minute = (heading: string, ...paragraphs: string[]) => `## ${heading}\n\n${paragraphs.join('\n\n')}\n`;
    const minutesBody = (...minutes: string[]) => withBody(`# Cabinet\n\n${minutes.join('\n')}`);

    it("does not tell a minute quoting a report's paragraph 1.1 that its number should start with the minute's", () => {
      const text = minutesBody(
        minute(
          '72. Library Opening Hours',
          'Resolved that:',
          '1.1 The new opening hours be approved.',
          '1.2 The Director review them in a year.',
        ),
      );
      assert.deepEqual(inMinutes(text), []);
    });

    it('still tells a report that a paragraph under section 72 should start 72', () => {
      const text = minutesBody(minute('72. Library Opening Hours', '1.1 The new opening hours be approved.'));
      assert.match(single(paras(text)).message, /^Paragraph 1\.1 is in section 72: its number should start 72\./);
    });

    it('reads a quote of 1.1, 1.2 and 1.5, or of 2.3 before 1.1, as quoting, not as a gap or a slip', () => {
      const text = minutesBody(
        minute('72. Budget', '1.1 Approve the budget.', '1.2 Note the risks.', '1.5 Delegate the detail.'),
        minute('73. Fees', '2.3 Approve the fees.', '1.1 Note the report.', '1.1 Note the report.'),
      );
      assert.deepEqual(inMinutes(text), []);
    });

    it("holds the minute's own numbers, which start with its number, to a sequence", () => {
      const text = minutesBody(
        minute(
          '21. Home Care',
          '21.1 The Cabinet Member introduced the report.',
          '21.3 Resolved that the report be noted.',
        ),
      );
      const diagnostic = single(inMinutes(text));
      assert.equal(span(diagnostic.range), spanOf(text, '21.3'));
      assert.equal(diagnostic.message, 'Paragraph 21.3 follows 21.1: 21.2 is missing. Renumber the paragraphs.');
    });

    it("reports a minute's own number used twice", () => {
      const text = minutesBody(minute('21. Home Care', '21.1 A.', '21.2 B.', '21.2 C.'));
      assert.match(single(inMinutes(text)).message, /^Paragraph 21\.2 is numbered twice/);
    });

    it("reads the minute's own numbers past the report's numbers it quotes", () => {
      const quiet = minutesBody(
        minute(
          '21. Home Care',
          '21.1 Resolved that:',
          '1.1 Approve the model.',
          '1.4 Approve the rate.',
          '21.2 The meeting ended.',
        ),
      );
      assert.deepEqual(inMinutes(quiet), []);
      const gap = minutesBody(
        minute('21. Home Care', '21.1 Resolved that:', '1.1 Approve the model.', '21.3 The meeting ended.'),
      );
      assert.equal(span(single(inMinutes(gap)).range), spanOf(gap, '21.3'));
    });

    it('reads minute numbers as the normaliser does: 410 with a trailing dash, Item 5, Minute 12', () => {
      const text = minutesBody(
        minute('410 APOLOGIES FOR ABSENCE -', '410.1 From Councillor Brook.'),
        minute('411 DECLARATIONS OF INTEREST -', '411.1 None.'),
        minute('Item 5 – Budget', '5.1 A.', '5.2 B.'),
        minute('Minute 12: Fees', '12.1 A.', '12.3 C.'),
      );
      assert.deepEqual(brief(inMinutes(text)), [`para-sequence ${spanOf(text, '12.3')}`]);
    });

    it('leaves a number under an unnumbered heading, or a lettered sub-item, as quoted', () => {
      const text = minutesBody(
        minute('Present', '1.1 Councillor Ellis.'),
        minute('(a) Honours', '3.2 Quoted.', '3.7 Quoted.'),
      );
      assert.deepEqual(inMinutes(text), []);
    });

    it('does not count quoted numbers when it compares 1.1 and 1.1. styles', () => {
      const text = minutesBody(
        minute(
          '21. Home Care',
          '21.1 Resolved that:',
          '1.1. Approve the model.',
          '1.2. Approve the rate.',
          '21.2 The meeting ended.',
        ),
      );
      assert.deepEqual(inMinutes(text), []);
    });

    it('still asks for the space a quoted number lacks', () => {
      const text = minutesBody(minute('72. Budget', '1.1Approve the budget.'));
      assert.equal(single(inMinutes(text)).message, 'Put a space after paragraph number 1.1.');
    });

    it('checks minutes with type: minutes in the front matter the same way', () => {
      const text = withBody(
        '# Cabinet\n\n## 72. Budget\n\n1.1 Approve.\n',
        'type: minutes\ntitle: T\ncommittee: C\nmeeting: 2026-03-12',
      );
      assert.deepEqual(paras(text), []);
    });
  });

  describe('headings read through the heading normaliser', () => {
    it('takes Item 5 and a heading that is only a number, 3., as section numbers', () => {
      const text = withBody('# Report\n\n## Item 5 – Budget\n\n4.1 A.\n\n## 3.\n\n2.1 B.\n');
      assert.deepEqual(
        paras(text).map((d) => d.message.split(':')[0]),
        ['Paragraph 4.1 is in section 5', 'Paragraph 2.1 is in section 3'],
      );
    });

    it('takes the paragraph number after an item number, Item 5 – 5.2, as a paragraph number', () => {
      const text = withBody('# Report\n\n## Item 5 – 5.1 Budget\n\nText.\n\n## Item 5 – 5.3 Fees\n\nText.\n');
      const diagnostic = single(paras(text));
      assert.equal(span(diagnostic.range), spanIn(text, 'Item 5 – 5.3', '5.3'));
    });

    it('does not take 35a, 30/23, 58/23., CA.212, (12), A – or iv) for a section number', () => {
      for (const heading of [
        '35a GATEWAY 1',
        '30/23 Apologies for Absence',
        '58/23. Minutes',
        'CA.212 Budget',
        '(12) Fees',
        'A – Recommendations',
        'iv) Fees',
      ]) {
        const text = withBody(`# Report\n\n## ${heading}\n\n1.1 A.\n\n1.2 B.\n`);
        assert.deepEqual(paras(text), [], heading);
      }
    });

    it('keeps a section open across a deeper lettered heading such as (a)', () => {
      assert.deepEqual(paras(withBody('# Report\n\n## 3. Options\n\n3.1 A.\n\n### (a) Sub-item\n\n3.2 B.\n')), []);
    });

    it('ends a section at the next heading of the same level, as a template section ends', () => {
      assert.deepEqual(paras(withBody('# Report\n\n## 3. Options\n\n## Appendices\n\n4.1 A.\n')), []);
      // The number of the section that ended still says what comes next.
      assert.match(
        single(paras(withBody('# Report\n\n## 3. Options\n\n## Appendices\n\n5.1 A.\n'))).message,
        /^Paragraph 5\.1 follows 3: 4 is missing\./,
      );
    });

    it('does not take a year for a section number', () => {
      assert.deepEqual(paras(withBody('# Report\n\n## 2026 Budget\n\n1.1 A.\n\n## 2026. Fees\n\n1.2 B.\n')), []);
    });

    it('still asks for the space a heading number lacks', () => {
      const text = withBody('# Report\n\n## 2.1Background\n');
      assert.equal(single(paras(text)).message, 'Put a space after paragraph number 2.1.');
    });
  });

  describe('lettered and other sub-items', () => {
    it('never takes a., (i), (a), "Agenda Item No. 6(i)" or "minute 19(b)" for paragraph numbers', () => {
      const text = body(
        '1.1 Recommendations:',
        'a. £25,000 for design.',
        '(i) Petitions opposing charges.',
        '(a) all Members of the Committee;',
        'Agenda Item No. 6(i)',
        '- In the first paragraph under minute 19(b) the word was corrected.',
        '1.2 B.',
      );
      assert.deepEqual(paras(text), []);
    });

    it('never takes a lone numbered paragraph 1. under an unnumbered heading for a paragraph number', () => {
      assert.deepEqual(
        paras(
          withBody(
            '# Report\n\n## Introduction\n\n1. The Committee considered the Terms of Reference.\n\n(b) Delegated Decisions\n',
          ),
        ),
        [],
      );
    });
  });

  describe("the quick fix 'Renumber this section's paragraphs'", () => {
    const fixOf = (diagnostic: Diagnostic) => {
      const fix = diagnostic.fixes?.find((candidate) => candidate.title === "Renumber this section's paragraphs");
      assert.ok(fix, `no renumber fix on: ${diagnostic.message}`);
      return fix;
    };

    it('renumbers the paragraphs after a gap, touching only the numbers, and is not safe', () => {
      const text = body('2.1 A.', '2.3 C.', '2.4 D.');
      const fix = fixOf(single(paras(text)));
      assert.equal(fix.safe, false);
      assert.deepEqual(
        fix.edits.map((edit) => [span(edit.range), edit.newText]),
        [
          [spanOf(text, '2.3'), '2.2'],
          [spanOf(text, '2.4'), '2.3'],
        ],
      );
      const fixed = applyFix(text, fix);
      assert.equal(fixed, body('2.1 A.', '2.2 C.', '2.3 D.'));
      assert.deepEqual(paras(fixed), []);
    });

    it('renumbers after a duplicate', () => {
      const text = body('2.1 A.', '2.2 B.', '2.2 B again.', '2.3 C.');
      const fixed = applyFix(text, fixOf(single(paras(text))));
      assert.equal(fixed, body('2.1 A.', '2.2 B.', '2.3 B again.', '2.4 C.'));
      assert.deepEqual(paras(fixed), []);
    });

    it('puts numbers out of order in order, with the same fix on each of them', () => {
      const text = body('2.1 A.', '2.3 C.', '2.2 B.');
      const result = paras(text);
      assert.equal(result.length, 2);
      assert.deepEqual(fixOf(result[0]!), fixOf(result[1]!));
      const fixed = applyFix(text, fixOf(result[1]!));
      assert.equal(fixed, body('2.1 A.', '2.2 C.', '2.3 B.'));
      assert.deepEqual(paras(fixed), []);
    });

    it("keeps the document's style, 3.1. with its dot, and sub-levels such as 3.2.1", () => {
      const text = withBody('# Report\n\n## 3. Options\n\n3.1. A.\n\n3.2. B.\n\n3.2.1. B1.\n\n3.2.3. B2.\n\n3.4. C.\n');
      const result = paras(text);
      assert.deepEqual(
        result.map((d) => span(d.range)),
        [spanOf(text, '3.2.3'), spanOf(text, '3.4')],
      );
      const fixed = applyFix(text, fixOf(result[0]!));
      assert.equal(
        fixed,
        withBody('# Report\n\n## 3. Options\n\n3.1. A.\n\n3.2. B.\n\n3.2.1. B1.\n\n3.2.2. B2.\n\n3.3. C.\n'),
      );
      assert.deepEqual(paras(fixed), []);
    });

    it("renumbers a section whose paragraphs carry another section's number from its heading's number", () => {
      const text = withBody('# Report\n\n## 2. Background\n\n2.1 A.\n\n## 3. Options\n\n2.2 B.\n\n2.3 C.\n');
      const fixed = applyFix(text, fixOf(single(paras(text))));
      assert.equal(fixed, withBody('# Report\n\n## 2. Background\n\n2.1 A.\n\n## 3. Options\n\n3.1 B.\n\n3.2 C.\n'));
      assert.deepEqual(paras(fixed), []);
    });

    it('renumbers only the section of the number reported', () => {
      const text = body('1.1 A.', '1.3 B.', '2.1 C.', '2.3 D.');
      const result = paras(text);
      assert.equal(applyFix(text, fixOf(result[1]!)), body('1.1 A.', '1.3 B.', '2.1 C.', '2.2 D.'));
      assert.equal(applyFix(text, fixOf(result[0]!)), body('1.1 A.', '1.2 B.', '2.1 C.', '2.3 D.'));
    });

    it('renumbers a numbered heading with the paragraphs', () => {
      const text = withBody('# Report\n\n## 2.1 Background\n\n2.1.1 A.\n\n## 2.3 Options\n\nB.\n');
      const fixed = applyFix(text, fixOf(single(paras(text))));
      assert.equal(fixed, withBody('# Report\n\n## 2.1 Background\n\n2.1.1 A.\n\n## 2.2 Options\n\nB.\n'));
    });

    it("renumbers a minute's own numbers and leaves the numbers it quotes as printed", () => {
      const text = withBody(
        '# Cabinet\n\n## 21. Home Care\n\n21.1 Resolved that:\n\n1.1 Approve.\n\n1.5 Delegate.\n\n21.3 Ended.\n',
      );
      const fixed = applyFix(text, fixOf(single(paras(text, { name: 'a.minutes.md' }))));
      assert.equal(fixed, text.replace('21.3', '21.2'));
    });

    it('keeps a number run into its word as it is, changing only the digits', () => {
      const text = body('3.1 A.', '3.3B.');
      const result = paras(text);
      assert.equal(applyFix(text, fixOf(result[1]!)), body('3.1 A.', '3.2B.'));
    });

    it('is not offered where renumbering one section cannot help: a whole section missing, or a number that belongs elsewhere', () => {
      const missingSection = single(paras(body('2.1 A.', '2.2 B.', '4.1 C.', '4.2 D.')));
      assert.equal(missingSection.fixes, undefined);
      const elsewhere = single(paras(body('2.1 A.', '2.2 B.', '3.1 C.', '2.3 D.')));
      assert.match(elsewhere.message, /out of order/);
      assert.equal(elsewhere.fixes, undefined);
      const duplicateElsewhere = single(paras(body('2.1 A.', '2.2 B.', '3.1 C.', '2.2 D.')));
      assert.match(duplicateElsewhere.message, /numbered twice/);
      assert.equal(duplicateElsewhere.fixes, undefined);
    });

    it('is offered in a section after a missing one for its own gap, but not for the missing section', () => {
      const text = body('2.1 A.', '2.2 B.', '4.1 C.', '4.3 D.');
      const [first, second] = paras(text);
      assert.match(first!.message, /^Paragraph 4\.1 follows 2\.2: 3 is missing\./);
      assert.equal(first!.fixes, undefined);
      assert.equal(applyFix(text, fixOf(second!)), body('2.1 A.', '2.2 B.', '4.1 C.', '4.2 D.'));
    });

    it('is not offered on a section longer than any real one, whose edits every number would carry', () => {
      const parts = Array.from({ length: 600 }, (_, index) => `1.${index + 1} Text.`);
      parts[300] = '1.999 Text.';
      const result = paras(body(...parts));
      assert.ok(result.length > 0);
      assert.ok(result.every((diagnostic) => diagnostic.fixes === undefined));
    });
  });

  it('positions diagnostics correctly in CRLF text', () => {
    const text = body('2.1 A.', '2.3 C.', '2.4. D.', '2.5Text.').replace(/\n/g, '\r\n');
    const result = paras(text);
    assert.deepEqual(
      result.map((d) => span(d.range)),
      [spanOf(text, '2.3'), spanOf(text, '2.4.'), spanOf(text, '2.5')],
    );
    assert.equal(applyFix(text, onlyFix(result[2]!)), text.replace('2.5Text', '2.5 Text'));
  });

  it('counts columns in UTF-16 units after non-ASCII text', () => {
    const heading = withBody('# 😀 Report – Über\n\n### 2.1 Über 😀\n\n2.1.1 Ärger 😀 💷.\n\n### 2.3 😀 Ärger\n');
    assert.deepEqual(brief(paras(heading)), [`para-sequence ${spanOf(heading, '2.3')}`]);
    const text = withBody('# 😀 Report\n\n1.1 Über 😀.\n\n1.3Ärger 😀.\n');
    const result = paras(text);
    assert.deepEqual(brief(result), [`para-sequence ${spanOf(text, '1.3')}`, `para-sequence ${spanOf(text, '1.3')}`]);
    assert.equal(applyFix(text, onlyFix(result[0]!)), text.replace('1.3Ärger', '1.3 Ärger'));
  });

  it('does not take a number after non-ASCII text at the start of a paragraph as a paragraph number', () => {
    assert.deepEqual(paras(body('1.1 A.', '😀 1.7 B.', '– 1.9 C.', '1.2 D.')), []);
  });

  it('can be suppressed on the next line', () => {
    assert.deepEqual(paras(body('2.1 A.', '<!-- committee-reports-disable-next-line para-sequence -->\n2.3 C.')), []);
  });

  it('checks a 20,000-line document in one linear pass', () => {
    const parts: string[] = [];
    for (let section = 1; section <= 100; section++)
      for (let para = 1; para <= 100; para++) parts.push(`${section}.${para} Text of the paragraph.`);
    const started = Date.now();
    assert.deepEqual(paras(body(...parts)), []);
    assert.ok(Date.now() - started < 5000);
  });

  it('finds nothing in the valid documents of the test support', () => {
    assert.deepEqual(paras(report()), []);
    assert.deepEqual(paras(scrutiny(), { name: 'transport.report.md' }), []);
    assert.deepEqual(paras(minutes(), { name: 'scrutiny-2026-03-12.minutes.md' }), []);
  });

  describe('the samples', () => {
    it('finds the samples to check: five or more, and the draft', () => {
      assert.ok(Object.keys(cleanSamples()).length >= 5);
      assert.ok(readSample(DRAFT_SAMPLE).length > 0);
    });

    for (const [file, text] of Object.entries(cleanSamples())) {
      it(`finds nothing in ${file}`, () => {
        assert.deepEqual(brief(paras(text, { name: path.basename(file) })), []);
      });
    }

    it('reports paragraph 3.4 after 3.2 in the draft, and nothing else', () => {
      const file = DRAFT_SAMPLE;
      const text = readSample(file);
      const diagnostic = single(paras(text, { name: path.basename(file) }));
      assert.equal(span(diagnostic.range), spanIn(text, '3.4 The findings', '3.4'));
      assert.match(diagnostic.message, /^Paragraph 3\.4 follows 3\.2: 3\.3 is missing\./);
    });
  });
});
