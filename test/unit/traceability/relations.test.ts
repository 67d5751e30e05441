/**
 * How each citing item stands to what it cites: referred (passed on, not
 * acted on), responded (the addressee's answer to a scrutiny
 * recommendation) or acted on; and that a referral never counts for the
 * status.
 */
import * as assert from 'node:assert/strict';
import { describeTraceability } from '../../support/core';
import { name, paper, recommendation, trace } from './support';

const TASK_GROUP = paper(
  [
    'type: scrutiny',
    'id: tg',
    'title: School Exclusions Task Group',
    "committee: Children's Scrutiny Committee",
    'meeting: 2026-06-18',
    'response_due: 2026-09-17',
    'addressee: Cabinet Member for Education and Skills',
  ],
  '**F1** Exclusions are concentrated in eleven schools.\n\n**R1** That an inclusion partnership be set up [F1].',
);
const minutes = (id: string, committee: string, meeting: string, resolution: string) =>
  paper(['type: minutes', `id: ${id}`, 'title: Minutes', `committee: ${committee}`, `meeting: ${meeting}`], resolution);
/** The wording of the samples' own minutes (samples/minutes/cyp-scrutiny-2026-06-18.minutes.md). */
const SAME_MEETING = minutes(
  'cyp-2026-06-18',
  "Children's Scrutiny Committee",
  '2026-06-18',
  '**R2** Endorses recommendation R1 of the task group and refers it to the Cabinet Member for Education and Skills for a response [tg:R1].',
);

