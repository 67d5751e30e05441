/**
 * The traceability model: from each finding to the recommendations citing
 * it and from each recommendation to what acted on it, across documents.
 */
import * as assert from 'node:assert/strict';
import { finding, name, paper, recommendation, rows, trace } from './support';

const EVIDENCE = paper(
  [
    'id: transport-review',
    'title: Home to School Transport Review',
    'committee: Cabinet',
    'meeting: 2026-01-20',
    'report_by: Director of Education',
    'contact: {name: Sam Patel}',
  ],
  '## Background\n\n**F1** Taxi routes cost twice what minibus routes do.\n\n**F2** Route planning is done by hand.\n\n## Recommendations\n\n**R1** That the Cabinet notes the review [F2].',
);
const TASK_GROUP = paper(
  [
    'type: scrutiny',
    'id: transport-tg',
    'title: Transport Task Group',
    "committee: Children's Scrutiny Committee",
    'meeting: 2026-03-12',
  ],
  '## Recommendations\n\n**R1** That the Cabinet Member replace single-pupil taxi routes [transport-review:F1].\n\n**R2** That routes be planned with software.',
);
const MINUTES = paper(
  [
    'type: minutes',
    'id: cyp-2026-03-12',
    'title: Minutes',
    "committee: Children's Scrutiny Committee",
    'meeting: 2026-03-12',
  ],
  "## 5. Home to School Transport\n\n**R1** Resolved to endorse the task group's recommendation [transport-tg:R1].\n\n**R2** Members welcomed the report.",
);

