import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  REPO_ROOT,
  isOneLineMessage,
  reportWithUnresolvedReference,
  runCli,
  useTemporaryFolders,
  validReport,
} from './support';

describe('committee-reports exit codes and usage', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  it('exits 0 when the documents have no errors', function () {
    const cwd = workspace({ 'a.report.md': validReport() });
    const run = runCli(cwd, ['check']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stderr, '');
  });

  it('exits 1 when a document has an error', function () {
    const cwd = workspace({ 'a.report.md': reportWithUnresolvedReference() });
    const run = runCli(cwd, ['check']);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /\[ref-unresolved\]/);
  });

  it('exits 0 when the only diagnostics are warnings', function () {
    // F2 is defined but nothing cites it: finding-unaddressed is a warning.
    const cwd = workspace({
      'a.report.md': validReport({
        background:
          '**F1** The current contract ends in August 2026 and cannot be extended again.\n\n' +
          '**F2** Two schools asked to leave the contract early.',
      }),
    });
    const run = runCli(cwd, ['check', '--format', 'json']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /"finding-unaddressed"/);
  });

  const usageErrors: readonly { readonly name: string; readonly args: readonly string[]; readonly mentions: RegExp }[] =
    [
      {
        name: 'an unknown flag, suggesting the one meant',
        args: ['check', '--fromat', 'json'],
        mentions: /'--fromat' \(did you mean --format\?\)/,
      },
      { name: 'an unknown short flag', args: ['check', '-x'], mentions: /-x/ },
      { name: 'an unknown format', args: ['check', '--format', 'xml'], mentions: /xml/ },
      { name: 'a --format without a value', args: ['check', '--format'], mentions: /--format/ },
      { name: 'a PATH that does not exist', args: ['check', 'missing.report.md'], mentions: /missing\.report\.md/ },
      {
        name: 'a --config file that does not exist',
        args: ['check', '--config', 'nowhere.yaml'],
        mentions: /nowhere\.yaml/,
      },
      { name: 'no command', args: [], mentions: /command/ },
      { name: 'a PATH given without the check command', args: ['a.report.md'], mentions: /check a\.report\.md/ },
      {
        name: 'a command spelt wrong, suggesting the one meant',
        args: ['chek', 'samples'],
        mentions: /unknown command 'chek': did you mean 'check'\?/,
      },
    ];
  for (const usage of usageErrors) {
    it(`exits 2 with one line on stderr and no output for ${usage.name}`, function () {
      const cwd = workspace({ 'a.report.md': validReport() });
      const run = runCli(cwd, usage.args);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.equal(run.stdout, '');
      assert.ok(isOneLineMessage(run.stderr), `not a one-line message: ${JSON.stringify(run.stderr)}`);
      assert.match(run.stderr, usage.mentions);
    });
  }

  // A document that may not be read (permission denied): test/hostile/permissions.test.ts, which runs the CLI as `nobody` when the tests run as root.

  it('exits 2 with a one-line message naming a document that is a link leading back to itself, named or found', function () {
    const cwd = workspace({ 'a.report.md': validReport() });
    try {
      fs.symlinkSync('loop.report.md', path.join(cwd, 'loop.report.md'));
    } catch {
      this.skip(); // no symbolic links here (Windows without the privilege)
    }
    for (const args of [['check', 'loop.report.md'], ['check']]) {
      const run = runCli(cwd, args);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(
        run.stderr,
        'committee-reports: cannot read loop.report.md (it is a symbolic link that leads back to itself); check that it exists and that you may read it\n',
      );
    }
  });

  it('exits 2 with a one-line message when the config file is a link leading back to itself, found or given', function () {
    const cwd = workspace({ 'a.report.md': validReport() });
    try {
      fs.symlinkSync('.committee-reports.yaml', path.join(cwd, '.committee-reports.yaml'));
      fs.symlinkSync('c.yaml', path.join(cwd, 'c.yaml'));
    } catch {
      this.skip(); // no symbolic links here (Windows without the privilege)
    }
    for (const [args, shown] of [
      [['check'], '.committee-reports.yaml'],
      [['check', '--config', 'c.yaml'], 'c.yaml'],
    ] as const) {
      const run = runCli(cwd, [...args]);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.equal(
        run.stderr,
        `committee-reports: cannot read ${shown} (it is a symbolic link that leads back to itself); check that it exists and that you may read it\n`,
      );
    }
  });

  it('prints the usage with --help and -h and exits 0', function () {
    const cwd = workspace({});
    for (const flag of ['--help', '-h']) {
      const run = runCli(cwd, [flag]);
      assert.equal(run.status, 0);
      assert.match(
        run.stdout,
        /^Usage: committee-reports check \[PATH\.\.\.\] \[--format text\|json\|sarif\] \[--cache\] \[--cache-location FILE\]\n +\[--config FILE\]/,
      );
      assert.match(run.stdout, /Exit codes/);
      assert.equal(run.stderr, '');
    }
  });

  it('prints help even when --help follows the check command', function () {
    const run = runCli(workspace({}), ['check', '--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage:/);
  });

  it('prints the version from package.json with --version and -v and exits 0', function () {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const cwd = workspace({});
    for (const flag of ['--version', '-v']) {
      const run = runCli(cwd, [flag]);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, `${version}\n`);
    }
  });
});
