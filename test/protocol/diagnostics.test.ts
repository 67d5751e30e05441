import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServerSession, useServer } from './support';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const MINUTES = 'cyp-scrutiny-2026-03-12.minutes.md';
const reportText = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');
const minutesText = fs.readFileSync(path.join(EXAMPLES, MINUTES), 'utf8');

describe('The language server over stdio', () => {
  const server = useServer({ [REPORT]: reportText });
  let session: ServerSession;
  let folder: string;

  beforeEach(async () => {
    ({ session, folder } = server);
  });

  it('says it syncs documents incrementally', async () => {
    const other = new ServerSession(folder);
    const result = (await other.initialize()) as {
      capabilities: { textDocumentSync: { change: number; save: object } };
    };
    assert.equal(result.capabilities.textDocumentSync.change, 2);
    assert.ok(result.capabilities.textDocumentSync.save);
    assert.equal(await other.stop(), 0);
  });

  it('publishes no diagnostics for minutes whose references resolve to a report on disk', async () => {
    await session.open(MINUTES, minutesText);
    const published = await session.nextDiagnostics(MINUTES, 1);
    assert.deepEqual(published.diagnostics, []);
  });

  it('publishes an unresolved reference as it is typed, with its code and position, and clears it when corrected', async () => {
    await session.open(MINUTES, minutesText);
    await session.nextDiagnostics(MINUTES, 1);
    const broken = minutesText.replace('[school-transport-tg-2026:R1]', '[school-transport-tg-2026:R9]');
    await session.change(MINUTES, 2, broken);
    const published = await session.nextDiagnostics(MINUTES, 2);
    const line = broken.split('\n').findIndex((text) => text.includes(':R9]'));
    assert.deepEqual(
      published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range.start.line]),
      [['ref-unresolved', 1, line]],
    );
    assert.match(published.diagnostics[0]!.message, /R9 is not defined in school-transport-tg-2026: did you mean R2\?/);
    await session.change(MINUTES, 3, minutesText);
    assert.deepEqual((await session.nextDiagnostics(MINUTES, 3)).diagnostics, []);
  });

  it('exits with code 0 after shutdown and exit', async () => {
    const other = new ServerSession(folder);
    await other.initialize();
    assert.equal(await other.stop(), 0);
  });
});

describe('The language server: which open documents it checks', () => {
  const server = useServer({ [REPORT]: reportText });

  it('leaves alone a Markdown file the config does not select, though the client opened it', async () => {
    const session = server.session;
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: session.uriOf('README.md'),
        languageId: 'markdown',
        version: 1,
        text: '# Notes\n\nNo front matter here.\n',
      },
    });
    // Asked after the open, so the server has handled it: a document it took in would have an outline.
    assert.deepEqual(
      await session.connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri: session.uriOf('README.md') },
      }),
      [],
    );
    await session.open(MINUTES, minutesText);
    assert.deepEqual((await session.nextDiagnostics(MINUTES, 1)).diagnostics, []);
  });

  it('checks a document the client calls a committee report, whatever its name', async () => {
    const session = server.session;
    await session.open('draft.md', '# Draft\n');
    const codes = (await session.nextDiagnostics('draft.md', 1)).diagnostics.map((d) => d.code);
    assert.equal(codes[0], 'front-matter');
    assert.ok(codes.includes('section-missing'));
  });
});

describe('The language server: the checkOn setting', () => {
  const server = useServer({ [REPORT]: reportText }, { checkOn: 'save' });

  it('with checkOn "save", checks an open document when it is saved, not as it is typed', async () => {
    const session = server.session;
    await session.open(MINUTES, minutesText);
    assert.deepEqual((await session.nextDiagnostics(MINUTES, 1)).diagnostics, []);
    await session.change(MINUTES, 2, minutesText.replace(':R1]', ':R9]'));
    await session.change(MINUTES, 3, minutesText.replace(':R1]', ':R8]'));
    await session.save(MINUTES);
    // Had version 2 been checked as it was typed, its diagnostics would come first.
    const published = await session.nextDiagnostics(MINUTES);
    assert.equal(published.version, 3);
    assert.match(published.diagnostics[0]!.message, /R8 is not defined/);
  });
});
