import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useServer } from './support';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const reportText = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');

describe('The language server: the codeLens.enable setting', () => {
  const server = useServer(
    { [REPORT]: reportText },
    { codeLens: { enable: false } },
    { capabilities: { workspace: { configuration: true, codeLens: { refreshSupport: true } } } },
  );

  it('shows no lenses while the setting is off, and asks the client to refresh them when settings change and they are back on', async () => {
    const session = server.session;
    await session.open(REPORT, reportText);
    await session.nextDiagnostics(REPORT, 1);
    const lenses = () =>
      session.connection.sendRequest('textDocument/codeLens', {
        textDocument: { uri: session.uriOf(REPORT) },
      }) as Promise<{ command: { title: string } }[]>;
    assert.deepEqual(await lenses(), []);
    // The client's settings change: lenses on.
    session.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => ({ codeLens: { enable: true } })),
    );
    const refreshed = new Promise<void>((resolve) =>
      session.connection.onRequest('workspace/codeLens/refresh', () => resolve()),
    );
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    assert.deepEqual(
      (await lenses()).map((lens) => lens.command.title),
      ['cited by 1 recommendation', 'cited by 1 recommendation', 'cited by 1 recommendation'],
    );
  });
});
