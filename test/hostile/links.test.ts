/**
 * Symbolic links in a workspace. A link that leads back to itself is a file
 * that cannot be read: named or found in a folder, it stops the command line
 * with one line (exit code 2), and the language server shows it on the file.
 * A link to a folder outside the folder being checked (to `/`, to another
 * folder of the disk) is not followed, so neither tool crawls the disk; a
 * link to a file is read wherever the file is; and no web of links inside
 * the workspace makes the crawl grow without end.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SpawnedServer, makeFolder, removeFolder, runCli, writeFiles } from './support';

const DOCUMENT = '---\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\nSee [F9].\n';
/** Far beyond what these small workspaces need; far short of crawling a disk. */
const TIME_LIMIT_MS = 60_000;

/** Whether this platform and user can make symbolic links (Windows needs a privilege). */
function canMakeLinks(): boolean {
  const folder = makeFolder('link-probe');
  try {
    fs.symlinkSync('.', path.join(folder, 'probe'));
    return true;
  } catch {
    return false;
  } finally {
    removeFolder(folder);
  }
}

const linksMade = canMakeLinks();

/** The paths the command line lists, in its order. */
function listed(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((file) => file.path);
}

/** Waits until the server has sent everything it sent before answering a request made now. */
async function settled(server: SpawnedServer, uri: string): Promise<void> {
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
}

