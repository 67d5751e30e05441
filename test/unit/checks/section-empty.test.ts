import * as assert from 'node:assert/strict';
import { checkFor, lineNumberOf, lineSpan, minutes, report, scrutiny, single, span, spanOf } from '../support';

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
    const text = report().replace('## Background\n\nVisits fell by a fifth between 2019 and 2025, most of all on weekday mornings.\n', '### Background\n\n## Interlude\n\nVisits fell.\n');
    assert.equal(span(single(empty(text)).range), spanOf(text, '### Background'));
  });

  it('counts an HTML comment alone as no text', () => {
    const text = report({ sections: { Background: '<!-- to be written by the service -->' } });
    assert.equal(span(single(empty(text)).range), spanOf(text, '## Background'));
  });

  it('covers the text of a setext heading, not its underline', () => {
    const text = report().replace('## Background\n\nVisits fell by a fifth between 2019 and 2025, most of all on weekday mornings.\n', 'Background\n----------\n');
    assert.equal(span(single(empty(text)).range), lineSpan(text, lineNumberOf(text, 'Background')));
  });

  it('starts the range at the heading mark when the heading is indented', () => {
    const text = report({ sections: { Background: '' } }).replace('## Background', '  ## Background');
    assert.equal(span(single(empty(text)).range), spanOf(text, '## Background'));
  });

  describe('a bare negative where the section needs substance (none: never)', () => {
    for (const bare of ['None.', 'N/A', 'n/a', '*Not applicable*', 'Nil', 'NONE', 'None arising.', 'None identified', 'No implications.', 'There are none.', 'NA']) {
      it(`reports '${bare}' alone in the Summary`, () => {
        const text = report({ sections: { Summary: bare } });
        const diagnostic = single(empty(text));
        assert.equal(span(diagnostic.range), spanOf(text, '## Summary'));
        assert.match(diagnostic.message, /says only .*: it needs substance/);
      });
    }

    it('does not report a negative that goes on to give substance', () => {
      assert.deepEqual(empty(report({ sections: { Summary: 'None of the libraries will close; opening hours change.' } })), []);
    });

    it('reports a bare negative in a never section of minutes', () => {
      const text = minutes({ sections: { 'Minutes of the Previous Meeting': 'None.' } });
      assert.equal(span(single(empty(text, 'a.minutes.md')).range), spanOf(text, '## Minutes of the Previous Meeting'));
    });

    it('reports a bare negative in the Findings of a scrutiny report', () => {
      const text = scrutiny({ sections: { Findings: 'None.', Recommendations: 'That the Committee notes the report.' } });
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
});
