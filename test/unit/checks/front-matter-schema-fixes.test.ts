import * as assert from 'node:assert/strict';
import { applyFix, checkFor, onlyFix, report, single, span, spanOf } from '../support';

const CODE = 'front-matter-schema';
const schema = (text: string) => checkFor(CODE, text);

/** The front matter line after the fix of the one front-matter-schema diagnostic, which must leave none. */
function fixedLine(frontMatter: Record<string, string>, line: string): { line: string; title: string } {
  const text = report({ frontMatter });
  const diagnostic = single(schema(text));
  const fix = onlyFix(diagnostic);
  assert.equal(fix.edits.length, 1);
  assert.equal(span(fix.edits[0]!.range), span(diagnostic.range), 'the fix rewrites the value it reports, and no more');
  const after = applyFix(text, fix);
  assert.deepEqual(schema(after), [], `the fix left a problem in ${after}`);
  const changed = after.split('\n').find((candidate) => candidate.trimStart().startsWith(line));
  assert.ok(changed, `no line starting ${line}`);
  return { line: changed.trim(), title: fix.title };
}

describe('front-matter-schema quick fixes', () => {
  it('write a date given in another common form as YYYY-MM-DD', () => {
    assert.deepEqual(fixedLine({ meeting: '12 March 2026' }, 'meeting:'), {
      line: 'meeting: 2026-03-12',
      title: 'Write the date as 2026-03-12',
    });
    assert.equal(fixedLine({ meeting: '2026/3/12' }, 'meeting:').line, 'meeting: 2026-03-12');
    assert.equal(fixedLine({ meeting: 'Sept 3rd, 2026' }, 'meeting:').line, 'meeting: 2026-09-03');
    assert.equal(fixedLine({ meeting: "'15/03/2026'" }, 'meeting:').line, 'meeting: 2026-03-15');
    assert.equal(fixedLine({ meeting: '03/15/2026' }, 'meeting:').line, 'meeting: 2026-03-15');
    assert.equal(fixedLine({ meeting: '04.04.2026' }, 'meeting:').line, 'meeting: 2026-04-04');
  });

  it('do not guess a date whose day and month could be either way round, or that is not a real day', () => {
    for (const meeting of ['12/03/2026', '12/03/26', '31 February 2026', '2026-02-30', 'Thursday', 'Ma 3 2026']) {
      const diagnostic = single(schema(report({ frontMatter: { meeting } })));
      assert.equal(diagnostic.fixes, undefined, meeting);
    }
  });

  it('write a choice in the capitals and hyphens the format uses', () => {
    assert.deepEqual(fixedLine({ key_decision: 'Not applicable' }, 'key_decision:'), {
      line: 'key_decision: not-applicable',
      title: 'Write not-applicable',
    });
    assert.equal(fixedLine({ purpose: 'Decision' }, 'purpose:').line, 'purpose: decision');
    assert.equal(fixedLine({ key_decision: 'YES' }, 'key_decision:').line, 'key_decision: yes');
    assert.equal(fixedLine({ wards: 'all' }, 'wards:').line, 'wards: All');
  });

  it('write exempt: no as false', () => {
    assert.equal(fixedLine({ exempt: 'no' }, 'exempt:').line, 'exempt: false');
  });

  it('put a phone number that YAML reads as a number in quotes, keeping its leading 0', () => {
    const contact = '\n  name: Sam Patel\n  phone: 01632960418';
    assert.deepEqual(fixedLine({ contact }, 'phone:'), {
      line: "phone: '01632960418'",
      title: 'Put the phone number in quotes',
    });
  });

  it('are not offered for a value whose meaning is not certain', () => {
    for (const frontMatter of [{ key_decision: 'maybe' }, { purpose: 'decide' }, { exempt: 'yes' }, { title: '' }]) {
      const diagnostic = single(schema(report({ frontMatter })));
      assert.equal(diagnostic.fixes, undefined, JSON.stringify(frontMatter));
    }
  });

  it('change only the value, keeping a comment after it', () => {
    const text = report({ frontMatter: { purpose: 'Noting # for the record' } });
    const after = applyFix(text, onlyFix(single(schema(text))));
    assert.equal(span(onlyFix(single(schema(text))).edits[0]!.range), spanOf(text, 'Noting'));
    assert.ok(after.includes('purpose: noting # for the record'));
  });
});
