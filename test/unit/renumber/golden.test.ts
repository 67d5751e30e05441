import * as assert from 'node:assert/strict';
import { Workspace, applyTextEdits, defaultConfig, renumberPlan } from '../../support/core';
import { goldenCases } from '../../support/renumber-golden';

const ROOT = 'file:///workspace/';
const BOM = '\uFEFF';

describe('Renumbering the golden workspaces', () => {
  for (const golden of goldenCases()) {
    it(`gives the files of "${golden.name}" exactly, or its refusal`, () => {
      const workspace = new Workspace(defaultConfig());
      for (const [name, text] of Object.entries(golden.before)) workspace.setDocument(ROOT + name, text);
      const result = renumberPlan(workspace, ROOT + golden.document, {
        // As the CLI's --paragraphs alone: paragraphs only, unless kinds are named.
        ...(golden.kinds ? { kinds: golden.kinds } : golden.paragraphs ? { kinds: [] } : {}),
        ...(golden.force ? { force: true } : {}),
        ...(golden.paragraphs ? { paragraphs: true } : {}),
        ...(golden.start ? { start: golden.start } : {}),
      });
      if (golden.refusal !== undefined) {
        assert.deepEqual(result, {
          refusal: golden.refusal,
          ...(golden.forceable === false ? {} : { forceable: true }),
        });
        return;
      }
      assert.ok('plan' in result, 'refusal' in result ? result.refusal : '');
      const changed = Object.fromEntries(
        result.plan.files.map((file) => {
          const name = file.uri.slice(ROOT.length);
          const before = golden.before[name]!;
          // The core counts positions after a byte order mark, as editors do; the mark itself is kept.
          const bom = before.startsWith(BOM) ? BOM : '';
          assert.equal(bom + file.basedOn!, before, `${name} is planned from its text as read`);
          return [name, bom + applyTextEdits(file.basedOn!, file.edits)];
        }),
      );
      assert.deepEqual(changed, golden.after);
    });
  }
});