describe(`Symbolic links${linksMade ? '' : ' (skipped: symbolic links cannot be made here)'}`, function () {
  this.timeout(2 * TIME_LIMIT_MS);

  describe('a link that leads back to itself', () => {
    let folder: string;
    const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

    beforeEach(function () {
      if (!linksMade) this.skip();
      folder = makeFolder('self-link');
      writeFiles(folder, { 'a.report.md': DOCUMENT });
      fs.symlinkSync('loop.report.md', path.join(folder, 'loop.report.md'));
      // A second way to the link, through a folder that leads back up: still one file.
      fs.mkdirSync(path.join(folder, 'sub'), { mode: 0o755 });
      fs.symlinkSync('..', path.join(folder, 'sub', 'up'));
    });

    afterEach(() => {
      if (folder) removeFolder(folder);
    });

    it('named on the command line, stops it with one line that says so (exit code 2, as for a path that cannot be read)', () => {
      const run = runCli(folder, ['check', 'loop.report.md']);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(
        run.stderr,
        'committee-reports: cannot read loop.report.md (it is a symbolic link that leads back to itself); check that it exists and that you may read it\n',
      );
    });

    it('found in the folder being checked, stops the command line the same way, named once, as any file it cannot read', () => {
      for (const args of [['check'], ['check', '--format', 'json', 'a.report.md']]) {
        const run = runCli(folder, args);
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.equal(run.stdout, '');
        assert.equal(
          run.stderr,
          'committee-reports: cannot read loop.report.md (it is a symbolic link that leads back to itself); check that it exists and that you may read it\n',
        );
      }
    });

    it('is shown by the language server as a file not checked, once, and the rest are checked', async () => {
      const server = new SpawnedServer(folder);
      try {
        await server.initialize(folder);
        const loop = await server.diagnostics(uriOf('loop.report.md'));
        assert.equal(loop.diagnostics.length, 1, JSON.stringify(loop.diagnostics));
        assert.equal(loop.diagnostics[0]!.code, 'file-not-checked');
        assert.equal(
          loop.diagnostics[0]!.message,
          'This file could not be read (it is a symbolic link that leads back to itself), so it was not checked. Check that it exists and that you may read it.',
        );
        assert.deepEqual(loop.diagnostics[0]!.range, {
          start: { line: 0, character: 0 },
          end: { line: 0, character: 0 },
        });
        const readable = await server.diagnostics(uriOf('a.report.md'));
        assert.ok(readable.diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'));
        await settled(server, uriOf('a.report.md'));
        assert.deepEqual(server.publishedFor(uriOf('sub/up/loop.report.md')), [], 'the link is shown twice');
        assert.deepEqual(
          server.publishedFor(uriOf('sub/up/a.report.md')),
          [],
          'a file behind a link loop is checked twice',
        );
        assert.equal(await server.stop(), 0);
      } finally {
        server.kill();
      }
    });
  });

  describe('folders that all link to each other', () => {
    let folder: string;
    /** Eight folders, each with a link to each of the others: 8! paths through them, if every way were followed. */
    const COUNT = 8;
    const OWN = Array.from({ length: COUNT }, (_, index) => `x${index + 1}/d${index + 1}.report.md`);

    before(function () {
      if (!linksMade) this.skip();
      folder = makeFolder('link-web');
      writeFiles(folder, Object.fromEntries(OWN.map((name) => [name, DOCUMENT])));
      for (let from = 1; from <= COUNT; from++) {
        for (let to = 1; to <= COUNT; to++)
          if (from !== to) fs.symlinkSync(`../x${to}`, path.join(folder, `x${from}`, `l${to}`));
      }
    });

    after(() => {
      if (folder) removeFolder(folder);
    });

    it('are each entered once by the command line, which checks every file once, under its own path', () => {
      const run = runCli(folder, ['check', '--format', 'json'], TIME_LIMIT_MS);
      assert.equal(run.stderr, '');
      assert.deepEqual(listed(run.stdout), OWN);
    });

    it('are each entered once by the language server, which checks every file once, under its own path', async () => {
      const server = new SpawnedServer(folder);
      const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
      try {
        await server.initialize(folder);
        for (const name of OWN) await server.diagnostics(uriOf(name));
        await settled(server, uriOf(OWN[0]!));
        assert.deepEqual(server.publishedUris().sort(), OWN.map(uriOf).sort());
        assert.equal(await server.stop(), 0);
      } finally {
        server.kill();
      }
    });
  });

  describe('links that lead out of the workspace', () => {
    let folder: string;
    let outside: string;
    const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
    /** What the workspace itself holds, and the file a link leads to: all that is checked. */
    const OWN = ['a.report.md', 'linked.report.md', 'reports/b.report.md'];

    before(function () {
      if (!linksMade) this.skip();
      outside = makeFolder('outside');
      writeFiles(outside, { 'elsewhere.report.md': DOCUMENT, 'linked.report.md': DOCUMENT });
      folder = makeFolder('links-out');
      writeFiles(folder, { 'a.report.md': DOCUMENT, 'reports/b.report.md': DOCUMENT });
      fs.symlinkSync('/', path.join(folder, 'disk'));
      fs.symlinkSync(outside, path.join(folder, 'reports', 'shared'));
      fs.symlinkSync(path.join(outside, 'linked.report.md'), path.join(folder, 'linked.report.md'));
    });

    after(() => {
      if (folder) removeFolder(folder);
      if (outside) removeFolder(outside);
    });

    it('are not followed to a folder by the command line, which checks only the workspace and a file a link leads to', () => {
      const run = runCli(folder, ['check', '--format', 'json'], TIME_LIMIT_MS);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 1, run.stdout);
      assert.deepEqual(listed(run.stdout), OWN);
    });

    it('are followed by the command line when the link to a folder is itself named: it is checked as a folder of its own', () => {
      const run = runCli(folder, ['check', '--format', 'json', 'reports/shared'], TIME_LIMIT_MS);
      assert.equal(run.stderr, '');
      assert.deepEqual(listed(run.stdout), ['reports/shared/elsewhere.report.md', 'reports/shared/linked.report.md']);
    });

    it('are not followed to a folder by the language server, which checks only the workspace and a file a link leads to', async () => {
      const server = new SpawnedServer(folder);
      try {
        await server.initialize(folder);
        for (const name of OWN) await server.diagnostics(uriOf(name));
        await settled(server, uriOf('a.report.md'));
        assert.deepEqual(server.publishedUris().sort(), OWN.map(uriOf).sort());
        assert.equal(await server.stop(), 0);
      } finally {
        server.kill();
      }
    });
  });
});
