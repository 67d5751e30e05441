import * as assert from 'node:assert/strict';
import { positionOf, reportWithUnresolvedReference, runCli, useTemporaryFolders, validReport } from './support';

const ANSI_ESCAPE = '\u001b';

describe('committee-reports check text output', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  it('prints path:line:col severity message [code], then a blank line and the summary', function () {
    const text = reportWithUnresolvedReference();
    const cwd = workspace({ 'reports/a.report.md': text, 'reports/b.report.md': validReport({ id: 'b' }) });
    const run = runCli(cwd, ['check']);
    assert.equal(run.status, 1);
    const { line, column } = positionOf(text, '[F9]');
    const lines = run.stdout.split('\n');
    assert.equal(lines.length, 4, run.stdout);
    assert.match(
      lines[0] ?? '',
      new RegExp(`^reports/a\\.report\\.md:${line}:${column} error .*F9.* \\[ref-unresolved\\]$`),
    );
    assert.equal(lines[1], '');
    assert.equal(lines[2], '2 files checked: 1 error, 0 warnings, 0 infos');
    assert.equal(lines[3], '');
  });

  it('prints only the summary, in the singular, when one file is clean', function () {
    const run = runCli(workspace({ 'a.report.md': validReport() }), ['check']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '1 file checked: 0 errors, 0 warnings, 0 infos\n');
  });

  it('uses the singular for one warning and one info', function () {
    const text = validReport({
      background:
        '**F1** The current contract ends in August 2026 and cannot be extended again.\n\n' +
        '**F2** Two schools asked to leave the contract early.',
    }).replace('## Summary', '## Executive Summary');
    const run = runCli(workspace({ 'a.report.md': text }), ['check']);
    assert.match(run.stdout, /\n1 file checked: 0 errors, 1 warning, 1 info\n$/);
  });

  it('says 0 files checked when a folder holds no documents', function () {
    const run = runCli(workspace({ 'notes.txt': 'nothing to check' }), ['check']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '0 files checked: 0 errors, 0 warnings, 0 infos\n');
  });

  it('does not colour output to a pipe, even with NO_COLOR unset', function () {
    const run = runCli(workspace({ 'a.report.md': reportWithUnresolvedReference() }), ['check']);
    assert.ok(!run.stdout.includes(ANSI_ESCAPE), run.stdout);
  });

  it('colours the severity when FORCE_COLOR is set', function () {
    const run = runCli(workspace({ 'a.report.md': reportWithUnresolvedReference() }), ['check'], { FORCE_COLOR: '1' });
    assert.ok(run.stdout.includes(` ${ANSI_ESCAPE}[31merror${ANSI_ESCAPE}[39m `), run.stdout);
  });

  it('does not colour when FORCE_COLOR is 0', function () {
    const run = runCli(workspace({ 'a.report.md': reportWithUnresolvedReference() }), ['check'], { FORCE_COLOR: '0' });
    assert.ok(!run.stdout.includes(ANSI_ESCAPE), run.stdout);
  });
});
