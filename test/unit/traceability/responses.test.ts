/**
 * Where each recommendation stands: addressed or not for an officer's
 * report; for a scrutiny report, the addressee's response against its due
 * date, with today's date passed in rather than read from a clock.
 */
import * as assert from 'node:assert/strict';
import { addMonths, buildTraceability } from '../../support/core';
import { makeWorkspace } from '../support';
import { name, paper, recommendation, trace } from './support';

const scrutiny = (extra: readonly string[] = []) =>
  paper(
    [
      'type: scrutiny',
      'id: tg',
      'title: Exclusions Task Group',
      "committee: Children's Scrutiny Committee",
      'meeting: 2026-06-18',
      ...extra,
    ],
    '**F1** Exclusions are concentrated in a few schools.\n\n**R1** That an inclusion partnership be set up [F1].',
  );
/** The minutes of the meeting that received the report: they endorse it, which is not the response. */
const ENDORSING = paper(
  [
    'type: minutes',
    'id: cyp-2026-06-18',
    'title: M',
    "committee: Children's Scrutiny Committee",
    'meeting: 2026-06-18',
  ],
  '**R2** Endorses the recommendation [tg:R1].',
);
const responseAt = (meeting: string) =>
  paper(
    ['type: minutes', `id: cabinet-${meeting}`, 'title: Cabinet', 'committee: Cabinet', `meeting: ${meeting}`],
    "**R4** Resolved to accept the task group's recommendation [tg:R1].",
  );

describe('Responses to scrutiny recommendations', () => {
  it('is awaiting a response up to and including the due date, and overdue the day after', () => {
    const files = { 'tg.report.md': scrutiny(['response_due: 2026-09-17']), 'cyp.minutes.md': ENDORSING };
    assert.equal(recommendation(trace(files, '2026-09-17'), 'tg:R1').status, 'awaiting-response');
    assert.equal(recommendation(trace(files, '2026-09-18'), 'tg:R1').status, 'overdue');
  });

  it('gives the due date from response_due', () => {
    const model = trace({ 'tg.report.md': scrutiny(['response_due: 2026-09-17']) });
    assert.equal(recommendation(model, 'tg:R1').responseDue, '2026-09-17');
  });

  it('falls back to two months after the meeting when response_due is not given', () => {
    const model = trace({ 'tg.report.md': scrutiny() }, '2026-08-18');
    assert.equal(recommendation(model, 'tg:R1').responseDue, '2026-08-18');
    assert.equal(recommendation(model, 'tg:R1').status, 'awaiting-response');
    assert.equal(recommendation(trace({ 'tg.report.md': scrutiny() }, '2026-08-19'), 'tg:R1').status, 'overdue');
  });

  it('does not take the endorsement at the same meeting for the response', () => {
    const model = trace({ 'tg.report.md': scrutiny(), 'cyp.minutes.md': ENDORSING }, '2026-10-01');
    const r1 = recommendation(model, 'tg:R1');
    assert.deepEqual(r1.citedBy.map(name), ['cyp-2026-06-18:R2']);
    assert.equal(r1.response, undefined);
    assert.equal(r1.status, 'overdue');
  });

  it('is responded once a paper for a later meeting cites it, on or before the due date', () => {
    const model = trace(
      { 'tg.report.md': scrutiny(), 'cyp.minutes.md': ENDORSING, 'cabinet.minutes.md': responseAt('2026-08-18') },
      '2027-01-01',
    );
    const r1 = recommendation(model, 'tg:R1');
    assert.equal(r1.status, 'responded');
    assert.equal(name(r1.response), 'cabinet-2026-08-18:R4');
    assert.deepEqual(r1.citedBy.map(name), ['cyp-2026-06-18:R2', 'cabinet-2026-08-18:R4']);
  });

  it('is responded late when the first response is at a meeting after the due date, whatever today is', () => {
    const files = { 'tg.report.md': scrutiny(), 'cabinet.minutes.md': responseAt('2026-09-22') };
    assert.equal(recommendation(trace(files, '2026-07-01'), 'tg:R1').status, 'responded-late');
    assert.equal(recommendation(trace(files, '2027-07-01'), 'tg:R1').status, 'responded-late');
  });

  it('takes the earliest response when there are several', () => {
    const model = trace({
      'tg.report.md': scrutiny(),
      'late.minutes.md': responseAt('2026-11-02'),
      'early.minutes.md': responseAt('2026-07-30'),
    });
    assert.equal(name(recommendation(model, 'tg:R1').response), 'cabinet-2026-07-30:R4');
    assert.equal(recommendation(model, 'tg:R1').status, 'responded');
  });

  it('counts a response report of the executive, whose own recommendation cites the scrutiny one', () => {
    const response = paper(
      [
        'id: cabinet-response',
        'title: Response to the Task Group',
        'committee: Cabinet',
        'meeting: 2026-07-30',
        'report_by: Director of Education',
        'contact: {name: Sam Patel}',
      ],
      '**R1** That the Cabinet agrees the response to recommendation 1 [tg:R1].',
    );
    const model = trace({ 'tg.report.md': scrutiny(), 'response.report.md': response });
    assert.equal(recommendation(model, 'tg:R1').status, 'responded');
    assert.equal(name(recommendation(model, 'tg:R1').response), 'cabinet-response:R1');
  });

  it('does not count a citing paper with no valid meeting date as a response', () => {
    const undated = paper(
      ['type: minutes', 'id: undated', 'title: M', 'committee: Cabinet', 'meeting: 2026-02-30'],
      '**R1** Resolved to accept [tg:R1].',
    );
    const model = trace({ 'tg.report.md': scrutiny(), 'undated.minutes.md': undated }, '2026-10-01');
    const r1 = recommendation(model, 'tg:R1');
    assert.deepEqual(
      r1.citedBy.map((item) => [name(item), item.meeting]),
      [['undated:R1', undefined]],
    );
    assert.equal(r1.status, 'overdue');
  });

  it('is never overdue when the report has no meeting date and no response_due', () => {
    const undatedReport = paper(
      ['type: scrutiny', 'id: tg', 'title: T', 'committee: C'],
      '**R1** That something be done.',
    );
    const r1 = recommendation(trace({ 'tg.report.md': undatedReport }, '2099-01-01'), 'tg:R1');
    assert.equal(r1.responseDue, undefined);
    assert.equal(r1.status, 'awaiting-response');
  });

  it('depends on the date passed in and on nothing else', () => {
    const { workspace } = makeWorkspace({ 'tg.report.md': scrutiny(['response_due: 2026-09-17']) });
    const before = buildTraceability(workspace, { today: '2026-09-01' });
    const after = buildTraceability(workspace, { today: '2026-10-01' });
    assert.equal(before.today, '2026-09-01');
    assert.equal(recommendation(before, 'tg:R1').status, 'awaiting-response');
    assert.equal(recommendation(after, 'tg:R1').status, 'overdue');
  });

  it('refuses a date that is not a real YYYY-MM-DD date', () => {
    const { workspace } = makeWorkspace({});
    for (const today of ['2026-02-30', '01/10/2026', ''])
      assert.throws(() => buildTraceability(workspace, { today }), RangeError, today);
  });
});

