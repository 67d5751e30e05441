/**
 * A config file that is damaged or hostile: not a mapping, not text, too
 * long, a YAML alias bomb, a folder. The command line and the server report
 * it on the config file (config-invalid) and check every document with the
 * defaults; nothing crashes. And `max-file-size`, the one setting about
 * reading files, as both tools apply it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SpawnedServer, makeFolder, removeFolder, runCli, writeFiles } from './support';

const DOCUMENT = '---\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\nSee [F9].\n';

interface JsonOutput {
  readonly files: readonly {
    readonly path: string;
    readonly diagnostics: readonly { readonly code: string; readonly message: string; readonly line: number }[];
  }[];
}

function aliasBomb(): string {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 10; level++)
    lines.push(
      `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + level)}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\nrules: { ref-unresolved: off }\n`;
}

const CONFIGS: readonly { readonly what: string; readonly content: string | Uint8Array; readonly message: RegExp }[] = [
  { what: 'a list, not a mapping', content: '- rules\n- kinds\n', message: /must be a mapping of settings/ },
  { what: 'a plain sentence', content: 'check everything please\n', message: /must be a mapping of settings/ },
  {
    what: 'binary, not text',
    content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x0a, 0x1a]),
    message: /must be a mapping of settings/,
  },
  { what: 'a YAML alias bomb', content: aliasBomb(), message: /anchors and aliases/ },
  {
    what: 'longer than any config (300 KB)',
    content: `# ${'x'.repeat(300_000)}\nrules: { ref-unresolved: off }\n`,
    message: /too long to read/,
  },
];

describe('A damaged config file', function () {
  this.timeout(60_000);
  let folder: string;

  beforeEach(() => {
    folder = makeFolder('config');
  });

  afterEach(() => removeFolder(folder));

  for (const config of CONFIGS) {
    it(`that is ${config.what} is reported on the config by the command line, which checks with the defaults`, () => {
      writeFiles(folder, { '.committee-reports.yaml': config.content, 'a.report.md': DOCUMENT });
      const run = runCli(folder, ['check', '--format', 'json']);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(run.stderr, '');
      const output = JSON.parse(run.stdout) as JsonOutput;
      const reported = output.files.find((file) => file.path === '.committee-reports.yaml');
      assert.ok(
        reported &&
          reported.diagnostics.some(
            (diagnostic) => diagnostic.code === 'config-invalid' && config.message.test(diagnostic.message),
          ),
        JSON.stringify(reported),
      );
      const document = output.files.find((file) => file.path === 'a.report.md');
      assert.ok(
        document?.diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'),
        'the defaults do not apply',
      );
    });

    it(`that is ${config.what} is reported on the config by the language server, which checks with the defaults`, async () => {
      writeFiles(folder, { '.committee-reports.yaml': config.content, 'a.report.md': DOCUMENT });
      const server = new SpawnedServer(folder);
      try {
        await server.initialize(folder);
        const published = await server.diagnostics(pathToFileURL(path.join(folder, '.committee-reports.yaml')).href);
        assert.ok(
          published.diagnostics.some(
            (diagnostic) => diagnostic.code === 'config-invalid' && config.message.test(diagnostic.message),
          ),
          JSON.stringify(published.diagnostics),
        );
        const document = await server.diagnostics(pathToFileURL(path.join(folder, 'a.report.md')).href);
        assert.ok(
          document.diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'),
          'the defaults do not apply',
        );
        assert.equal(await server.stop(), 0);
      } finally {
        server.kill();
      }
    });
  }

  it('that is a folder is no config, for the command line and the language server', async () => {
    fs.mkdirSync(path.join(folder, '.committee-reports.yaml'), { mode: 0o755 });
    writeFiles(folder, { 'a.report.md': DOCUMENT });
    const run = runCli(folder, ['check', '--format', 'json']);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      (JSON.parse(run.stdout) as JsonOutput).files.map((file) => file.path),
      ['a.report.md'],
    );
    const server = new SpawnedServer(folder);
    try {
      await server.initialize(folder);
      await server.diagnostics(pathToFileURL(path.join(folder, 'a.report.md')).href);
      assert.deepEqual(server.publishedFor(pathToFileURL(path.join(folder, '.committee-reports.yaml')).href), []);
      assert.equal(await server.stop(), 0);
    } finally {
      server.kill();
    }
  });
});

describe('max-file-size', function () {
  this.timeout(60_000);
  let folder: string;

  beforeEach(() => {
    folder = makeFolder('size');
    writeFiles(folder, {
      '.committee-reports.yaml': 'max-file-size: 1 KB\n',
      'small.report.md': DOCUMENT,
      'large.report.md': `${DOCUMENT}${'More text. '.repeat(100)}\n`,
    });
  });

  afterEach(() => removeFolder(folder));

  it('keeps a file over the limit from being checked, with one diagnostic saying so, on the command line', () => {
    const run = runCli(folder, ['check', '--format', 'json']);
    const files = (JSON.parse(run.stdout) as JsonOutput).files;
    const large = files.find((file) => file.path === 'large.report.md')!;
    assert.deepEqual(
      large.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line]),
      [['file-not-checked', 1]],
    );
    assert.match(
      large.diagnostics[0]!.message,
      /too large to check: it is larger than 1 KB, the limit set by max-file-size/,
    );
    assert.ok(
      files
        .find((file) => file.path === 'small.report.md')!
        .diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'),
    );
  });

  it('keeps a file over the limit from being checked in the language server too, and checks it once the limit is raised', async () => {
    const server = new SpawnedServer(folder, { asOtherUser: false });
    try {
      await server.initialize(folder);
      const uri = pathToFileURL(path.join(folder, 'large.report.md')).href;
      const large = await server.diagnostics(uri);
      assert.deepEqual(
        large.diagnostics.map((diagnostic) => diagnostic.code),
        ['file-not-checked'],
      );
      fs.writeFileSync(path.join(folder, '.committee-reports.yaml'), 'max-file-size: 2 KB\n');
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(path.join(folder, '.committee-reports.yaml')).href, type: 2 }],
      });
      const checked = await server.diagnostics(uri, (published) =>
        published.diagnostics.some((diagnostic) => diagnostic.code === 'ref-unresolved'),
      );
      assert.ok(!checked.diagnostics.some((diagnostic) => diagnostic.code === 'file-not-checked'));
      assert.equal(await server.stop(), 0);
    } finally {
      server.kill();
    }
  });

  it('is refused above 20 MB, and the default (5 MB) applies', () => {
    writeFiles(folder, { '.committee-reports.yaml': 'max-file-size: 30 MB\n' });
    const run = runCli(folder, ['check', '--format', 'json']);
    const config = (JSON.parse(run.stdout) as JsonOutput).files.find(
      (file) => file.path === '.committee-reports.yaml',
    )!;
    assert.match(config.diagnostics[0]!.message, /max-file-size can be at most 20 MB/);
    const large = (JSON.parse(run.stdout) as JsonOutput).files.find((file) => file.path === 'large.report.md')!;
    assert.ok(!large.diagnostics.some((diagnostic) => diagnostic.code === 'file-not-checked'));
  });
});