describe('Traceability chains', () => {
  it('follows a finding in one document through a recommendation in a second to a resolution in a third', () => {
    const model = trace({ 'review.report.md': EVIDENCE, 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': MINUTES });
    assert.ok(
      rows(model).includes('transport-review:F1 > transport-tg:R1 > cyp-2026-03-12:R1'),
      rows(model).join('\n'),
    );
    const f1 = finding(model, 'transport-review:F1');
    assert.equal(f1.status, 'addressed');
    assert.deepEqual(f1.citedBy.map(name), ['transport-tg:R1']);
    const r1 = recommendation(model, 'transport-tg:R1');
    assert.deepEqual(r1.cites.map(name), ['transport-review:F1']);
    assert.deepEqual(r1.citedBy.map(name), ['cyp-2026-03-12:R1']);
  });

  it('gives each item its document, the line and column of its ID, its committee, meeting date and kind', () => {
    const model = trace({ 'review.report.md': EVIDENCE, 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': MINUTES });
    const [resolution] = recommendation(model, 'transport-tg:R1').citedBy;
    const line = MINUTES.split('\n').findIndex((text) => text.startsWith('**R1**'));
    assert.deepEqual(resolution, {
      uri: 'file:///workspace/cyp.minutes.md',
      documentId: 'cyp-2026-03-12',
      documentType: 'minutes',
      documentTitle: 'Minutes',
      committee: "Children's Scrutiny Committee",
      meeting: '2026-03-12',
      id: 'R1',
      kind: 'resolution',
      text: "Resolved to endorse the task group's recommendation [transport-tg:R1].",
      range: { start: { line, character: 2 }, end: { line, character: 4 } },
      // The committee that received the report, at its own meeting: it passes the recommendation on.
      relation: 'referred',
    });
  });

  it('lists every row of the matrix, by committee then meeting date, findings before the recommendations that cite none', () => {
    const model = trace({ 'review.report.md': EVIDENCE, 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': MINUTES });
    assert.deepEqual(rows(model), [
      'transport-review:F1 > transport-tg:R1 > cyp-2026-03-12:R1',
      'transport-review:F2 > transport-review:R1 > -',
      '- > transport-tg:R2 > -',
    ]);
  });

  it('shows a resolution citing a finding directly as a row with no recommendation', () => {
    const minutes = paper(
      ['type: minutes', 'title: M', 'committee: Cabinet', 'meeting: 2026-01-20'],
      '**R1** Resolved to act on [transport-review:F2] at once.',
    );
    const model = trace({ 'review.report.md': EVIDENCE, 'cabinet-2026-01-20.minutes.md': minutes });
    // What cites a finding comes in meeting order; on the same day, by document id.
    assert.deepEqual(
      rows(model).filter((row) => row.startsWith('transport-review:F2')),
      ['transport-review:F2 > - > cabinet-2026-01-20:R1', 'transport-review:F2 > transport-review:R1 > -'],
    );
  });

  it('marks a finding that nothing acts on as not addressed, alone in its row', () => {
    const model = trace({ 'review.report.md': EVIDENCE });
    assert.equal(finding(model, 'transport-review:F1').status, 'not-addressed');
    assert.ok(rows(model).includes('transport-review:F1 > - > -'));
  });

  it('does not count a reference in a plain paragraph, or from another finding, as acting on a finding', () => {
    const report = paper(
      ['id: r', 'title: T', 'committee: C', 'meeting: 2026-01-20'],
      '**F1** Costs rose.\n\n**F2** As [F1] shows, planning matters.\n\nMembers welcomed [F1].',
    );
    const model = trace({ 'r.report.md': report });
    assert.equal(finding(model, 'r:F1').status, 'not-addressed');
    assert.deepEqual(finding(model, 'r:F1').citedBy, []);
  });

  it('counts what acts on a recommendation only in other documents, not its own report', () => {
    const report = paper(
      ['id: r', 'title: T', 'committee: C', 'meeting: 2026-01-20'],
      '**R1** That the route plan be adopted.\n\n**R2** That R1 takes effect in May [R1].',
    );
    const model = trace({ 'r.report.md': report });
    assert.equal(recommendation(model, 'r:R1').status, 'not-addressed');
    assert.deepEqual(recommendation(model, 'r:R1').citedBy, []);
  });

  it('counts one citation when an item cites the same ID twice', () => {
    const minutes = paper(
      ['type: minutes', 'title: M', 'committee: Cabinet', 'meeting: 2026-01-20'],
      '**R1** Resolved [transport-review:R1], noting [transport-review:R1] again.',
    );
    const model = trace({ 'review.report.md': EVIDENCE, 'm.minutes.md': minutes });
    assert.deepEqual(recommendation(model, 'transport-review:R1').citedBy.map(name), ['m:R1']);
  });

  it('links a citation of an ID defined twice (an id-duplicate error) to both definitions', () => {
    const report = paper(
      ['id: r', 'title: T', 'committee: C', 'meeting: 2026-01-20'],
      '**F1** Costs rose.\n\n**F1** Staff left.\n\n**R1** That costs be cut [F1].',
    );
    const model = trace({ 'r.report.md': report });
    assert.deepEqual(
      model.findings.map((item) => [item.text, item.status, item.citedBy.map(name)]),
      [
        ['Costs rose.', 'addressed', ['r:R1']],
        ['Staff left.', 'addressed', ['r:R1']],
      ],
    );
    assert.deepEqual(
      recommendation(model, 'r:R1').cites.map((item) => item.text),
      ['Costs rose.', 'Staff left.'],
    );
  });

  it('links a citation of an ID defined more than three times to its first three definitions only', () => {
    const findings = ['Costs rose.', 'Staff left.', 'Routes grew.', 'Fares fell.']
      .map((text) => `**F1** ${text}`)
      .join('\n\n');
    const report = paper(
      ['id: r', 'title: T', 'committee: C', 'meeting: 2026-01-20'],
      `${findings}\n\n**R1** That costs be cut [F1].`,
    );
    const model = trace({ 'r.report.md': report });
    assert.deepEqual(
      model.findings.map((item) => [item.text, item.status]),
      [
        ['Costs rose.', 'addressed'],
        ['Staff left.', 'addressed'],
        ['Routes grew.', 'addressed'],
        ['Fares fell.', 'not-addressed'],
      ],
    );
  });

  it('keeps apart two items whose IDs stand a million characters into one line and at the start of the next', () => {
    const report = paper(
      ['id: r', 'title: T', 'committee: C', 'meeting: 2026-01-20'],
      `#${' '.repeat(2 ** 20 - 2)} **R1** That costs be cut [F1].\n**R2** That staff stay.\n\n**F1** Costs rose.`,
    );
    const model = trace({ 'r.report.md': report });
    assert.equal(recommendation(model, 'r:R1').range.start.character, 2 ** 20 + 2);
    assert.deepEqual(rows(model), ['r:F1 > r:R1 > -', '- > r:R2 > -']);
  });

  it('lists a configured kind such as an action among what acts on a finding, by its own name', () => {
    const report = paper(
      ['id: r', 'title: T', 'committee: C', 'meeting: 2026-01-20'],
      '**F1** Costs rose.\n\n**A1** The transport team will re-tender the routes [F1].',
    );
    const model = trace({ 'r.report.md': report }, '2026-10-01', 'kinds: { A: action }\n');
    assert.deepEqual(
      finding(model, 'r:F1').citedBy.map((item) => `${name(item)} ${item.kind}`),
      ['r:A1 action'],
    );
    assert.deepEqual(rows(model), ['r:F1 > - > r:A1']);
  });
});

describe('Broken links in the traceability model', () => {
  it('reports a recommendation citing a finding that does not exist, and shows the gap in its row', () => {
    const report = paper(
      ['id: r', 'title: T', 'committee: C', 'meeting: 2026-01-20'],
      '**F1** Costs rose.\n\n**R1** That costs be cut [F1, F9].',
    );
    const model = trace({ 'r.report.md': report });
    assert.deepEqual(
      model.brokenLinks.map((link) => [name(link.from), `${link.documentId}:${link.id}`, link.kind, link.problem]),
      [['r:R1', 'r:F9', 'finding', 'unknown-id']],
    );
    assert.deepEqual(rows(model), ['r:F1 > r:R1 > -', 'r:F9 (unknown-id) > r:R1 > -']);
  });

  it('reports a resolution citing a document that does not exist, and shows the missing recommendation in its row', () => {
    const minutes = paper(
      ['type: minutes', 'id: m', 'title: M', 'committee: Cabinet', 'meeting: 2026-01-20'],
      '**R1** Resolved to agree [library-review-tg:R3].',
    );
    const model = trace({ 'm.minutes.md': minutes });
    assert.deepEqual(
      model.brokenLinks.map((link) => [name(link.from), `${link.documentId}:${link.id}`, link.kind, link.problem]),
      [['m:R1', 'library-review-tg:R3', 'recommendation', 'unknown-document']],
    );
    assert.deepEqual(rows(model), ['- > library-review-tg:R3 (unknown-document) > m:R1']);
  });

  it('reports a missing ID once for each item citing it, however often each cites it', () => {
    const report = paper(
      ['id: r', 'title: T', 'committee: C', 'meeting: 2026-01-20'],
      '**R1** That costs be cut [F9], as [F9] and [F9] show.\n\n**R2** That staff stay [F9].',
    );
    const model = trace({ 'r.report.md': report });
    assert.deepEqual(
      model.brokenLinks.map((link) => `${name(link.from)} ${link.documentId}:${link.id}`),
      ['r:R1 r:F9', 'r:R2 r:F9'],
    );
  });

  it('does not report a reference that resolves as broken', () => {
    const model = trace({ 'review.report.md': EVIDENCE, 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': MINUTES });
    assert.deepEqual(model.brokenLinks, []);
  });
});
