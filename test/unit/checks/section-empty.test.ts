import * as assert from 'node:assert/strict';
import { combining, wordingOf } from '../combined-support';
import {
  applyFix,
  checkFor,
  lineNumberOf,
  lineSpan,
  minutes,
  onlyFix,
  report,
  scrutiny,
  single,
  span,
  spanOf,
} from '../support';

const empty = (text: string, name = 'a.report.md') => checkFor('section-empty', text, { name });

describe('section-empty', () => {
  it('is quiet when every template section has text', () => {
    assert.deepEqual(empty(report()), []);
  });

  it('reports a required section with no text as an error on its heading', () => {
    const text = report({ sections: { Background: '' } });
    const diagnostic = single(empty(text));
    assert.equal(diagnostic.severity, 'error');
    assert.equal(span(diagnostic.range), spanOf(text, '## Background'));
    assert.match(diagnostic.message, /^The 'Background' section is empty/);
  });

  it('reports an optional section that is present but empty', () => {
    const text = report({ sections: { 'Social Value': '' } });
    assert.equal(span(single(empty(text)).range), spanOf(text, '## Social Value'));
  });

  it('reports a section whose policy allows None when it has no text at all', () => {
    const text = report({ sections: { Consultation: '' } });
    assert.equal(span(single(empty(text)).range), spanOf(text, '## Consultation'));
  });

  it('reports a section at the end of the document with nothing after its heading', () => {
    const text = report({ sections: { 'Background Papers': null } }) + '\n## Background Papers\n';
    assert.equal(span(single(empty(text)).range), spanOf(text, '## Background Papers'));
  });

  it('does not count sub-headings alone as text', () => {
    const text = report({ sections: { Background: '### History\n\n### Current position' } });
    assert.equal(span(single(empty(text)).range), spanOf(text, '## Background'));
  });

  it('counts text under a sub-heading as the section’s text', () => {
    assert.deepEqual(empty(report({ sections: { Background: '### History\n\nVisits fell by a fifth.' } })), []);
  });

  it('ends a section at the next heading of the same level, so its text is not the next section’s', () => {
    const text = report({ sections: { Background: '' } });
    assert.equal(empty(text).length, 1);
  });

  it('ends a section at a heading of a higher level', () => {
    const text = report().replace(
      '## Background\n\nVisits fell by a fifth between 2019 and 2025, most of all on weekday mornings.\n',
      '### Background\n\n## Interlude\n\nVisits fell.\n',
    );
    assert.equal(span(single(empty(text)).range), spanOf(text, '### Background'));
  });

  it('counts an HTML comment alone as no text', () => {
    const text = report({ sections: { Background: '<!-- to be written by the service -->' } });
    assert.equal(span(single(empty(text)).range), spanOf(text, '## Background'));
  });

  it('covers the text of a setext heading, not its underline', () => {
    const text = report().replace(
      '## Background\n\nVisits fell by a fifth between 2019 and 2025, most of all on weekday mornings.\n',
      'Background\n----------\n',
    );
    assert.equal(span(single(empty(text)).range), lineSpan(text, lineNumberOf(text, 'Background')));
  });

  it('starts the range at the heading mark when the heading is indented', () => {
    const text = report({ sections: { Background: '' } }).replace('## Background', '  ## Background');
    assert.equal(span(single(empty(text)).range), spanOf(text, '## Background'));
  });

  describe('a bare negative where the section needs substance (none: never)', () => {
    for (const bare of [
      'None.',
      'N/A',
      'n/a',
      '*Not applicable*',
      'Nil',
      'NONE',
      'None arising.',
      'None identified',
      'No implications.',
      'There are none.',
      'NA',
    ]) {
      it(`reports '${bare}' alone in the Summary`, () => {
        const text = report({ sections: { Summary: bare } });
        const diagnostic = single(empty(text));
        assert.equal(span(diagnostic.range), spanOf(text, '## Summary'));
        assert.match(diagnostic.message, /says only .*: it needs substance/);
      });
    }

    it('does not report a negative that goes on to give substance', () => {
      assert.deepEqual(
        empty(report({ sections: { Summary: 'None of the libraries will close; opening hours change.' } })),
        [],
      );
    });

    it('reports a bare negative in a never section of minutes', () => {
      const text = minutes({ sections: { 'Minutes of the Previous Meeting': 'None.' } });
      assert.equal(span(single(empty(text, 'a.minutes.md')).range), spanOf(text, '## Minutes of the Previous Meeting'));
    });

    it('reports a bare negative in the Findings of a scrutiny report', () => {
      const text = scrutiny({
        sections: { Findings: 'None.', Recommendations: 'That the Committee notes the report.' },
      });
      assert.equal(span(single(empty(text)).range), spanOf(text, '## Findings'));
    });
  });

  it('does not report a bare negative where the policy allows it', () => {
    assert.deepEqual(empty(report({ sections: { Consultation: 'None.', 'Financial Implications': 'N/A' } })), []);
  });

  it('leaves a bare negative in a section that needs a reason to section-none-without-reason', () => {
    assert.deepEqual(empty(report({ sections: { 'Equality Duty': 'None.' } })), []);
  });

  it('does not report headings that name no template section', () => {
    assert.deepEqual(empty(report({ append: '## Next Steps\n' })), []);
  });

  describe('the quick fix for a bare negative', () => {
    it('replaces exactly the bare text with the section’s standard wording, not marked safe', () => {
      const text = report({ sections: { Summary: 'None.' } });
      const fix = onlyFix(single(empty(text)));
      assert.equal(fix.title, "Replace 'None.' with the standard wording");
      assert.equal(fix.safe, false);
      assert.equal(
        applyFix(text, fix),
        text.replace('## Summary\n\nNone.\n', `## Summary\n\n${wordingOf('Summary')}\n`),
      );
    });

    it('keeps the paragraph number before the bare text', () => {
      const text = report({ sections: { Summary: '1.1 None – see below.' } });
      const fixed = applyFix(text, onlyFix(single(empty(text))));
      assert.ok(fixed.includes(`## Summary\n\n1.1 ${wordingOf('Summary')}\n`), fixed);
    });

    it('offers no fix for a section with no text at all', () => {
      assert.equal(single(empty(report({ sections: { Background: '' } }))).fixes, undefined);
    });
  });

  describe('a combined heading', () => {
    it('is reported once when empty, naming the sections it stands for', () => {
      const text = combining('Summary and Recommendations', ['Summary', 'Recommendations'], '');
      const diagnostic = single(empty(text));
      assert.equal(span(diagnostic.range), spanOf(text, '## Summary and Recommendations'));
      assert.equal(
        diagnostic.message,
        "'Summary and Recommendations' (the 'Summary' and 'Recommendations' sections) is empty: write them, or remove the heading if the sections are optional.",
      );
    });

    it('names the one section a heading with the author’s own words stands for', () => {
      const text = combining('Summary and Purpose', ['Summary'], '');
      assert.match(single(empty(text)).message, /^'Summary and Purpose' \(the 'Summary' section\) is empty: write it/);
    });

    it('is quiet when it has text, which serves each of its sections', () => {
      assert.deepEqual(
        empty(
          combining(
            'Summary and Recommendations',
            ['Summary', 'Recommendations'],
            'That the Cabinet approves the new hours.',
          ),
        ),
        [],
      );
    });

    it('is reported once for a bare negative when one of its sections needs substance, naming that one', () => {
      const text = combining(
        'Recommendations and Financial Implications',
        ['Recommendations', 'Financial Implications'],
        'None.',
      );
      const diagnostic = single(empty(text));
      assert.equal(
        diagnostic.message,
        "'Recommendations and Financial Implications' (the 'Recommendations' and 'Financial Implications' sections) says only 'None.': 'Recommendations' needs substance.",
      );
    });

    it('replaces a bare negative with the standard wording of each of its sections', () => {
      const text = combining('Summary and Recommendations', ['Summary', 'Recommendations'], 'None.');
      const fixed = applyFix(text, onlyFix(single(empty(text))));
      assert.ok(
        fixed.includes(
          `## Summary and Recommendations\n\n${wordingOf('Summary')}\n\n${wordingOf('Recommendations')}\n`,
        ),
        fixed,
      );
    });

    it('does not report a bare negative under a heading whose sections all allow it', () => {
      assert.deepEqual(
        empty(combining('Financial and Legal Implications', ['Financial Implications', 'Legal Implications'], 'None.')),
        [],
      );
    });
  });

  describe('sections at any level', () => {
    it('reports an empty section written at level 4 under a heading of the author’s own', () => {
      const text = report({
        sections: { 'Legal Implications': null },
        append: '## Implications\n\n#### Legal Implications\n\n## Notes\n\nText.\n',
      });
      assert.equal(span(single(empty(text)).range), spanOf(text, '#### Legal Implications'));
    });

    it('counts text under a sub-heading two levels down as the section’s text', () => {
      assert.deepEqual(empty(report({ sections: { Background: '#### History\n\nVisits fell.' } })), []);
    });
  });
});
