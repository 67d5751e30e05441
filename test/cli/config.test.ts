import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  checkJson,
  diagnosticsOf,
  reportWithUnresolvedReference,
  runCli,
  useTemporaryFolders,
  validReport,
} from './support';

describe('committee-reports and the workspace config', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  it('applies the config file found in the working directory', function () {
    const cwd = workspace({
      '.committee-reports.yaml': 'rules:\n  ref-unresolved: off\n',
      'a.report.md': reportWithUnresolvedReference(),
    });
    const { run, output } = checkJson(cwd);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(output.files, [{ path: 'a.report.md', diagnostics: [] }]);
  });

  it('applies the file given with --config instead', function () {
    const cwd = workspace({
      'settings/strict.yaml': 'rules:\n  ref-unresolved: warning\n',
      'a.report.md': reportWithUnresolvedReference(),
    });
    const { run, output } = checkJson(cwd, ['--config', 'settings/strict.yaml']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(
      diagnosticsOf(output, 'a.report.md').map((d) => [d.code, d.severity]),
      [['ref-unresolved', 'warning']],
    );
  });

  it('exits 1 and lists the config file when an entry is invalid, and still applies the rest', function () {
    const cwd = workspace({
      '.committee-reports.yaml': 'rules:\n  section-order: loud\nexclude: ["archive/**"]\n',
      'a.report.md': validReport(),
      'archive/old.report.md': reportWithUnresolvedReference(),
    });
    const { run, output } = checkJson(cwd);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['.committee-reports.yaml', 'a.report.md'],
    );
    const configDiagnostics = diagnosticsOf(output, '.committee-reports.yaml');
    assert.deepEqual(
      configDiagnostics.map((d) => [d.code, d.severity, d.line]),
      [['config-invalid', 'error', 2]],
    );
    // The config file is not a document: counted in errors, not in files.
    assert.deepEqual(output.summary, { files: 1, errors: 1, warnings: 0, infos: 0 });
  });

  it('exits 1 when the config file is not YAML, and checks with the defaults', function () {
    const cwd = workspace({ '.committee-reports.yaml': 'include: [\n', 'a.report.md': validReport() });
    const { run, output } = checkJson(cwd);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.equal(diagnosticsOf(output, '.committee-reports.yaml')[0]?.severity, 'error');
    assert.deepEqual(diagnosticsOf(output, 'a.report.md'), []);
  });

  it('shows config problems in the text format under the config file path', function () {
    const cwd = workspace({
      '.committee-reports.yaml': 'rules:\n  section-order: loud\n',
      'a.report.md': validReport(),
    });
    const run = runCli(cwd, ['check']);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^\.committee-reports\.yaml:2:\d+ error .* \[config-invalid\]$/m);
    assert.match(run.stdout, /^1 file checked: 1 error, 0 warnings, 0 infos$/m);
  });

  it('lists a --config file outside the working directory with a ../ path', function () {
    const parent = workspace({
      'shared/config.yaml': 'rules:\n  section-order: loud\n',
      'work/a.report.md': validReport(),
    });
    const { run, output } = checkJson(path.join(parent, 'work'), ['--config', '../shared/config.yaml']);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.deepEqual(
      output.files.map((file) => file.path),
      ['../shared/config.yaml', 'a.report.md'],
    );
  });
});
