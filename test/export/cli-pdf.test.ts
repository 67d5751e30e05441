import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isOneLineMessage, runCli, useTemporaryFolders, validMinutes, validReport } from '../cli/support';
import { pdfInfo } from './poppler';

const FILES = {
  'reports/school-meals.report.md': validReport(),
  'minutes/cabinet-2026-04-14.minutes.md': validMinutes(),
};

describe('committee-reports export --to pdf', function () {
  this.timeout(120_000);
  const workspace = useTemporaryFolders();

  it('prints each document to a tagged A4 PDF with one browser, and names each file written', function () {
    const folder = workspace(FILES);
    const run = runCli(folder, ['export', '--to', 'pdf']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout,
      [
        'Wrote export/cabinet-2026-04-14.pdf from minutes/cabinet-2026-04-14.minutes.md',
        'Wrote export/school-meals.pdf from reports/school-meals.report.md',
        '',
        '2 files written',
        '',
      ].join('\n'),
    );
    const info = pdfInfo(path.join(folder, 'export/school-meals.pdf'));
    assert.equal(info.get('Tagged'), 'yes');
    assert.equal(info.get('Title'), 'School Meals Contract');
    assert.match(info.get('Page size') ?? '', /\(A4\)/);
  });

  it('refuses an exempt report, which is not for the public, unless --include-exempt', function () {
    const exempt = validReport({ id: 'depot-sale' })
      .replace('exempt: false', 'exempt:\n  paragraphs: [3]\n  reason: The price the Council would accept.')
      .replace(
        '## Background Papers',
        '## Reason for Inclusion in Part II\n\nParagraph 3 applies.\n\n## Background Papers',
      );
    const folder = workspace({ 'depot.report.md': exempt });
    const refused = runCli(folder, ['export', '--to', 'pdf']);
    assert.equal(refused.status, 1, refused.stderr);
    assert.match(refused.stdout, /^Not exported: depot\.report\.md: it is exempt from publication under Schedule 12A/m);
    assert.equal(fs.existsSync(path.join(folder, 'export')), false);
    const included = runCli(folder, ['export', '--to', 'pdf', '--include-exempt']);
    assert.equal(included.status, 0, included.stderr);
    assert.equal(pdfInfo(path.join(folder, 'export/depot.pdf')).get('Tagged'), 'yes');
  });

  it('writes nothing, and says in one line how to set a browser, when the one named is not there', function () {
    const folder = workspace({ ...FILES, '.committee-reports.yaml': 'export:\n  browser: /no/such/chromium\n' });
    const run = runCli(folder, ['export', '--to', 'pdf']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.ok(isOneLineMessage(run.stderr), run.stderr);
    assert.match(run.stderr, /\/no\/such\/chromium, is not a program on this computer: set export\.browser/);
    assert.equal(fs.existsSync(path.join(folder, 'export')), false);
  });
});
