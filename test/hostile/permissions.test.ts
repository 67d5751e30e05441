/**
 * Files the tools may not read. As root, permissions do not stop a read, so
 * the tools run as the user `nobody` (see support.ts); where even that is not
 * possible, these tests are skipped and say why, rather than pass unproven.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SpawnedServer, makeFolder, permissionsBind, removeFolder, runCli, writeFiles } from './support';

const DOCUMENT = '---\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\nSee [F9].\n';
const WHY_SKIPPED = 'permissions do not bind here (root, and the tools cannot be run as nobody)';

describe(`Files that cannot be read${permissionsBind ? '' : ` (skipped: ${WHY_SKIPPED})`}`, function () {
  this.timeout(60_000);
  let folder: string;

  beforeEach(function () {
    if (!permissionsBind) this.skip();
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
    assert.match(run.stderr, /^committee-reports: cannot read secret\.report\.md \(permission denied\); check that it exists and that you may read it\n$/);
  });

  it('are left out by the language server, which checks the rest and goes on serving', async () => {
    const server = new SpawnedServer(folder);
    try {
      await server.initialize(folder);
      const readable = await server.diagnostics(pathToFileURL(path.join(folder, 'readable.report.md')).href);
      assert.ok(readable.diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'));
      assert.deepEqual(server.publishedFor(pathToFileURL(path.join(folder, 'secret.report.md')).href), []);
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
});
