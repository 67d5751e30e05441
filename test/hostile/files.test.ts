/**
 * The command line and the language server over a read-only workspace of
 * damaged and unusual files (and a copy of the samples): each file gets one
 * clear diagnostic, or is checked as usual; a link to nothing and a pipe
 * named like documents are left alone; a file reached through a link loop is checked
 * once; everything ends in bounded time; and nothing in the workspace is
 * written, by either tool.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  REPO_ROOT,
  SpawnedServer,
  makeFolder,
  makeReadOnly,
  permissionsBind,
  removeFolder,
  runCli,
  snapshot,
  type Published,
} from './support';
import { HOSTILE_FILES, LOOPED_FILE, NOT_FILES, writeHostileWorkspace, type Expectation } from './workspace';

interface JsonOutput {
  readonly files: readonly {
    readonly path: string;
    readonly diagnostics: readonly { readonly code: string; readonly message: string }[];
  }[];
}

/** The longest a run over this workspace may take: far beyond what it needs, far short of a hang. */
const TIME_LIMIT_MS = 60_000;

function matches(diagnostics: readonly { code?: string | number; message: string }[], expected: Expectation): boolean {
  return diagnostics.some(
    (diagnostic) => diagnostic.code === expected.code && expected.message.test(diagnostic.message),
  );
}

