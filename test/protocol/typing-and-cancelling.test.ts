import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { useServer } from './support';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const MINUTES = 'cyp-scrutiny-2026-03-12.minutes.md';
const reportText = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');
const minutesText = fs.readFileSync(path.join(EXAMPLES, MINUTES), 'utf8');

function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(needle));
  assert.notEqual(line, -1, `no '${needle}'`);
  return { line, character: lines[line]!.indexOf(needle) + shift };
}

describe('The language server while typing: one re-check per pause, and requests see the latest text', () => {
  // Typing never pauses long enough here: only a request can bring the re-check forward.
  const server = useServer({ [REPORT]: reportText }, undefined, { initializationOptions: { checkDelay: 600_000 } });

  it('re-checks a burst of edits once, for the last version, when a request arrives before typing pauses', async () => {
    const session = server.session;
    await session.open(MINUTES, minutesText);
    assert.deepEqual((await session.nextDiagnostics(MINUTES, 1)).diagnostics, []);
    await session.change(MINUTES, 2, minutesText.replace(':R1]', ':R9]'));
    await session.change(MINUTES, 3, minutesText.replace(':R1]', ':R8]'));
    const last = minutesText.replace(':R1]', ':R2]');
    await session.change(MINUTES, 4, last);
    const hover = (await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: session.uriOf(MINUTES) },
      position: positionOf(last, 'school-transport-tg-2026:R2]', 'school-transport-tg-2026:'.length + 1),
    })) as { contents: { value: string } };
    // The hover reads version 4: the reference there is to R2.
    assert.match(hover.contents.value, /^\*\*R2\*\* \(recommendation\)/);
    // Versions 2 and 3 were never checked: the next diagnostics are version 4's.
    const published = await session.nextDiagnostics(MINUTES);
    assert.equal(published.version, 4);
    assert.deepEqual(published.diagnostics, []);
  });
});

describe('The language server while typing: a pause re-checks by itself', () => {
  const server = useServer({ [REPORT]: reportText }, undefined, { initializationOptions: { checkDelay: 20 } });

  it('publishes the diagnostics of the last edit once typing pauses, with no request to prompt it', async () => {
    const session = server.session;
    await session.open(MINUTES, minutesText);
    await session.nextDiagnostics(MINUTES, 1);
    await session.change(MINUTES, 2, minutesText.replace(':R1]', ':R9]'));
    const published = await session.nextDiagnostics(MINUTES, 2);
    assert.match(published.diagnostics[0]!.message, /R9 is not defined/);
  });
});

describe('The language server with checkOn "save": requests still see the text as typed', () => {
  const server = useServer({ [REPORT]: reportText }, { checkOn: 'save' });

  it('completes at a reference typed since the last save, and publishes nothing for it until the save', async () => {
    const session = server.session;
    await session.open(MINUTES, minutesText);
    await session.nextDiagnostics(MINUTES, 1);
    const typed = `${minutesText.replace(':R1]', ':R9]')}\nMembers asked about [school-transport-tg-2026:F`;
    await session.change(MINUTES, 2, typed);
    const position = { line: typed.split('\n').length - 1, character: typed.split('\n').at(-1)!.length };
    const items = (await session.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: session.uriOf(MINUTES) },
      position,
    })) as { label: string }[];
    assert.deepEqual(
      items.map((item) => item.label),
      ['F1', 'F2', 'F3', 'R1', 'R2'],
    );
    await session.save(MINUTES);
    // The first diagnostics after version 1 are the save's, for version 2: the completion published none.
    const published = await session.nextDiagnostics(MINUTES);
    assert.equal(published.version, 2);
    assert.deepEqual(
      published.diagnostics.map((diagnostic) => diagnostic.code),
      ['ref-unresolved'],
    );
  });
});

describe('The language server when checkOn changes from "save" to "type"', () => {
  const settings = { checkOn: 'save' };
  const server = useServer({ [REPORT]: reportText }, settings);

  it('re-checks a document edited while it waited for its save, without another edit', async () => {
    const session = server.session;
    await session.open(MINUTES, minutesText);
    await session.nextDiagnostics(MINUTES, 1);
    // A save first, so the server has the settings ("save") when the next edit arrives.
    await session.change(MINUTES, 2, `${minutesText}\n`);
    await session.save(MINUTES);
    await session.nextDiagnostics(MINUTES, 2);
    await session.change(MINUTES, 3, minutesText.replace(':R1]', ':R9]'));
    // A request takes the edit in (without publishing), as a hover or completion would.
    await session.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: session.uriOf(MINUTES) },
    });
    settings.checkOn = 'type';
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const published = await session.nextDiagnostics(MINUTES, 3);
    assert.deepEqual(
      published.diagnostics.map((diagnostic) => diagnostic.code),
      ['ref-unresolved'],
    );
  });
});

describe('The language server: cancelled requests', () => {
  const server = useServer({ [REPORT]: reportText });

  /** A long report of findings: opening it keeps the server busy while the request and its cancellation arrive. */
  const longReport = [
    '---',
    'id: long-report',
    'title: Long',
    '---',
    ...Array.from(
      { length: 6000 },
      (_, i) => `**F${i + 1}** Finding number ${i + 1} about the home to school transport budget.\n`,
    ),
  ].join('\n');

  it('answers a workspace symbol search cancelled right after it was sent with RequestCancelled, and the next one with symbols', async () => {
    const session = server.session;
    await session.open('long.report.md', longReport);
    const source = new CancellationTokenSource();
    const cancelled = session.connection.sendRequest('workspace/symbol', { query: 'F' }, source.token);
    source.cancel();
    await assert.rejects(cancelled, (error: { code?: number }) => error.code === -32800);
    const symbols = (await session.connection.sendRequest('workspace/symbol', {
      query: 'school-transport-tg-2026:F',
    })) as { name: string }[];
    assert.deepEqual(
      symbols.map((symbol) => symbol.name.split(' ')[0]),
      ['school-transport-tg-2026:F1', 'school-transport-tg-2026:F2', 'school-transport-tg-2026:F3'],
    );
  });
});
