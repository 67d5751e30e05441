import * as assert from 'node:assert/strict';
import { checkFor, lineNumberOf, lineSpan, report, scrutiny, single, span } from '../support';

/** The span of the line that is exactly `body`. */
const lineOf = (text: string, body: string) => lineSpan(text, lineNumberOf(text, body));

const bare = (text: string, config?: string) => checkFor('section-none-without-reason', text, config === undefined ? {} : { config });

describe('section-none-without-reason', () => {
  it('is quiet when the duty sections give reasons', () => {
    assert.deepEqual(bare(report()), []);
    assert.deepEqual(bare(scrutiny()), []);
  });

  it('reports a bare None in the Equality Duty as an error on the text, not the heading', () => {
    const text = report({ sections: { 'Equality Duty': 'None.' } });
    const diagnostic = single(bare(text));
    assert.equal(diagnostic.severity, 'error');
    assert.equal(span(diagnostic.range), lineOf(text, 'None.'));
    assert.match(diagnostic.message, /^'Equality Duty' says only 'None\.': state why there are no implications/);
  });

  for (const negative of ['N/A', 'Not applicable.', '**None.**', 'None identified.', 'there are none', 'No implications', 'Nil.', 'na', 'None arising']) {
    it(`reports '${negative}' as a bare negative`, () => {
      const text = report({ sections: { 'Human Rights Implications': negative } });
      assert.equal(span(single(bare(text)).range), lineOf(text, negative));
    });
  }

  it('accepts None followed by a reason', () => {
    assert.deepEqual(bare(report({ sections: { 'Equality Duty': 'None – the proposal changes no service.' } })), []);
    assert.deepEqual(bare(report({ sections: { 'Equality Duty': 'None: the proposal changes no service.' } })), []);
  });

  it('accepts a reason given in a second paragraph', () => {
    assert.deepEqual(bare(report({ sections: { 'Crime and Disorder Implications': 'None.\n\nThe change affects opening hours only.' } })), []);
  });

  it('reports each duty section that has a bare negative', () => {
    const text = report({ sections: { 'Equality Duty': 'None.', 'Crime and Disorder Implications': 'N/A', 'Human Rights Implications': 'Nil' } });
    assert.deepEqual(bare(text).map((diagnostic) => span(diagnostic.range)), [lineOf(text, 'None.'), lineOf(text, 'N/A'), lineOf(text, 'Nil')]);
  });

  it('reports a bare negative in Other Options Considered', () => {
    const text = scrutiny({ sections: { 'Other Options Considered': 'None.' } });
    assert.equal(single(bare(text)).message.startsWith("'Other Options Considered' says only"), true);
  });

  it('covers only the text when a comment comes before it', () => {
    const text = report({ sections: { 'Equality Duty': '<!-- checked by the equality officer -->\nNone.' } });
    assert.equal(span(single(bare(text)).range), lineOf(text, 'None.'));
  });

  it('covers a bare negative written over two lines of a CRLF document, without the line endings', () => {
    const text = report({ sections: { 'Human Rights Implications': 'Not\napplicable.' } }).replace(/\n/g, '\r\n');
    const line = lineNumberOf(text, 'Not');
    assert.equal(span(single(bare(text)).range), `${line}:0-${line + 1}:11`);
  });

  it('does not report a section whose policy allows a bare negative', () => {
    assert.deepEqual(bare(report({ sections: { Consultation: 'None.', 'Background Papers': 'None.' } })), []);
  });

  it('does not report a section that needs substance; section-empty does', () => {
    assert.deepEqual(bare(report({ sections: { Summary: 'None.' } })), []);
  });

  it('does not report an empty duty section; section-empty does', () => {
    assert.deepEqual(bare(report({ sections: { 'Equality Duty': '' } })), []);
  });

  it('applies to a section a config template gives the with-reason policy', () => {
    const config = 'templates:\n  report:\n    sections:\n      - { title: Wellbeing Implications, none: with-reason }\n';
    const text = report({ sections: { 'Wellbeing Implications': 'Nil.' } });
    assert.equal(span(single(bare(text, config)).range), lineOf(text, 'Nil.'));
  });

  it('follows a config that relaxes a duty section to allowed', () => {
    const config = 'templates:\n  report:\n    sections:\n      - { title: Equality Duty, none: allowed }\n';
    assert.deepEqual(bare(report({ sections: { 'Equality Duty': 'None.' } }), config), []);
  });
});