describe('Relations between an item and what cites it', () => {
  it('classes the same meeting’s “endorse and refer” as a referral, names whom it refers to, and leaves the recommendation overdue', () => {
    const r1 = recommendation(trace({ 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': SAME_MEETING }), 'tg:R1');
    assert.deepEqual(
      r1.citedBy.map((item) => [name(item), item.relation, item.referredTo]),
      [['cyp-2026-06-18:R2', 'referred', 'the Cabinet Member for Education and Skills']],
    );
    assert.equal(r1.status, 'overdue');
    assert.equal(r1.response, undefined);
  });

  it('classes anything citing a scrutiny recommendation at its own meeting as a referral, even without the word', () => {
    const endorsing = minutes(
      'cyp',
      "Children's Scrutiny Committee",
      '2026-06-18',
      '**R2** Endorses the recommendation [tg:R1].',
    );
    const [item] = recommendation(trace({ 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': endorsing }), 'tg:R1').citedBy;
    assert.equal(item?.relation, 'referred');
    assert.equal(item?.referredTo, undefined);
  });

  it('classes a later meeting’s decision as the response', () => {
    const cabinet = minutes(
      'cabinet-2026-09-10',
      'Cabinet',
      '2026-09-10',
      '**R4** Agrees to set up an inclusion partnership [tg:R1].',
    );
    const r1 = recommendation(
      trace({ 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': SAME_MEETING, 'cabinet.minutes.md': cabinet }),
      'tg:R1',
    );
    assert.deepEqual(
      r1.citedBy.map((item) => [name(item), item.relation]),
      [
        ['cyp-2026-06-18:R2', 'referred'],
        ['cabinet-2026-09-10:R4', 'responded'],
      ],
    );
    assert.equal(r1.status, 'responded');
    assert.equal(name(r1.response), 'cabinet-2026-09-10:R4');
  });

  it('does not take a later resolution that only notes and refers on for the response', () => {
    const cabinet = minutes(
      'cabinet-2026-09-10',
      'Cabinet',
      '2026-09-10',
      '**R4** Notes the recommendation and refers it to the County Council for decision [tg:R1].',
    );
    const r1 = recommendation(trace({ 'tg.report.md': TASK_GROUP, 'cabinet.minutes.md': cabinet }), 'tg:R1');
    assert.deepEqual(
      r1.citedBy.map((item) => [item.relation, item.referredTo]),
      [['referred', 'the County Council']],
    );
    assert.equal(r1.status, 'overdue');
  });

  it('takes a resolution that decides something and refers the report on as acting on it', () => {
    const cabinet = minutes(
      'cabinet-2026-09-10',
      'Cabinet',
      '2026-09-10',
      '**R4** Agrees recommendation R1 and refers the report to Council for information [tg:R1].',
    );
    const r1 = recommendation(trace({ 'tg.report.md': TASK_GROUP, 'cabinet.minutes.md': cabinet }), 'tg:R1');
    assert.equal(r1.citedBy[0]?.relation, 'responded');
    assert.equal(r1.status, 'responded');
  });

  it('does not read “referred to as” as a referral', () => {
    const cabinet = minutes(
      'cabinet-2026-09-10',
      'Cabinet',
      '2026-09-10',
      '**R4** Sets up the partnership, referred to as the Inclusion Board [tg:R1].',
    );
    const r1 = recommendation(trace({ 'tg.report.md': TASK_GROUP, 'cabinet.minutes.md': cabinet }), 'tg:R1');
    assert.equal(r1.citedBy[0]?.relation, 'responded');
  });

  describe("in an officer's report", () => {
    const REPORT = paper(
      [
        'id: budget',
        'title: Budget',
        'committee: Cabinet',
        'meeting: 2026-02-10',
        'report_by: Director of Finance',
        'contact: {name: Sam Patel}',
      ],
      '**F1** The council must set a balanced budget.\n\n**R1** That the Cabinet recommends the budget to Council [F1].',
    );

    it('takes the same meeting’s decision as acting on the recommendation', () => {
      const decided = minutes('cabinet-2026-02-10', 'Cabinet', '2026-02-10', '**R1** Approves the budget [budget:R1].');
      const r1 = recommendation(trace({ 'budget.report.md': REPORT, 'cabinet.minutes.md': decided }), 'budget:R1');
      assert.equal(r1.citedBy[0]?.relation, 'acted-on');
      assert.equal(r1.status, 'addressed');
    });

    it('is not addressed by a resolution that only refers it to Council', () => {
      const referred = minutes(
        'cabinet-2026-02-10',
        'Cabinet',
        '2026-02-10',
        '**R1** Endorses the budget and refers it to Council for approval [budget:R1].',
      );
      const r1 = recommendation(trace({ 'budget.report.md': REPORT, 'cabinet.minutes.md': referred }), 'budget:R1');
      assert.deepEqual(
        r1.citedBy.map((item) => [item.relation, item.referredTo]),
        [['referred', 'Council']],
      );
      assert.equal(r1.status, 'not-addressed');
    });
  });
});

describe('The model in words', () => {
  const cabinet = minutes(
    'cabinet-2026-11-03',
    'Cabinet',
    '2026-11-03',
    '**R4** Agrees to set up an inclusion partnership [tg:R1].',
  );

  it('says an overdue recommendation with only a referral is overdue since its due date, and why', () => {
    const model = describeTraceability(trace({ 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': SAME_MEETING }));
    const [r1] = model.recommendations;
    assert.equal(r1?.title, 'That an inclusion partnership be set up');
    assert.equal(r1?.summary, 'overdue since 17 Sep 2026');
    assert.equal(r1?.citedBy[0]?.summary, 'referred to the Cabinet Member for Education and Skills 18 Jun 2026');
    assert.match(r1?.detail ?? '', /only referred on so far, which is not the response; it was due 17 September 2026/);
    assert.match(r1?.detail ?? '', /\*\*Addressed to:\*\* Cabinet Member for Education and Skills/);
  });

  it('says when a recommendation was responded to, and by what', () => {
    const model = describeTraceability(
      trace(
        { 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': SAME_MEETING, 'cabinet.minutes.md': cabinet },
        '2026-12-01',
      ),
    );
    const [r1] = model.recommendations;
    assert.equal(r1?.summary, 'responded late 3 Nov 2026');
    assert.deepEqual(
      r1?.citedBy.map((item) => item.summary),
      ['referred to the Cabinet Member for Education and Skills 18 Jun 2026', 'responded 3 Nov 2026'],
    );
    assert.match(r1?.detail ?? '', /responded late by resolution cabinet\\-2026\\-11\\-03:R4, 3 November 2026/);
  });

  it('shows the characters of Markdown in an item’s text as typed', () => {
    const starred = paper(
      ['type: scrutiny', 'id: tg', 'title: T', 'committee: C', 'meeting: 2026-06-18'],
      '**R1** That *all* schools_take part.',
    );
    const [r1] = describeTraceability(trace({ 'tg.report.md': starred })).recommendations;
    assert.match(r1?.detail ?? '', /That \\\*all\\\* schools\\_take part\\\./);
  });
});
