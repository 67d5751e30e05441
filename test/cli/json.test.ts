import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  checkJson,
  diagnosticsOf,
  positionOf,
  reportWithUnresolvedReference,
  useTemporaryFolders,
  validMinutes,
  validReport,
} from './support';

describe('committee-reports check --format json', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  it('prints exactly the documented keys, with 1-based positions and summary counts', function () {
    const text = reportWithUnresolvedReference();
    const cwd = workspace({ 'reports/a.report.md': text, 'reports/b.report.md': validReport({ id: 'other-report' }) });
    const { run, output } = checkJson(cwd);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(Object.keys(output), ['version', 'files', 'summary']);
    assert.equal(output.version, 1);
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['reports/a.report.md', 'reports/b.report.md'],
    );
    for (const file of output.files) assert.deepEqual(Object.keys(file), ['path', 'diagnostics']);

    const start = positionOf(text, '[F9]');
    const diagnostics = diagnosticsOf(output, 'reports/a.report.md');
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [diagnostic] = diagnostics;
    assert.deepEqual(Object.keys(diagnostic ?? {}), [
      'line',
      'column',
      'endLine',
      'endColumn',
      'severity',
      'code',
      'message',
    ]);
    const { message, ...rest } = diagnostic ?? { message: '' };
    assert.deepEqual(rest, {
      line: start.line,
      column: start.column,
      endLine: start.line,
      endColumn: start.column + '[F9]'.length,
      severity: 'error',
      code: 'ref-unresolved',
    });
    assert.match(message, /F9/);
    assert.deepEqual(output.summary, { files: 2, errors: 1, warnings: 0, infos: 0 });
  });

  it('lists every checked file, including those without diagnostics', function () {
    const cwd = workspace({ 'a.report.md': validReport(), 'b.minutes.md': validMinutes() });
    const { run, output } = checkJson(cwd);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(output.files, [
      { path: 'a.report.md', diagnostics: [] },
      { path: 'b.minutes.md', diagnostics: [] },
    ]);
    assert.deepEqual(output.summary, { files: 2, errors: 0, warnings: 0, infos: 0 });
  });

  it('lists only the files under the folders named, in path order, with / separators', function () {
    const cwd = workspace({
      'reports/2026/b.report.md': validReport({ id: 'report-b' }),
      'reports/2026/a.report.md': validReport({ id: 'report-a' }),
      'minutes/m.minutes.md': validMinutes('report-a'),
    });
    const { output } = checkJson(cwd, ['reports']);
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['reports/2026/a.report.md', 'reports/2026/b.report.md'],
    );
  });

  it('resolves references to documents in the root that are not listed', function () {
    const cwd = workspace({ 'reports/a.report.md': validReport(), 'minutes/m.minutes.md': validMinutes() });
    const { run, output } = checkJson(cwd, ['minutes']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(output.files, [{ path: 'minutes/m.minutes.md', diagnostics: [] }]);
  });

  it('reports a reference to a document that is nowhere in the root', function () {
    // The same minutes without the report: proves the test above is not passing vacuously.
    const cwd = workspace({ 'minutes/m.minutes.md': validMinutes() });
    const { run, output } = checkJson(cwd, ['minutes']);
    assert.equal(run.status, 1);
    assert.deepEqual(
      diagnosticsOf(output, 'minutes/m.minutes.md').map((d) => d.code),
      ['ref-unknown-document'],
    );
  });

  it('checks a file named explicitly even when the include globs do not pick it', function () {
    const cwd = workspace({ 'drafts/notes.md': reportWithUnresolvedReference(), 'drafts/other.md': validReport() });
    const { run, output } = checkJson(cwd, ['drafts/notes.md']);
    assert.equal(run.status, 1);
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['drafts/notes.md'],
    );
    assert.deepEqual(
      diagnosticsOf(output, 'drafts/notes.md').map((d) => d.code),
      ['ref-unresolved'],
    );
  });

  it('does not list files under a named folder that the globs do not pick', function () {
    const cwd = workspace({ 'drafts/notes.md': validReport(), 'drafts/a.report.md': validReport({ id: 'a' }) });
    const { output } = checkJson(cwd, ['drafts']);
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['drafts/a.report.md'],
    );
  });

  it('skips files the config excludes and anything in node_modules', function () {
    const cwd = workspace({
      '.committee-reports.yaml': 'exclude: ["archive/**"]\n',
      'a.report.md': validReport(),
      'archive/old.report.md': reportWithUnresolvedReference(),
      'node_modules/pkg/x.report.md': reportWithUnresolvedReference(),
    });
    const { run, output } = checkJson(cwd);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['a.report.md'],
    );
  });

  it('checks a PATH outside the working directory and shows it with ../', function () {
    const parent = workspace({ 'work/.keep': '', 'elsewhere/x.report.md': reportWithUnresolvedReference() });
    const { run, output } = checkJson(path.join(parent, 'work'), ['../elsewhere/x.report.md']);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['../elsewhere/x.report.md'],
    );
    assert.deepEqual(
      diagnosticsOf(output, '../elsewhere/x.report.md').map((d) => d.code),
      ['ref-unresolved'],
    );
  });

  it('checks a folder outside the working directory with the include globs applied inside it', function () {
    const parent = workspace({
      'work/.keep': '',
      'elsewhere/x.report.md': validReport(),
      'elsewhere/notes.md': reportWithUnresolvedReference(),
    });
    const { run, output } = checkJson(path.join(parent, 'work'), ['../elsewhere']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(output.files, [{ path: '../elsewhere/x.report.md', diagnostics: [] }]);
  });

  it('lists a file once when it is both named and under a named folder', function () {
    const cwd = workspace({ 'a.report.md': validReport() });
    const { output } = checkJson(cwd, ['.', 'a.report.md', './a.report.md']);
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['a.report.md'],
    );
    assert.equal(output.summary.files, 1);
  });
});
