import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { ServerSession, temporaryWorkspace } from './support';

const FILE = "Leader's report (draft).report.md";
const TEXT = [
  '---',
  'type: scrutiny',
  'id: leaders-report',
  'title: Leader’s Report',
  '---',
  '',
  '## Findings',
  '',
  '**F1** Bus use has fallen.',
  '',
  '## Recommendations',
  '',
  '**R1** That routes be reviewed [F1].',
  '',
].join('\n');
const codes = (published: { diagnostics: { code?: string | number }[] }) =>
  published.diagnostics.map((diagnostic) => diagnostic.code);

describe('The language server: file names that clients write differently', () => {
  let session: ServerSession;
  let folder: string;

  afterEach(async () => {
    await session.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('treats a file opened as VS Code writes its URI (%27, %28) as the file it read from disk, not a second document', async () => {
    folder = temporaryWorkspace({ [FILE]: TEXT });
    session = new ServerSession(folder);
    await session.initialize();
    // Read from disk, under Node's spelling of the URI.
    const fromDisk = await session.nextDiagnostics(FILE);
    assert.equal(fromDisk.uri.includes("'"), true, 'the test expects Node to leave the apostrophe as it is');
    const vscodeUri = URI.file(path.join(folder, FILE)).toString();
    assert.match(vscodeUri, /%27s%20report%20%28draft%29/);
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: vscodeUri, languageId: 'committee-report', version: 1, text: TEXT },
    });
    const opened = await session.nextDiagnosticsAt(vscodeUri, 1);
    // Two documents with one id would each be told their id and IDs are defined twice.
    assert.deepEqual(
      codes(opened).filter((code) => String(code).includes('duplicate')),
      [],
    );
    // And the disk's copy is let go, its diagnostics cleared.
    assert.deepEqual(codes(await session.nextDiagnostics(FILE)), []);
  });
});
