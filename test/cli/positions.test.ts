import * as assert from 'node:assert/strict';
import { checkJson, diagnosticsOf, positionOf, useTemporaryFolders, validReport, type JsonDiagnostic } from './support';

/** A report whose one error is `[F9]` after accented letters, a pound sign and an emoji on the same line. */
const UNICODE_LINE = '**R2** That the café’s £5 menu 😀 be reviewed after the first year [F9].';
function unicodeReport(id: string): string {
  return validReport({
    id,
    recommendations: `**R1** That the Cabinet agrees to renew the school meals contract for three years [F1].\n\n${UNICODE_LINE}`,
  });
}
// Documents in one workspace need their own ids, or each reports document-id-duplicate.
const UNICODE_REPORT = unicodeReport('unicode');

function onlyError(diagnostics: readonly JsonDiagnostic[]): JsonDiagnostic {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  assert.equal(errors.length, 1, JSON.stringify(diagnostics));
  return errors[0] as JsonDiagnostic;
}

describe('committee-reports positions', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  it('counts columns in UTF-16 code units, an emoji as two', function () {
    const { output } = checkJson(workspace({ 'a.report.md': UNICODE_REPORT }));
    const error = onlyError(diagnosticsOf(output, 'a.report.md'));
    const expected = positionOf(UNICODE_REPORT, '[F9]');
    assert.equal(error.code, 'ref-unresolved');
    assert.equal(error.line, expected.line);
    assert.equal(error.column, expected.column);
    assert.equal(error.endColumn, expected.column + 4);
    // Counted in code points the emoji would be one: the column must be one more than that.
    const codePointsBefore = [...UNICODE_LINE.slice(0, UNICODE_LINE.indexOf('[F9]'))].length;
    assert.equal(error.column, codePointsBefore + 2);
  });

  it('gives a CRLF file the same positions as the LF file', function () {
    const cwd = workspace({
      'lf.report.md': unicodeReport('lf'),
      'crlf.report.md': unicodeReport('crlf').replace(/\n/g, '\r\n'),
    });
    const { output } = checkJson(cwd);
    assert.deepEqual(diagnosticsOf(output, 'crlf.report.md'), diagnosticsOf(output, 'lf.report.md'));
    assert.equal(onlyError(diagnosticsOf(output, 'crlf.report.md')).column, positionOf(UNICODE_REPORT, '[F9]').column);
  });

  it('does not count a UTF-8 byte order mark in the columns', function () {
    const cwd = workspace({
      'plain.report.md': unicodeReport('plain'),
      'bom.report.md': `\uFEFF${unicodeReport('bom')}`,
    });
    const { output } = checkJson(cwd);
    assert.deepEqual(diagnosticsOf(output, 'bom.report.md'), diagnosticsOf(output, 'plain.report.md'));
  });

  it('reads front matter after a byte order mark, so the first line is not an error', function () {
    const { run, output } = checkJson(workspace({ 'bom.report.md': `\uFEFF${validReport()}` }));
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(diagnosticsOf(output, 'bom.report.md'), []);
  });
});
