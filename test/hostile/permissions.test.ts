/**
 * Files the tools may not read. As root, permissions do not stop a read, so
 * the tools run as the user `nobody` (see support.ts); where even that is not
 * possible, these cases are left out and the run says why, rather than pass
 * unproven.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  SpawnedServer,
  describeWherePermissionsBind,
  makeFolder,
  removeFolder,
  runCli,
  writeFiles,
  type Published,
} from './support';

const DOCUMENT = '---\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\nSee [F9].\n';
/** LSP's FileChangeType. */
const FileChange = { Changed: 2, Deleted: 3 } as const;

function notChecked(published: Published): boolean {
  return published.diagnostics.some(
    (diagnostic) =>
      diagnostic.code === 'file-not-checked' && /could not be read \(permission denied\)/.test(diagnostic.message),
  );
}

/** The next publication for a URI, after those already received. */
function next(server: SpawnedServer, uri: string): Promise<Published> {
  const seen = server.publishedFor(uri).length;
  return server.diagnostics(uri, (published) => server.publishedFor(uri).indexOf(published) >= seen);
}

describeWherePermissionsBind('Files that cannot be read', function () {
  this.timeout(60_000);
  let folder: string;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

  beforeEach(() => {
    folder = makeFolder('unreadable');
    writeFiles(folder, { 'readable.report.md': DOCUMENT, 'secret.report.md': DOCUMENT });
    fs.chmodSync(path.join(folder, 'secret.report.md'), 0o000);
  });

  afterEach(() => {
    if (folder) removeFolder(folder);
  });

  it('stop the command line with a one-line message naming the file, exit code 2, and no output', () => {
    const run = runCli(folder, ['check', '--format', 'json']);
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      /^committee-reports: cannot read secret\.report\.md \(permission denied\); check that it exists and that you may read it\n$/,
    );
  });

  it('are shown by the language server as not checked, saying why, and the rest are checked', async () => {
    const server = new SpawnedServer(folder);
    try {
      await server.initialize(folder);
      const secret = await server.diagnostics(uriOf('secret.report.md'));
      assert.equal(secret.diagnostics.length, 1, JSON.stringify(secret.diagnostics));
      assert.equal(secret.diagnostics[0]!.code, 'file-not-checked');
      assert.equal(
        secret.diagnostics[0]!.message,
        'This file could not be read (permission denied), so it was not checked. Check that it exists and that you may read it.',
      );
      const readable = await server.diagnostics(uriOf('readable.report.md'));
      assert.ok(readable.diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'));
      assert.equal(await server.stop(), 0);
    } finally {
      server.kill();
    }
  });

  it('are checked by the language server once they can be read, and shown as not checked again when they cannot, as the file watcher reports', async () => {
    const server = new SpawnedServer(folder);
    const secret = uriOf('secret.report.md');
    const changed = (type: number) =>
      server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: secret, type }] });
    try {
      await server.initialize(folder);
      await server.diagnostics(secret, (published) => notChecked(published));

      fs.chmodSync(path.join(folder, 'secret.report.md'), 0o644);
      const whenReadable = next(server, secret);
      await changed(FileChange.Changed);
      const checked = await whenReadable;
      assert.ok(!notChecked(checked), JSON.stringify(checked.diagnostics));
      assert.ok(
        checked.diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'),
        JSON.stringify(checked.diagnostics),
      );

      fs.chmodSync(path.join(folder, 'secret.report.md'), 0o000);
      const whenUnreadable = next(server, secret);
      await changed(FileChange.Changed);
      const again = await whenUnreadable;
      assert.equal(again.diagnostics.length, 1, JSON.stringify(again.diagnostics));
      assert.ok(notChecked(again), JSON.stringify(again.diagnostics));

      fs.rmSync(path.join(folder, 'secret.report.md'));
      const whenDeleted = next(server, secret);
      await changed(FileChange.Deleted);
      assert.deepEqual((await whenDeleted).diagnostics, []);
      assert.equal(await server.stop(), 0);
    } finally {
      server.kill();
    }
  });

  it('follow the config in the language server: a rule turned down, or the file excluded, is shown at once', async () => {
    const server = new SpawnedServer(folder);
    const secret = uriOf('secret.report.md');
    const configChanged = async (text: string) => {
      writeFiles(folder, { '.committee-reports.yaml': text });
      const published = next(server, secret);
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: uriOf('.committee-reports.yaml'), type: FileChange.Changed }],
      });
      return published;
    };
    try {
      await server.initialize(folder);
      await server.diagnostics(secret, (published) => notChecked(published));
      const warning = await configChanged('rules: { file-not-checked: warning }\n');
      assert.ok(notChecked(warning), JSON.stringify(warning.diagnostics));
      assert.equal(warning.diagnostics[0]!.severity, 2);
      assert.deepEqual((await configChanged('exclude: [secret.report.md]\n')).diagnostics, []);
      assert.ok(notChecked(await configChanged('exclude: []\n')));
      assert.equal(await server.stop(), 0);
    } finally {
      server.kill();
    }
  });

  it('as the config file, stop the command line with a one-line message (exit code 2)', () => {
    writeFiles(folder, { '.committee-reports.yaml': 'rules: { section-missing: off }\n' });
    fs.chmodSync(path.join(folder, 'secret.report.md'), 0o644);
    fs.chmodSync(path.join(folder, '.committee-reports.yaml'), 0o000);
    const run = runCli(folder, ['check']);
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /^committee-reports: cannot read \.committee-reports\.yaml \(permission denied\)/);
  });

  it('as the config file, are reported by the language server on the config, which then checks with the defaults', async () => {
    writeFiles(folder, { '.committee-reports.yaml': 'rules: { ref-unresolved: off }\n' });
    fs.chmodSync(path.join(folder, '.committee-reports.yaml'), 0o000);
    const server = new SpawnedServer(folder);
    try {
      await server.initialize(folder);
      const config = await server.diagnostics(pathToFileURL(path.join(folder, '.committee-reports.yaml')).href);
      assert.equal(config.diagnostics.length, 1);
      assert.equal(config.diagnostics[0]!.code, 'config-invalid');
      assert.match(config.diagnostics[0]!.message, /could not be read \(permission denied\), so the defaults apply/);
      // The defaults apply: the rule the config would have turned off still reports.
      const readable = await server.diagnostics(pathToFileURL(path.join(folder, 'readable.report.md')).href);
      assert.ok(readable.diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'));
      assert.equal(await server.stop(), 0);
    } finally {
      server.kill();
    }
  });

  it('as a folder, are passed over by the command line with a warning naming the folder, and the rest checked as usual', () => {
    fs.chmodSync(path.join(folder, 'secret.report.md'), 0o644);
    writeFiles(folder, { 'exempt/hidden.report.md': DOCUMENT });
    fs.chmodSync(path.join(folder, 'exempt'), 0o000);
    for (const command of ['check', 'trace']) {
      const run = runCli(folder, [command, '--format', 'json']);
      assert.equal(
        run.stderr,
        'committee-reports: warning: could not open the folder exempt (permission denied), so the documents in it, if any, were not checked\n',
        command,
      );
      assert.doesNotMatch(run.stdout, /hidden/, command);
      if (command === 'check') {
        assert.equal(run.status, 1, run.stdout + run.stderr);
        const paths = (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((file) => file.path);
        assert.deepEqual(paths, ['readable.report.md', 'secret.report.md']);
      } else assert.equal(run.status, 0, run.stdout + run.stderr);
    }
    // SARIF carries it too, for a code-scanning UI that never shows stderr.
    const sarif = JSON.parse(runCli(folder, ['check', '--format', 'sarif']).stdout) as {
      runs: { invocations?: { toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[];
    };
    assert.deepEqual(sarif.runs[0]!.invocations?.[0]?.toolExecutionNotifications, [
      {
        level: 'warning',
        message: {
          text: 'could not open the folder exempt (permission denied), so the documents in it, if any, were not checked',
        },
      },
    ]);
  });

  it('as a folder, are named in one warning message by the language server, and the rest checked as usual', async () => {
    fs.chmodSync(path.join(folder, 'secret.report.md'), 0o644);
    writeFiles(folder, { 'exempt/hidden.report.md': DOCUMENT });
    fs.chmodSync(path.join(folder, 'exempt'), 0o000);
    const server = new SpawnedServer(folder);
    const warnings: string[] = [];
    server.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      if (params.type === 2) warnings.push(params.message);
    });
    try {
      await server.initialize(folder);
      const readable = await server.diagnostics(uriOf('readable.report.md'));
      assert.ok(readable.diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'));
      // The message is sent before the diagnostics are published.
      assert.deepEqual(warnings, [
        `Committee Reports could not open the folder ${path.join(folder, 'exempt')} (permission denied), so the documents in it, if any, are not checked. Check that you may open it.`,
      ]);
      assert.equal(server.publishedFor(uriOf('exempt/hidden.report.md')).length, 0);
      assert.equal(await server.stop(), 0);
    } finally {
      server.kill();
    }
  });
});
