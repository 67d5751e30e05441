/**
 * docs/format.md, "When 'None' is enough", bare negatives: a section's whole text, less paragraph
 * numbering, punctuation, markup and case, that only says there is nothing;
 * alone, after a vague pointer, or with a "reason" that is still a fill-in.
 * Read here through the Equality Duty, whose policy (with-reason) reports a
 * bare negative as section-none-without-reason.
 */
import * as assert from 'node:assert/strict';
import { checkFor, report } from './support';

/** Whether the Equality Duty's text is read as a bare negative. */
function isBare(text: string): boolean {
  return checkFor('section-none-without-reason', report({ sections: { 'Equality Duty': text } })).length > 0;
}

describe('Bare negatives', () => {
  describe('the format’s list, alone', () => {
    const LIST = [
      'none',
      'n/a',
      'na',
      'nil',
      'no',
      'not applicable',
      'none arising',
      'none identified',
      'none known',
      'none at this stage',
      'none directly',
      'none arising from this report',
      'no implications',
      'no direct implications',
      'there are none',
    ];
    for (const negative of LIST) {
      it(`reads '${negative}' as bare, whatever its case and closing stop`, () => {
        assert.equal(isBare(negative), true);
        assert.equal(isBare(`${negative[0]!.toUpperCase()}${negative.slice(1)}.`), true);
        assert.equal(isBare(negative.toUpperCase()), true);
      });
    }
  });

  describe('punctuation, markup and numbering set aside', () => {
    for (const text of [
      '**None.**',
      '*Not applicable*',
      '_N/A_',
      '- None.',
      '> Nil',
      'N.A.',
      'None!',
      'None arising.\n',
    ]) {
      it(`reads '${text.trim()}' as bare`, () => assert.equal(isBare(text), true));
    }

    for (const text of [
      '10.1 None.',
      '3. Not applicable.',
      '(a) None',
      'iv) Nil.',
      '6.2.1 None identified.',
      '- 4.1 None.',
    ]) {
      it(`sets aside the paragraph number of '${text}'`, () => assert.equal(isBare(text), true));
    }

    it('reads a bare negative written over two lines as one', () => {
      assert.equal(isBare('Not\napplicable.'), true);
    });
  });

  describe('pointers', () => {
    for (const text of [
      'None – see above.',
      'None - see below',
      'N/A, as above.',
      'None. See above.',
      'Not applicable (see above).',
      '10.1 None – see above.',
    ]) {
      it(`reads a vague pointer as no reason: '${text}'`, () => assert.equal(isBare(text), true));
    }

    for (const text of [
      'None: see paragraph 4.3.',
      'None – see the Equality Impact Assessment at Appendix B.',
      'None, as set out in section 5.',
    ]) {
      it(`reads a specific pointer as a reason: '${text}'`, () => assert.equal(isBare(text), false));
    }
  });

  describe('reasons', () => {
    for (const text of [
      'None – the proposal changes no service.',
      'None: the proposal changes no service.',
      'None because the service is unchanged.',
      'No implications as opening hours are unchanged.',
    ]) {
      it(`reads '${text}' as giving a reason`, () => assert.equal(isBare(text), false));
    }

    for (const text of [
      'None because …',
      'None because...',
      'None as [Insert reason]',
      'None: [Insert the reason there are no implications]',
      'None since …',
      'None – …',
      'Not applicable because [TBC].',
      'None because.',
    ]) {
      it(`reads a reason that is itself a fill-in as no reason: '${text}'`, () => assert.equal(isBare(text), true));
    }

    it('reads a reason with a fill-in inside it as a reason (placeholder-left reports the fill-in)', () => {
      assert.equal(isBare('None because the service moves to [Insert venue] unchanged.'), false);
    });

    it('says that a fill-in reason still holds its fill-in', () => {
      const [diagnostic] = checkFor(
        'section-none-without-reason',
        report({ sections: { 'Equality Duty': 'None because …' } }),
      );
      assert.match(
        diagnostic!.message,
        /^'Equality Duty' gives no reason yet: 'None because …' still holds the fill-in: state why/,
      );
    });
  });

  describe('what is not a negative', () => {
    for (const text of [
      'None of the libraries will close.',
      'Nothing changes for residents.',
      'No one is affected: the service is unchanged.',
      'Not exempt.',
      'Nil return from the survey, so no change is proposed.',
    ]) {
      it(`reads '${text}' as text`, () => assert.equal(isBare(text), false));
    }

    it('reads two numbered negatives in a row as more than a bare negative', () => {
      assert.equal(isBare('10.1 None.\n\n10.2 None.'), false);
    });

    it('reads nothing longer than any bare negative as one', () => {
      assert.equal(isBare(`None ${'– see above '.repeat(40)}`), false);
    });
  });
});
