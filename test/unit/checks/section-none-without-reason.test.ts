import * as assert from 'node:assert/strict';
import { combining, wordingOf } from '../combined-support';
import {
  applyFix,
  checkFor,
  lineNumberOf,
  lineSpan,
  onlyFix,
  report,
  scrutiny,
  single,
  span,
  spanOf,
} from '../support';

/** The span of the line that is exactly `body`. */
const lineOf = (text: string, body: string) => lineSpan(text, lineNumberOf(text, body));

const bare = (text: string, config?: string) =>
  checkFor('section-none-without-reason', text, config === undefined ? {} : { config });

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

  for (const negative of [
    'N/A',
    'Not applicable.',
    '**None.**',
    'None identified.',
    'there are none',
    'No implications',
    'Nil.',
    'na',
    'None arising',
  ]) {
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
    assert.deepEqual(
      bare(
        report({ sections: { 'Crime and Disorder Implications': 'None.\n\nThe change affects opening hours only.' } }),
      ),
      [],
    );
  });

  it('reports each duty section that has a bare negative', () => {
    const text = report({
      sections: {
        'Equality Duty': 'None.',
        'Crime and Disorder Implications': 'N/A',
        'Human Rights Implications': 'Nil',
      },
    });
    assert.deepEqual(
      bare(text).map((diagnostic) => span(diagnostic.range)),
      [lineOf(text, 'None.'), lineOf(text, 'N/A'), lineOf(text, 'Nil')],
    );
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
    const config =
      'templates:\n  report:\n    sections:\n      - { title: Wellbeing Implications, none: with-reason }\n';
    const text = report({ sections: { 'Wellbeing Implications': 'Nil.' } });
    assert.equal(span(single(bare(text, config)).range), lineOf(text, 'Nil.'));
  });

  it('follows a config that relaxes a duty section to allowed', () => {
    const config = 'templates:\n  report:\n    sections:\n      - { title: Equality Duty, none: allowed }\n';
    assert.deepEqual(bare(report({ sections: { 'Equality Duty': 'None.' } }), config), []);
  });

  it('reports a numbered bare negative on the text after its number', () => {
    const text = report({ sections: { 'Equality Duty': '10.1 None.' } });
    const diagnostic = single(bare(text));
    assert.equal(span(diagnostic.range), spanOf(text, 'None.'));
    assert.match(diagnostic.message, /^'Equality Duty' says only 'None\.'/);
  });

  it('reports a bare negative followed only by a vague pointer', () => {
    const text = report({ sections: { 'Human Rights Implications': 'None – see above.' } });
    assert.equal(span(single(bare(text)).range), lineOf(text, 'None – see above.'));
  });

  describe('the quick fix', () => {
    it('replaces exactly the bare text with the standard wording, which holds a fill-in, not marked safe', () => {
      const text = report({ sections: { 'Crime and Disorder Implications': '6.1 None because …' } });
      const fix = onlyFix(single(bare(text)));
      assert.equal(fix.title, "Replace 'None because …' with the standard wording");
      assert.equal(fix.safe, false);
      assert.equal(
        applyFix(text, fix),
        text.replace('6.1 None because …', `6.1 ${wordingOf('Crime and Disorder Implications')}`),
      );
    });

    it('uses the wording a config template gives the section', () => {
      const config =
        'templates:\n  report:\n    sections:\n      - { title: Wellbeing Implications, none: with-reason, wording: "[Insert the effect on wellbeing]" }\n';
      const text = report({ sections: { 'Wellbeing Implications': 'Nil.' } });
      assert.equal(
        applyFix(text, onlyFix(single(bare(text, config)))),
        text.replace('Nil.', '[Insert the effect on wellbeing]'),
      );
    });

    it('offers no fix when the bare negative is written on both sides of a sub-heading', () => {
      const text = report({ sections: { 'Equality Duty': 'None.\n\n### Note\n\nSee above.' } });
      assert.deepEqual(single(bare(text)).fixes, undefined);
    });

    it('keeps CRLF line endings in the wording of a combined heading', () => {
      const text = combining(
        'Equality and Human Rights Implications',
        ['Equality Duty', 'Human Rights Implications'],
        'None.',
      ).replace(/\n/g, '\r\n');
      const fixed = applyFix(text, onlyFix(single(bare(text))));
      const wordings = [wordingOf('Equality Duty'), wordingOf('Human Rights Implications')].map((wording) =>
        wording.replace(/\n/g, '\r\n'),
      );
      assert.ok(fixed.includes(`\r\n\r\n${wordings[0]}\r\n\r\n${wordings[1]}\r\n`), fixed);
    });
  });

  describe('a combined heading', () => {
    it('is reported once for a bare negative, naming the duties that need a reason', () => {
      const text = combining(
        'Equality and Crime and Disorder Implications',
        ['Equality Duty', 'Crime and Disorder Implications'],
        'None.',
      );
      const diagnostic = single(bare(text));
      assert.equal(span(diagnostic.range), lineOf(text, 'None.'));
      assert.match(
        diagnostic.message,
        /^'Equality and Crime and Disorder Implications' says only 'None\.': state why there are no implications for 'Equality Duty' and 'Crime and Disorder Implications'/,
      );
    });

    it('holds a heading to its strictest section: a duty combined with a section that allows None still needs the reason', () => {
      const text = combining('Financial and Equality Implications', ['Financial Implications', 'Equality Duty'], 'N/A');
      assert.match(single(bare(text)).message, /no implications for 'Equality Duty'/);
    });

    it('leaves a heading that also holds a section needing substance to section-empty', () => {
      const text = combining(
        'Recommendations and Equality Implications',
        ['Recommendations', 'Equality Duty'],
        'None.',
      );
      assert.deepEqual(bare(text), []);
      assert.equal(checkFor('section-empty', text).length, 1);
    });

    it('is quiet when the combined text gives a reason', () => {
      assert.deepEqual(
        bare(
          combining(
            'Equality and Human Rights Implications',
            ['Equality Duty', 'Human Rights Implications'],
            'None: the proposal changes no service.',
          ),
        ),
        [],
      );
    });
  });
});
