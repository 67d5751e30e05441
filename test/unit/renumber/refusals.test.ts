import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig, renumberPlan } from '../../support/core';

const REPORT = 'file:///w/plan.report.md';
const MINUTES = 'file:///w/cabinet.minutes.md';
const head = (extra = '') => `---\nid: plan\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n${extra}---\n\n`;
const minutesOn = (meeting: string, body: string) =>
  `---\ntype: minutes\ntitle: M\ncommittee: Cabinet\nmeeting: ${meeting}\n---\n\n${body}\n`;

function refusalFor(files: Record<string, string>, options = {}): string {
  const workspace = new Workspace(defaultConfig());
  for (const [uri, text] of Object.entries(files)) workspace.setDocument(uri, text);
  const result = renumberPlan(workspace, REPORT, options);
  return 'refusal' in result ? result.refusal : 'planned';
}

describe('A renumbering that would change what a reference means', () => {
  it('is refused when an ID is defined twice, naming both lines', () => {
    const report = head() + '**F1** One.\n\n**F3** Two.\n\n**F3** Three.\n';
    assert.equal(
      refusalFor({ [REPORT]: report }),
      'F3 is defined more than once (lines 10 and 12): give each its own number first, so it is clear which one a reference cites.',
    );
  });

  it('is refused when another document has the same document id', () => {
    const report = head() + '**F2** One.\n';
    assert.match(
      refusalFor({ [REPORT]: report, 'file:///w/copy.report.md': report }),
      /^copy\.report\.md has the same document id, plan: give each document its own id first/,
    );
  });

  it('is refused when a citation of a missing number would come to cite another item', () => {
    const report = head() + '**F1** One.\n\n**F3** Two.\n';
    assert.equal(
      refusalFor({ [REPORT]: report, [MINUTES]: minutesOn('2026-03-12', '**R1** Noted [plan:F2].') }),
      'F2 is cited in cabinet.minutes.md, line 8, but this document does not define it: renumbered, that citation would point to whatever becomes F2. Correct or remove it first.',
    );
  });

  it('is planned when the only citations of a missing number are beyond the new last number', () => {
    const report = head() + '**F1** One.\n\n**F3** Two [F7].\n';
    assert.equal(refusalFor({ [REPORT]: report }), 'planned');
  });
});

describe('Locked numbers', () => {
  const report = head() + '**F2** One.\n\n**F3** Two.\n';

  it('are not locked by the minutes of the same meeting or an earlier one', () => {
    for (const meeting of ['2026-03-12', '2026-01-10'])
      assert.equal(
        refusalFor({ [REPORT]: report, [MINUTES]: minutesOn(meeting, '**R1** Noted [plan:F3].') }),
        'planned',
        meeting,
      );
  });

  it('name every locked number the plan would move', () => {
    const locked = head('locked: [F2, F3]\n') + '**F2** One.\n\n**F3** Two.\n';
    assert.equal(
      refusalFor({ [REPORT]: locked }),
      'F2 is locked in the front matter (locked: [F2]); renumbering in order would make it F1. F3 is locked in the front matter (locked: [F3]); renumbering in order would make it F2. Published and locked numbers cannot change.',
    );
  });

  it('move when the plan is forced, and the plan says which locks it overrode', () => {
    const workspace = new Workspace(defaultConfig());
    workspace.setDocument(REPORT, head('locked: [F2]\n') + '**F2** One.\n');
    const result = renumberPlan(workspace, REPORT, { force: true });
    assert.ok('plan' in result);
    assert.deepEqual(result.plan.changes, [{ from: 'F2', to: 'F1' }]);
    assert.deepEqual(result.plan.overriddenLocks, [
      'F2 is locked in the front matter (locked: [F2]); renumbering in order would make it F1.',
    ]);
  });
});
