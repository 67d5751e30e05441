import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ServerSession, temporaryWorkspace } from './support';

interface Progress {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number };
}

/** Minutes that check clean enough to be quick, one per meeting. */
function minutes(index: number): string {
  return [
    '---',
    'type: minutes',
    `title: Meeting ${index}`,
    'committee: Cabinet',
    'meeting: 2026-03-12',
    '---',
    '',
    '## Present',
    '',
    'Councillors.',
    '',
  ].join('\n');
}

/** A client that accepts progress tokens and collects `$/progress` until `end`. */
function collectProgress(session: ServerSession): { created: (string | number)[]; ended: Promise<Progress[]> } {
  const created: (string | number)[] = [];
  const seen: Progress[] = [];
  session.connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
    created.push(params.token);
    return null;
  });
  const ended = new Promise<Progress[]>((resolve) =>
    session.connection.onNotification('$/progress', (progress: Progress) => {
      seen.push(progress);
      if (progress.value.kind === 'end') resolve(seen);
    }),
  );
  return { created, ended };
}

describe('The language server: progress while it indexes a large workspace', () => {
  let session: ServerSession;
  let folder: string;

  afterEach(async () => {
    await session.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows "Indexing N of M" from begin to end in a client that shows progress, and diagnostics still arrive for every file', async () => {
    const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`meetings/m${i}.minutes.md`, minutes(i)]));
    folder = temporaryWorkspace(files);
    session = new ServerSession(folder, undefined, { capabilities: { window: { workDoneProgress: true } } });
    const { created, ended } = collectProgress(session);
    await session.initialize();
    const progress = await ended;
    assert.equal(created.length, 1);
    assert.ok(progress.every((p) => p.token === created[0]));
    assert.equal(progress[0]!.value.kind, 'begin');
    assert.equal(progress[0]!.value.title, 'Committee Reports');
    assert.equal(progress.at(-1)!.value.kind, 'end');
    const messages = progress.slice(0, -1).map((p) => p.value.message);
    assert.ok(
      messages.every((message) => /^(Indexing|Checking) \d+ of 120$/.test(message ?? '')),
      messages.join(', '),
    );
    assert.ok(progress.slice(1, -1).every((p) => p.value.kind === 'report'));
    // The last file's diagnostics were published too.
    assert.ok(await session.nextDiagnostics('meetings/m119.minutes.md'));
  });

  it('asks a client that does not show progress for no token, and indexes all the same', async () => {
    const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`m${i}.minutes.md`, minutes(i)]));
    folder = temporaryWorkspace(files);
    session = new ServerSession(folder);
    const { created } = collectProgress(session);
    await session.initialize();
    await session.nextDiagnostics('m119.minutes.md');
    assert.deepEqual(created, []);
  });

  it('shows no progress for a small workspace, which indexes in a moment', async () => {
    folder = temporaryWorkspace(
      Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`m${i}.minutes.md`, minutes(i)])),
    );
    session = new ServerSession(folder, undefined, { capabilities: { window: { workDoneProgress: true } } });
    const { created } = collectProgress(session);
    await session.initialize();
    await session.nextDiagnostics('m4.minutes.md');
    assert.deepEqual(created, []);
  });
});
