import * as assert from 'node:assert/strict';
import {
  applyFix,
  checkFor,
  checkDocuments,
  minutes,
  onlyFix,
  scrutiny,
  single,
  span,
  spanIn,
  spanOf,
  withCode,
} from '../support';

const unresolved = (text: string, config?: string) =>
  checkFor('ref-unresolved', text, config === undefined ? {} : { config });
/** A scrutiny report defining F1, F2, F3, F6 and R1, whose R1 cites `citation`. */
const citing = (citation: string) =>
  scrutiny({
    sections: {
      Findings:
        '**F1** a\n\n**F2** b\n\n**F3** c\n\n<!-- committee-reports-disable-next-line id-sequence -->\n**F6** f',
      Recommendations: `**R1** That the review go ahead ${citation}.`,
    },
  });

describe('ref-unresolved', () => {
  it('is quiet when every reference names a defined ID', () => {
    assert.deepEqual(unresolved(citing('[F1, F2-F3, F6, R1]')), []);
  });

  it('reports an undefined ID as an error over the whole bracket', () => {
    const text = citing('[F9]');
    const diagnostic = single(unresolved(text));
    assert.equal(diagnostic.severity, 'error');
    assert.equal(span(diagnostic.range), spanOf(text, '[F9]'));
  });

  it('suggests the defined ID of the same kind with the nearest number', () => {
    assert.equal(
      single(unresolved(citing('[F9]'))).message,
      'F9 is not defined in this document: did you mean F6? Correct the reference, or define F9 with **F9** at the start of a paragraph.',
    );
    assert.equal(
      single(unresolved(citing('[F4]'))).message,
      'F4 is not defined in this document: did you mean F3? Correct the reference, or define F4 with **F4** at the start of a paragraph.',
    );
  });

  it('prefers the lower number when two are equally near', () => {
    assert.match(single(unresolved(citing('[F5]'))).message, /did you mean F6\?/);
    const text = scrutiny({
      sections: { Findings: '**F1** a\n\n**F2** b\n\n**F4** d', Recommendations: '**R1** x [F1, F2, F3, F4].' },
    });
    assert.match(single(unresolved(text)).message, /did you mean F2\?/);
  });

  it('suggests nothing when no ID of that kind is defined, and says how to define it', () => {
    const text = scrutiny({ sections: { Recommendations: 'That the Committee notes [R2].' } });
    const diagnostic = single(unresolved(text));
    assert.equal(
      diagnostic.message,
      'R2 is not defined in this document: define it with **R2** at the start of a paragraph, or correct the reference.',
    );
    assert.equal(diagnostic.fixes, undefined);
  });

  it('suggests only IDs of the same kind', () => {
    const text = scrutiny({ sections: { Recommendations: 'That the Committee notes [F1, F2] and [R2].' } });
    assert.doesNotMatch(single(unresolved(text)).message, /did you mean/);
  });

  it('offers a fix that changes the ID to the suggestion', () => {
    const text = citing('[F9]');
    const fix = onlyFix(single(unresolved(text)));
    assert.equal(fix.title, 'Change to F6');
    assert.equal(fix.safe, false);
    assert.equal(applyFix(text, fix), citing('[F6]'));
  });

  it('covers the offending ID alone inside a list, and fixes only that ID', () => {
    const text = citing('[F1, F9, F3]');
    const diagnostic = single(unresolved(text));
    assert.equal(span(diagnostic.range), spanIn(text, '[F1, F9, F3]', 'F9'));
    assert.equal(applyFix(text, onlyFix(diagnostic)), citing('[F1, F6, F3]'));
  });

  it('covers the offending end alone inside a range', () => {
    const text = citing('[F6-F8]');
    assert.deepEqual(
      unresolved(text).map((diagnostic) => span(diagnostic.range)),
      [spanIn(text, '[F6-F8]', 'F6-F8'), spanIn(text, '[F6-F8]', 'F8')],
    );
  });

  it('covers the whole range for a missing ID between its ends, with no fix', () => {
    const text = citing('[F3-F6]');
    const diagnostics = unresolved(text);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.message.split(' ')[0]),
      ['F4', 'F5'],
    );
    for (const diagnostic of diagnostics) {
      assert.equal(span(diagnostic.range), spanIn(text, '[F3-F6]', 'F3-F6'));
      assert.equal(diagnostic.fixes, undefined);
    }
  });

  it('reports references wherever they stand, not only in definitions', () => {
    const text = scrutiny({ sections: { Background: 'As the group found [F8], costs rose.' } });
    assert.equal(span(single(unresolved(text)).range), spanOf(text, '[F8]'));
  });

  it('does not count a definition in a code block as defining the ID', () => {
    const text = scrutiny({ sections: { Background: '```\n**F7** example\n```\n\nSee [F7].' } });
    assert.equal(span(single(unresolved(text)).range), spanOf(text, '[F7]'));
  });

  it('resolves an ID of a kind the config adds', () => {
    const config = 'kinds:\n  A: action\n';
    assert.deepEqual(
      unresolved(citing('[F1]').replace('**R1** That', '**A1** Clerk to act.\n\n**R1** That [A1]'), config),
      [],
    );
  });

  describe('across documents', () => {
    const report = () => scrutiny({ frontMatter: { id: 'transport-tg' } });

    it('reports an ID the named document does not define, naming that document', () => {
      const text = minutes({ sections: { '5. Home to School Transport': '**R1** Endorses [transport-tg:R4].' } });
      const result = checkDocuments({ 'transport.report.md': report(), 'a.minutes.md': text });
      const diagnostic = single(withCode(result['a.minutes.md']!, 'ref-unresolved'));
      assert.equal(span(diagnostic.range), spanOf(text, '[transport-tg:R4]'));
      assert.equal(
        diagnostic.message,
        'R4 is not defined in transport-tg: did you mean R1? Correct the reference, or define R4 with **R4** at the start of a paragraph.',
      );
      assert.equal(applyFix(text, onlyFix(diagnostic)), text.replace('[transport-tg:R4]', '[transport-tg:R1]'));
    });

    it('covers the offending ID alone in a cross-document list', () => {
      const text = minutes({ sections: { '5. Home to School Transport': '**R1** Endorses [transport-tg:R1, F7].' } });
      const result = checkDocuments({ 'transport.report.md': report(), 'a.minutes.md': text });
      assert.equal(
        span(single(withCode(result['a.minutes.md']!, 'ref-unresolved')).range),
        spanIn(text, '[transport-tg:R1, F7]', 'F7'),
      );
    });

    it('does not look for an unprefixed ID in other documents', () => {
      const text = minutes({ sections: { '5. Home to School Transport': '**R1** Endorses [F1].' } });
      const result = checkDocuments({ 'transport.report.md': report(), 'a.minutes.md': text });
      assert.equal(span(single(withCode(result['a.minutes.md']!, 'ref-unresolved')).range), spanOf(text, '[F1]'));
    });

    it('leaves a reference to an unknown document to ref-unknown-document', () => {
      const text = minutes({ sections: { '5. Home to School Transport': '**R1** Endorses [nowhere:R1].' } });
      assert.deepEqual(withCode(checkDocuments({ 'a.minutes.md': text })['a.minutes.md']!, 'ref-unresolved'), []);
    });

    it('resolves a reference that names the citing document itself', () => {
      assert.deepEqual(
        unresolved(
          scrutiny({
            frontMatter: { id: 'transport-tg' },
            sections: { Recommendations: '**R1** x [transport-tg:F1, F2].' },
          }),
        ),
        [],
      );
    });
  });
});
