import * as assert from 'node:assert/strict';
import { councilDate, exemptNotice, frontSheet } from '../../support/core';
import { parse } from '../support';

/** The front sheet's rows as `Label: line | line`, for exact comparison. */
function rowsOf(frontMatter: string): string[] {
  const sheet = frontSheet(parse(`---\n${frontMatter}---\n\n# Body\n`, { name: 'transport.report.md' }));
  return sheet.rows.map((row) => `${row.label}: ${row.lines.map((line) => line.text).join(' | ')}`);
}

function noticeOf(exempt: string): string | undefined {
  return exemptNotice(parse(`---\ntitle: Depot\nexempt:\n${exempt}---\n\n# Body\n`, { name: 'depot.report.md' }));
}

describe('The front sheet', () => {
  it('lists every front matter fact a front sheet shows, in the order councils print them', () => {
    const rows = rowsOf(`title: Home to School Transport
committee: Cabinet
meeting: 2026-03-12
report_by: [Director of Children's Services, Director of Finance]
contact:
  name: Sam Okafor
  email: sam.okafor@example.gov.uk
  phone: '01632 960418'
wards: [Northgate, Priory]
purpose: decision
key_decision: yes
appendices:
  - { id: A, title: Route costs }
  - { id: 2, title: Consultation responses }
`);
    assert.deepEqual(rows, [
      'Committee: Cabinet',
      'Meeting date: 12 March 2026',
      'Title: Home to School Transport',
      "Report by: Director of Children's Services | Director of Finance",
      'Contact officer: Sam Okafor | sam.okafor@example.gov.uk | 01632 960418',
      'Wards affected: Northgate, Priory',
      'Purpose: For decision',
      'Key decision: Yes',
      'Appendices: Appendix A: Route costs | Appendix 2: Consultation responses',
    ]);
  });

  it('has rows only for what the front matter gives, and writes key decisions and purposes as words', () => {
    assert.deepEqual(rowsOf('title: Transport\ndivisions: All\nkey_decision: false\npurpose: noting\n'), [
      'Title: Transport',
      'Divisions affected: All',
      'Purpose: For noting',
      'Key decision: No',
    ]);
    assert.deepEqual(rowsOf('key_decision: not-applicable\n'), ['Key decision: Not applicable']);
  });

  it('leaves out a value the format does not allow rather than print it wrong', () => {
    assert.deepEqual(rowsOf('title: Transport\nmeeting: 2026-02-30\npurpose: lunch\ncontact: Sam\n'), [
      'Title: Transport',
    ]);
  });

  it('marks the contact officer’s email address so it can be a link', () => {
    const sheet = frontSheet(parse('---\ncontact:\n  name: Sam\n  email: sam@example.gov.uk\n---\n'));
    assert.deepEqual(sheet.rows[0]?.lines, [{ text: 'Sam' }, { text: 'sam@example.gov.uk', email: true }]);
  });
});

describe('The meeting date as councils write it', () => {
  it('writes the day without a leading zero and the month in words', () => {
    assert.equal(councilDate('2026-03-12'), '12 March 2026');
    assert.equal(councilDate('2026-09-01'), '1 September 2026');
  });

  it('gives nothing for a date that does not exist or is not written YYYY-MM-DD', () => {
    assert.equal(councilDate('2026-02-29'), undefined);
    assert.equal(councilDate('12/03/2026'), undefined);
    assert.equal(councilDate(20260312), undefined);
  });
});

describe('The exempt notice', () => {
  it('cites the paragraph of Part 1 of Schedule 12A for an English report', () => {
    assert.equal(
      noticeOf('  paragraphs: [3]\n  reason: Tenants.\n'),
      'NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972',
    );
  });

  it('lists several paragraphs in words', () => {
    assert.equal(
      noticeOf('  jurisdiction: england\n  paragraphs: [1, 3, 7A]\n  reason: Staff.\n'),
      'NOT FOR PUBLICATION by virtue of paragraphs 1, 3 and 7A of Part 1 of Schedule 12A to the Local Government Act 1972',
    );
  });

  it('cites Part 4 of Schedule 12A for a Welsh report', () => {
    assert.equal(
      noticeOf('  jurisdiction: wales\n  paragraphs: [14]\n  reason: Finances.\n'),
      'NOT FOR PUBLICATION by virtue of paragraph 14 of Part 4 of Schedule 12A to the Local Government Act 1972',
    );
  });

  it('still marks a report whose exempt entry is malformed, naming no paragraph', () => {
    assert.equal(
      noticeOf('  reason: Tenants.\n'),
      'NOT FOR PUBLICATION by virtue of Part 1 of Schedule 12A to the Local Government Act 1972',
    );
  });

  it('is absent from a report that is not exempt', () => {
    assert.equal(exemptNotice(parse('---\ntitle: Depot\nexempt: false\n---\n')), undefined);
    assert.equal(exemptNotice(parse('---\ntitle: Depot\n---\n')), undefined);
  });
});
