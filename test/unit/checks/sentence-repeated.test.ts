import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  applyFix,
  brief,
  checkDocuments,
  checkFor,
  minutes,
  onlyFix,
  report,
  scrutiny,
  single,
  span,
  spanOf,
  withBody,
  cleanSamples,
  DRAFT_SAMPLE,
  readSample,
} from '../support';

const repeated = (text: string, name = 'a.report.md') => checkFor('sentence-repeated', text, { name });
const body = (text: string) => withBody(`# Report\n\n${text}\n`);

const SENTENCE = 'The Council agreed the budget for next year.';

describe('sentence-repeated', () => {
  describe('the same sentence twice in a row', () => {
    it('reports the second copy in one paragraph, as info, naming the line of the first', () => {
      const text = body(`Members discussed the report. ${SENTENCE} ${SENTENCE} The meeting ended.`);
      const diagnostic = single(repeated(text));
      assert.equal(diagnostic.severity, 'info');
      assert.equal(span(diagnostic.range), spanOf(text, SENTENCE, 2));
      assert.equal(diagnostic.message, 'This sentence repeats the one before it (line 8): delete one of them.');
    });

    it('reports a sentence repeated across a paragraph break', () => {
      const text = body(`Members discussed the report. ${SENTENCE}\n\n${SENTENCE} The meeting ended.`);
      assert.equal(span(single(repeated(text)).range), spanOf(text, SENTENCE, 2));
    });

    it('reports the next list item repeating the one before', () => {
      const text = body(`- ${SENTENCE}\n- ${SENTENCE}\n- The meeting ended at noon.`);
      assert.equal(span(single(repeated(text)).range), spanOf(text, SENTENCE, 2));
    });

    it('compares ignoring case, white space, line breaks and emphasis marks', () => {
      const text = body(
        'The **Council** agreed the budget for next year. THE council  agreed the\nbudget for _next_ year.',
      );
      assert.equal(
        span(single(repeated(text)).range),
        spanOf(text, 'THE council  agreed the\nbudget for _next_ year.'),
      );
    });

    it('reads a paragraph number apart from the sentence: 3.1 and 3.2 with the same text are a repeat', () => {
      const text = body(`3.1 ${SENTENCE}\n\n3.2 ${SENTENCE}`);
      assert.equal(span(single(repeated(text)).range), spanOf(text, SENTENCE, 2));
    });

    it('reads a sentence in a block quote, across its lines', () => {
      const text = body(`> ${SENTENCE} The Council agreed\n> the budget for next year.`);
      assert.equal(single(repeated(text)).range.start.line, 7);
    });
  });

  describe('where a sentence ends', () => {
    it('does not end a sentence at a title, an initial, M.P., No., a time or a figure', () => {
      for (const sentence of [
        'Dr. Ian Johnson gave his apologies for the meeting.',
        'The Chair welcomed Cllr. Jones and Mr. Patel to the meeting.',
        'Mr J. Smith M.P. and Mrs K. Brown O.B.E. were present throughout.',
        'The petition was referred to Agenda Item No. 6 for debate.',
        'The meeting started at 3.00 pm. and ended at 4.30 pm.',
        'The scheme will cost £1.5m over the next three years.',
        'The figures, e.g. Table 3, were agreed by the members present.',
      ]) {
        const text = body(`${sentence} ${sentence}`);
        const diagnostic = single(repeated(text));
        assert.equal(span(diagnostic.range), spanOf(text, sentence, 2), sentence);
      }
    });

    it('ends a sentence at a question mark, an exclamation mark and a stop inside quotes or brackets', () => {
      for (const sentence of [
        'Will the Council agree the budget for next year?',
        'The Council agreed the budget for next year!',
        '"The Council agreed the budget for next year."',
        '(The Council agreed the budget for next year.)',
      ]) {
        const text = body(`${sentence} ${sentence}`);
        assert.equal(span(single(repeated(text)).range), spanOf(text, sentence, 2), sentence);
      }
    });

    it('ends a sentence at a hard line break', () => {
      const text = body(`${SENTENCE}\\\n${SENTENCE}`);
      assert.equal(span(single(repeated(text)).range), spanOf(text, SENTENCE, 2));
    });

    it('does not end a sentence before a small letter', () => {
      // "approx." and "cont." are not sentence ends here, so the two halves are one sentence each time.
      const text = body(
        'The cost is approx. five million pounds a year. The cost is approx. five million pounds a year.',
      );
      assert.equal(
        span(single(repeated(text)).range),
        spanOf(text, 'The cost is approx. five million pounds a year.', 2),
      );
    });

    it('does not take a stop in a code span or an HTML comment for a sentence end', () => {
      const text = body('Run `make. All` on the server every day. Run `make. All` on the server every day.');
      assert.equal(span(single(repeated(text)).range), spanOf(text, 'Run `make. All` on the server every day.', 2));
    });
  });

  describe('what is not a slip', () => {
    it('is quiet on a formula that ends two adjacent paragraphs about different people', () => {
      const text = body(
        'Councillor Anderson declared a non-pecuniary interest in that a family member received care. She would remain in the room whilst the matter was considered and voted upon.\n\n' +
          'Councillor Lammiman, who was not a member of Cabinet, declared a non-pecuniary interest. She would remain in the room whilst the matter was considered and voted upon.',
      );
      assert.deepEqual(repeated(text, 'a.minutes.md'), []);
    });

    it("is quiet on a front sheet's summary repeated as section 1, with a table and a heading between", () => {
      const summary =
        'A report covering the emerging Playable Spaces Strategy which also seeks approval for a refurbishment.';
      const text = withBody(
        `# Playable Spaces\n\n**Summary statement:**\n\n${summary}\n\n| Portfolio: | |\n|---|---|\n| Healthy People | |\n\n## 1. SUMMARY\n\n${summary}\n`,
      );
      assert.deepEqual(repeated(text), []);
    });

    it('is quiet when a heading, a table, a code block, an HTML block or a comment stands between the copies', () => {
      for (const between of [
        '## Background',
        '| a | b |\n|---|---|\n| 1 | 2 |',
        '```\ncode\n```',
        '<div>\nx\n</div>',
        '<!-- note -->',
        '---',
      ]) {
        assert.deepEqual(repeated(body(`${SENTENCE}\n\n${between}\n\n${SENTENCE}`)), [], between);
      }
    });

    it('is quiet on the same sentence with another between', () => {
      assert.deepEqual(repeated(body(`${SENTENCE} The meeting ended. ${SENTENCE}`)), []);
    });

    it('reports six words or more, not five', () => {
      assert.equal(
        repeated(body('The Council agreed the budget today. The Council agreed the budget today.')).length,
        1,
      );
      assert.deepEqual(repeated(body('The Council agreed the budget. The Council agreed the budget.')), []);
      assert.deepEqual(repeated(body('Noted. Noted.')), []);
    });

    it('is quiet on headings and on table cells that repeat', () => {
      assert.deepEqual(repeated(withBody(`# Report\n\n## ${SENTENCE}\n\n## ${SENTENCE}\n`)), []);
      assert.deepEqual(repeated(body(`| Option | Effect |\n|---|---|\n| ${SENTENCE} ${SENTENCE} | x |`)), []);
    });

    it('is quiet on sentences that differ only inside code spans', () => {
      assert.deepEqual(repeated(body('Set `alpha` on the server every day. Set `omega` on the server every day.')), []);
    });
  });

  describe("the quick fix 'Delete the repeated sentence'", () => {
    it('deletes the second copy and the space before it, within a paragraph, and is not safe', () => {
      const text = body(`${SENTENCE} ${SENTENCE} The meeting ended.`);
      const fix = onlyFix(single(repeated(text)));
      assert.equal(fix.title, 'Delete the repeated sentence');
      assert.equal(fix.safe, false);
      const fixed = applyFix(text, fix);
      assert.equal(fixed, body(`${SENTENCE} The meeting ended.`));
      assert.deepEqual(repeated(fixed), []);
    });

    it('deletes a paragraph that is only the copy, with the blank line before it', () => {
      const text = body(`Members discussed it. ${SENTENCE}\n\n${SENTENCE}\n\nThe meeting ended.`);
      assert.equal(
        applyFix(text, onlyFix(single(repeated(text)))),
        body(`Members discussed it. ${SENTENCE}\n\nThe meeting ended.`),
      );
    });

    it('deletes a copy that opens a paragraph up to the next sentence, keeping the paragraph number', () => {
      const text = body(`3.1 ${SENTENCE}\n\n3.2 ${SENTENCE} The meeting ended.`);
      assert.equal(applyFix(text, onlyFix(single(repeated(text)))), body(`3.1 ${SENTENCE}\n\n3.2 The meeting ended.`));
    });

    it('deletes a repeated list item', () => {
      const text = body(`- ${SENTENCE}\n- ${SENTENCE}\n- The meeting ended at noon.`);
      assert.equal(
        applyFix(text, onlyFix(single(repeated(text)))),
        body(`- ${SENTENCE}\n- The meeting ended at noon.`),
      );
    });

    it('keeps CRLF line endings and gives exact positions in CRLF text', () => {
      const text = body(`Members discussed it. ${SENTENCE}\n\n${SENTENCE}\n\nThe meeting ended.`).replace(
        /\n/g,
        '\r\n',
      );
      const diagnostic = single(repeated(text));
      assert.equal(span(diagnostic.range), spanOf(text, SENTENCE, 2));
      assert.equal(
        applyFix(text, onlyFix(diagnostic)),
        body(`Members discussed it. ${SENTENCE}\n\nThe meeting ended.`).replace(/\n/g, '\r\n'),
      );
    });
  });

  it('counts columns in UTF-16 units after non-ASCII text', () => {
    const sentence = 'Le café 😀 a été approuvé par le conseil municipal.';
    const text = body(`Über 😀. ${sentence} ${sentence}`);
    assert.equal(span(single(repeated(text)).range), spanOf(text, sentence, 2));
  });

  it('can be suppressed on the next line', () => {
    const text = body(`<!-- committee-reports-disable-next-line sentence-repeated -->\n${SENTENCE} ${SENTENCE}`);
    assert.deepEqual(repeated(text), []);
    assert.equal(repeated(text.replace('disable-next-line sentence-repeated', 'note')).length, 1);
  });

  describe('valid documents', () => {
    it('finds nothing in the valid report, scrutiny report and minutes', () => {
      assert.deepEqual(repeated(report()), []);
      assert.deepEqual(repeated(scrutiny()), []);
      assert.deepEqual(repeated(minutes(), 'a.minutes.md'), []);
    });

    it('finds nothing in the samples, the draft included', () => {
      const samples = { ...cleanSamples(), [DRAFT_SAMPLE]: readSample(DRAFT_SAMPLE) };
      for (const [name, diagnostics] of Object.entries(checkDocuments(samples))) {
        assert.deepEqual(brief(diagnostics.filter((d) => d.code === 'sentence-repeated')), [], path.basename(name));
      }
    });
  });
});
