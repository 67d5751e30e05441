/**
 * `check` and `trace` read the workspace one way: a document deleted between
 * being found and being read is left out of both, and one that turns into
 * something else that cannot be read stops both with the same message. The
 * race cannot be timed through the binary, so the test runs the two halves of
 * each command (finding, then reading) with the change in between.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as CheckModule from '../../server/src/cli/check';
import type * as ReadModule from '../../server/src/cli/read-workspace';
import type * as TraceModule from '../../server/src/cli/trace';
import type * as RequestModule from '../../server/src/cli/workspace-request';
import { useTemporaryFolders, validMinutes, validReport } from './support';

// The command line's modules are not exported from the package (only the core is), so the compiled ones are loaded by path.
const CLI = path.resolve(__dirname, '../../../server/out/cli');
/* eslint-disable @typescript-eslint/no-require-imports */
const { checkWorkspace } = require(path.join(CLI, 'check')) as typeof CheckModule;
const { readWorkspace } = require(path.join(CLI, 'read-workspace')) as typeof ReadModule;
const { traceWorkspace } = require(path.join(CLI, 'trace')) as typeof TraceModule;
const { findWorkspace } = require(path.join(CLI, 'workspace-request')) as typeof RequestModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const REPORT = 'reports/school-meals.report.md';
const MINUTES = 'minutes/cabinet-2026-04-14.minutes.md';
const TODAY = '2026-10-01';

describe('A document that changes between being found and being read', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  /** Finds the workspace, lets `change` act on the root, then reads it. */
  function readAfter(change: (root: string) => void): ReadModule.ReadWorkspace {
    const root = workspace({ [REPORT]: validReport(), [MINUTES]: validMinutes() });
    const found = findWorkspace({ root, paths: ['.'] });
    assert.equal(found.listedFiles.length, 2, 'both documents are found before the change');
    change(root);
    return readWorkspace(found);
  }

  describe('deleted', () => {
    const deleteReport = (root: string) => fs.rmSync(path.join(root, REPORT));

    it('is not listed by check, and the minutes citing it are checked without it', () => {
      const outcome = checkWorkspace(readAfter(deleteReport));
      assert.deepEqual(
        outcome.files.map((file) => file.path),
        [MINUTES],
      );
      assert.deepEqual(
        outcome.files[0]!.diagnostics.map((diagnostic) => diagnostic.code),
        ['ref-unknown-document'],
      );
    });

    it('is not in the trace, and the minutes citing it are traced without it', () => {
      const outcome = traceWorkspace(readAfter(deleteReport), TODAY);
      assert.deepEqual(outcome.model.findings, []);
      assert.deepEqual(
        outcome.model.brokenLinks.map((link) => `${outcome.pathOf(link.from.uri)} ${link.problem}`),
        [`${MINUTES} unknown-document`],
      );
    });
  });

  describe('turned into a folder', () => {
    const cannotRead = new RegExp(`^cannot read ${MINUTES} \\(it is a folder\\)`);
    const intoFolder = (root: string) => {
      fs.rmSync(path.join(root, MINUTES));
      fs.mkdirSync(path.join(root, MINUTES));
    };

    it('stops check with a message naming it', () => {
      assert.throws(() => checkWorkspace(readAfter(intoFolder)), { message: cannotRead });
    });

    it('stops trace with the same message', () => {
      assert.throws(() => traceWorkspace(readAfter(intoFolder), TODAY), { message: cannotRead });
    });
  });
});
