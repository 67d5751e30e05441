import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig, renameId } from '../../support/core';
import { applyEdits } from '../support';

const REPORT_URI = 'file:///w/rep.report.md';
const MINUTES_URI = 'file:///w/m.minutes.md';
const REPORT = [
  '---',
  'id: rep',
  'title: T',
  '---',
  '**F1** One.',
  '',
  '**F2** Two.',
  '',
  '**R1** Act [F1, F2].',
  '',
].join('\n');
const MINUTES = ['---', 'type: minutes', 'title: M', '---', '**R1** Endorses [rep:R1] on [rep:F2].', ''].join('\n');

function workspaceWith(report = REPORT, minutes = MINUTES): Workspace {
  const workspace = new Workspace(defaultConfig());
  workspace.setDocument(REPORT_URI, report);
  workspace.setDocument(MINUTES_URI, minutes);
  return workspace;
}

describe('Renaming an ID', () => {
  it('changes the definition and every reference, in every document, and nothing else', () => {
    const workspace = workspaceWith();
    const result = renameId(workspace, { documentId: 'rep', id: 'F2' }, 'F7');
    assert.ok('edits' in result);
    const report = applyEdits(REPORT, result.edits.get(REPORT_URI)!);
    const minutes = applyEdits(MINUTES, result.edits.get(MINUTES_URI)!);
    assert.equal(report, REPORT.replace('**F2**', '**F7**').replace('[F1, F2]', '[F1, F7]'));
    assert.equal(minutes, MINUTES.replace('[rep:F2]', '[rep:F7]'));
    workspace.setDocument(REPORT_URI, report);
    workspace.setDocument(MINUTES_URI, minutes);
    const broken = [...workspace.diagnostics(REPORT_URI), ...workspace.diagnostics(MINUTES_URI)].filter((d) =>
      d.code.startsWith('ref-'),
    );
    assert.deepEqual(broken, []);
  });

  it('refuses a name that is already taken, of another kind, or not an ID', () => {
    const workspace = workspaceWith();
    const refusal = (name: string) => {
      const result = renameId(workspace, { documentId: 'rep', id: 'F2' }, name);
      return 'refusal' in result ? result.refusal : 'accepted';
    };
    assert.match(refusal('F1'), /F1 already exists in rep/);
    assert.match(refusal('R9'), /rename it to another F number/);
    assert.match(refusal('finding two'), /is not an ID/);
  });

  it('refuses when a range cites the ID, at either end or inside it', () => {
    for (const cited of ['[F1-F2]', '[F2-F3]']) {
      const report = REPORT.replace('**R1** Act [F1, F2].', `**F3** Three.\n\n**R1** Act ${cited}.`);
      const result = renameId(workspaceWith(report), { documentId: 'rep', id: 'F2' }, 'F9');
      assert.ok('refusal' in result, cited);
      assert.match(result.refusal, /cited through a range in rep\.report\.md, line \d+/);
    }
  });
});
