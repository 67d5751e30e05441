import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServerSession, temporaryWorkspace } from './support';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const MINUTES = 'cyp-scrutiny-2026-03-12.minutes.md';
const reportText = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');
const minutesText = fs.readFileSync(path.join(EXAMPLES, MINUTES), 'utf8');
const codes = (published: { diagnostics: { code?: string | number }[] }) =>
  published.diagnostics.map((diagnostic) => diagnostic.code);

describe('The language server: diagnostics across the workspace', () => {
  let session: ServerSession;
  let folder: string;

  afterEach(async () => {
    await session.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('checks files that are never opened, as they are on disk', async () => {
    folder = temporaryWorkspace({ [REPORT]: reportText, [MINUTES]: minutesText.replace(':R1]', ':R7]') });
    session = new ServerSession(folder);
    await session.initialize();
    assert.deepEqual(codes(await session.nextDiagnostics(MINUTES)), ['ref-unresolved']);
  });

  it('turns the minutes’ reference into an error when the report loses the recommendation, and clears it when restored', async () => {
    folder = temporaryWorkspace({ [REPORT]: reportText, [MINUTES]: minutesText });
    session = new ServerSession(folder);
    await session.initialize();
    await session.open(MINUTES, minutesText);
    assert.deepEqual(codes(await session.nextDiagnostics(MINUTES, 1)), []);
    await session.open(REPORT, reportText);
    await session.nextDiagnostics(REPORT, 1);
    // Opening the report re-checks the minutes that cite it: still clean.
    assert.deepEqual(codes(await session.nextDiagnostics(MINUTES, 1)), []);
    const withoutR1 = reportText.replace(/\*\*R1\*\* That the Cabinet Member[^\n]*\n[^\n]*\n[^\n]*\n/, '');
    assert.notEqual(withoutR1, reportText);
    await session.change(REPORT, 2, withoutR1);
    assert.deepEqual(codes(await session.nextDiagnostics(MINUTES, 1)), ['ref-unresolved']);
    await session.change(REPORT, 3, reportText);
    assert.deepEqual(codes(await session.nextDiagnostics(MINUTES, 1)), []);
  });

  it('sees a report deleted on disk through the file watcher, and the minutes then cite an unknown document', async () => {
    folder = temporaryWorkspace({ [REPORT]: reportText, [MINUTES]: minutesText });
    session = new ServerSession(folder);
    await session.initialize();
    await session.open(MINUTES, minutesText);
    assert.deepEqual(codes(await session.nextDiagnostics(MINUTES, 1)), []);
    fs.rmSync(path.join(folder, REPORT));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: session.uriOf(REPORT), type: 3 }],
    });
    assert.deepEqual(codes(await session.nextDiagnostics(MINUTES, 1)), [
      'ref-unknown-document',
      'ref-unknown-document',
      'ref-unknown-document',
    ]);
  });
});