describe("Officers' report recommendations", () => {
  const report = paper(
    [
      'id: cab',
      'title: T',
      'committee: Cabinet',
      'meeting: 2026-03-01',
      'report_by: Director',
      'contact: {name: Sam Patel}',
    ],
    '**R1** That the contract be renewed.',
  );

  it('is addressed once the minutes resolve it, and not addressed until then', () => {
    const minutes = paper(
      ['type: minutes', 'title: Cabinet', 'committee: Cabinet', 'meeting: 2026-03-01'],
      '**R3** Resolved that the contract be renewed [cab:R1].',
    );
    assert.equal(recommendation(trace({ 'cab.report.md': report }), 'cab:R1').status, 'not-addressed');
    assert.equal(
      recommendation(trace({ 'cab.report.md': report, 'cab-2026-03-01.minutes.md': minutes }), 'cab:R1').status,
      'addressed',
    );
  });

  it('has no due date and is never overdue', () => {
    const r1 = recommendation(trace({ 'cab.report.md': report }, '2099-01-01'), 'cab:R1');
    assert.equal(r1.responseDue, undefined);
    assert.equal(r1.status, 'not-addressed');
  });
});

describe('Adding months to a date', () => {
  it('adds calendar months, keeping the day', () => {
    assert.equal(addMonths('2026-06-18', 2), '2026-08-18');
    assert.equal(addMonths('2026-11-30', 2), '2027-01-30');
  });

  it('ends on the last day of the month when the month is shorter', () => {
    assert.equal(addMonths('2026-12-31', 2), '2027-02-28');
    assert.equal(addMonths('2027-12-31', 2), '2028-02-29');
    assert.equal(addMonths('2026-08-31', 1), '2026-09-30');
  });
});