describe(`Damaged and unusual files, in a read-only workspace${permissionsBind ? '' : ' (read-only for the snapshot only: these tools run as root, which writes anywhere)'}`, function () {
  this.timeout(120_000);
  let folder: string;
  let notMade: string[];
  let original: Record<string, string>;
  /** One run in JSON, shared by the tests that read it. */
  let json: { run: ReturnType<typeof runCli>; output: JsonOutput };

  before(() => {
    folder = makeFolder('hostile');
    notMade = writeHostileWorkspace(folder);
    fs.cpSync(path.join(REPO_ROOT, 'samples'), path.join(folder, 'samples'), { recursive: true });
    makeReadOnly(folder);
    original = snapshot(folder);
    const run = runCli(folder, ['check', '--format', 'json'], TIME_LIMIT_MS);
    json = { run, output: JSON.parse(run.stdout || '{"files": []}') as JsonOutput };
  });

  after(() => removeFolder(folder));

  it('the command line lists each file with what is wrong with it, checks the samples, and ends in bounded time', () => {
    const { run, output } = json;
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '', 'nothing but the output is written');
    assert.ok(run.ms < TIME_LIMIT_MS, `took ${run.ms} ms`);
    const listed = output.files.map((file) => file.path);
    for (const [name, file] of Object.entries(HOSTILE_FILES)) {
      const entry = output.files.find((candidate) => candidate.path === name);
      assert.ok(entry, `${name} (${file.what}) is not listed`);
      if (file.expect)
        assert.ok(
          matches(entry.diagnostics, file.expect),
          `${name} (${file.what}): no ${file.expect.code} matching ${file.expect.message} in ${JSON.stringify(entry.diagnostics.map((d) => `${d.code}: ${d.message}`))}`,
        );
      else
        assert.ok(
          !entry.diagnostics.some((diagnostic) => diagnostic.code === 'file-not-checked'),
          `${name} (${file.what}) was not checked`,
        );
      if (file.never)
        assert.ok(
          !entry.diagnostics.some((diagnostic) => diagnostic.code === file.never),
          `${name} (${file.what}) has ${file.never}`,
        );
    }
    assert.ok(listed.filter((file) => file.startsWith('samples/')).length >= 6, 'the samples are not all listed');
  });

  it('the command line checks a file behind a link loop once, and leaves alone links to nothing and pipes', function () {
    // Without links or mkfifo (Windows), there is nothing here to test.
    if (notMade.length > 0) this.skip();
    const listed = json.output.files.map((file) => file.path);
    assert.deepEqual(
      listed.filter((file) => file.endsWith(path.posix.basename(LOOPED_FILE))),
      [LOOPED_FILE],
      'a file behind a link loop is listed more than once',
    );
    for (const name of NOT_FILES)
      assert.ok(!listed.includes(name), `${name} is listed, but there is no file behind it`);
  });

  it('the command line gives the same in text and SARIF', () => {
    for (const format of ['text', 'sarif']) {
      const run = runCli(folder, ['check', '--format', format], TIME_LIMIT_MS);
      assert.equal(run.status, 1, `${format}: ${run.stderr}`);
      assert.equal(run.stderr, '');
      for (const name of ['long-line.report.md', 'image.report.md', 'windows-1252.report.md'])
        assert.ok(run.stdout.includes(name), `${format} does not mention ${name}`);
    }
  });

  it('the language server publishes the same for each file, takes an open document over the size limit, and goes on serving', async () => {
    const server = new SpawnedServer(folder);
    try {
      await server.initialize(folder);
      const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
      for (const [name, file] of Object.entries(HOSTILE_FILES)) {
        const expected = file.expect;
        const published = await server.diagnostics(uriOf(name), (candidate) =>
          expected ? matches(candidate.diagnostics, expected) : true,
        );
        if (!expected)
          assert.ok(
            !published.diagnostics.some((diagnostic) => diagnostic.code === 'file-not-checked'),
            `${name} (${file.what}) was not checked`,
          );
        if (file.never)
          assert.ok(
            !published.diagnostics.some((diagnostic) => diagnostic.code === file.never),
            `${name} (${file.what}) has ${file.never}`,
          );
      }
      await server.diagnostics(uriOf(LOOPED_FILE));
      if (notMade.length === 0) {
        // Indexing publishes every file in one pass: by now, anything for these would have come.
        assert.deepEqual(
          server.publishedFor(uriOf(`loop/up/${path.posix.basename(LOOPED_FILE)}`)),
          [],
          'a file behind a link loop is checked twice',
        );
        for (const name of NOT_FILES)
          assert.deepEqual(server.publishedFor(uriOf(name)), [], `${name} is checked, but there is no file behind it`);
      }

      // The size limit holds for a document open in the editor too, and lifts when the text shrinks.
      const open = uriOf('editing.report.md');
      const huge = `---\ntitle: T\n---\n${'word '.repeat(1_200_000)}`;
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: open, languageId: 'committee-report', version: 1, text: huge },
      });
      const tooLarge = await server.diagnostics(open, (candidate) => candidate.version === 1);
      assert.ok(
        matches(tooLarge.diagnostics, { code: 'file-not-checked', message: /too large to check/ }),
        JSON.stringify(tooLarge.diagnostics),
      );
      assert.equal(tooLarge.diagnostics.length, 1);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: open, version: 2 },
        contentChanges: [{ text: '---\ntitle: T\n---\nSee [F9].\n' }],
      });
      const checked = await server.diagnostics(open, (candidate: Published) => candidate.version === 2);
      assert.ok(
        matches(checked.diagnostics, { code: 'ref-unresolved', message: /F9/ }),
        JSON.stringify(checked.diagnostics),
      );
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: open, version: 3 },
        contentChanges: [{ text: 'PK\u0003\u0004\u0000\u0000binary' }],
      });
      const binary = await server.diagnostics(open, (candidate: Published) => candidate.version === 3);
      assert.ok(
        matches(binary.diagnostics, { code: 'file-not-checked', message: /not a text file/ }),
        JSON.stringify(binary.diagnostics),
      );

      const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri: uriOf('samples/cabinet/children-centres-part-ii.report.md') },
      })) as unknown[];
      assert.ok(symbols.length > 0, 'the server no longer answers');
      assert.equal(await server.stop(), 0);
    } finally {
      server.kill();
    }
  });

  it('writes nothing in the workspace: every file, folder and link is as it was, to the modification time', () => {
    assert.deepEqual(snapshot(folder), original);
  });
});
