import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ServerSession, temporaryWorkspace, useServer } from './support';

const REPORT = 'transport.report.md';
const OTHER = 'old.report.md';
const FRONT_MATTER = '---\nid: transport\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n---\n';
// Line 6: the heading; 8: F1; 10: R1, whose references wrap onto line 11.
const REPORT_TEXT = `${FRONT_MATTER}## Findings\n\n**F1** Costs rose.\n\n**R1** Acts on [F1,\nF9] and [old:F2].\n`;
const OTHER_TEXT = '---\nid: old\ntitle: O\n---\n**F2** An older finding.\n';

interface Tokens {
  readonly resultId?: string;
  readonly data: number[];
}

/** Encoded tokens as [line, character, length, type, modifiers], each line and character absolute. */
function decode(data: readonly number[]): number[][] {
  const tokens: number[][] = [];
  let line = 0;
  let character = 0;
  for (let at = 0; at < data.length; at += 5) {
    line += data[at]!;
    character = data[at] === 0 ? character + data[at + 1]! : data[at + 1]!;
    tokens.push([line, character, data[at + 2]!, data[at + 3]!, data[at + 4]!]);
  }
  return tokens;
}

// The legend: types enumMember 0, namespace 1; modifiers declaration 1, deprecated 2.
const HEADING = [6, 3, 8, 1, 1];
const F1_DEFINED = [8, 2, 2, 0, 1];
const R1_DEFINED = [10, 2, 2, 0, 1];
const F1_CITED = [10, 16, 2, 0, 0];
const F9_BROKEN = [11, 0, 2, 0, 2];

describe('The language server: semantic tokens', () => {
  const server = useServer(
    { [REPORT]: REPORT_TEXT },
    {},
    { capabilities: { workspace: { configuration: true, semanticTokens: { refreshSupport: true } } } },
  );

  const full = (session: ServerSession) =>
    session.connection.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri: session.uriOf(REPORT) },
    }) as Promise<Tokens>;

  it('announces the legend, whole-document, range and delta requests in its capabilities', async () => {
    const folder = temporaryWorkspace({});
    const other = new ServerSession(folder);
    try {
      const result = (await other.initialize()) as { capabilities: { semanticTokensProvider?: unknown } };
      assert.deepEqual(result.capabilities.semanticTokensProvider, {
        legend: { tokenTypes: ['enumMember', 'namespace'], tokenModifiers: ['declaration', 'deprecated'] },
        full: { delta: true },
        range: true,
      });
    } finally {
      await other.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('encodes the heading, the definitions, and both lines of a wrapped reference, the broken one as deprecated', async () => {
    const session = server.session;
    await session.open(REPORT, REPORT_TEXT);
    await session.nextDiagnostics(REPORT, 1);
    const tokens = await full(session);
    assert.ok(tokens.resultId);
    assert.deepEqual(decode(tokens.data), [
      HEADING,
      F1_DEFINED,
      R1_DEFINED,
      F1_CITED,
      F9_BROKEN,
      [11, 9, 3, 1, 2], // old: a document that does not exist
      [11, 13, 2, 0, 2], // F2 in it
    ]);
  });

  it('answers a range with the tokens on its lines only', async () => {
    const session = server.session;
    await session.open(REPORT, REPORT_TEXT);
    const tokens = (await session.connection.sendRequest('textDocument/semanticTokens/range', {
      textDocument: { uri: session.uriOf(REPORT) },
      range: { start: { line: 8, character: 0 }, end: { line: 10, character: 15 } },
    })) as Tokens;
    assert.deepEqual(decode(tokens.data), [F1_DEFINED, R1_DEFINED]);
  });

  it('answers a delta request with the edits since the previous result', async () => {
    const session = server.session;
    await session.open(REPORT, REPORT_TEXT);
    const first = await full(session);
    await session.change(REPORT, 2, REPORT_TEXT.replace('F9]', 'F1]'));
    const delta = (await session.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: session.uriOf(REPORT) },
      previousResultId: first.resultId,
    })) as { resultId: string; edits: { start: number; deleteCount: number; data?: number[] }[] };
    assert.notEqual(delta.resultId, first.resultId);
    // F9 (broken) became F1 (working): its modifiers, the fifth number of the fifth token, change.
    assert.deepEqual(delta.edits, [{ start: 24, deleteCount: 1, data: [0] }]);
  });

  it('asks the client to request tokens again when another document mends a broken reference', async () => {
    const session = server.session;
    await session.open(REPORT, REPORT_TEXT);
    await session.nextDiagnostics(REPORT, 1);
    await full(session);
    const refreshed = new Promise<void>((resolve) =>
      session.connection.onRequest('workspace/semanticTokens/refresh', () => resolve()),
    );
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: session.uriOf(OTHER), languageId: 'committee-report', version: 1, text: OTHER_TEXT },
    });
    await refreshed;
    const tokens = decode((await full(session)).data);
    assert.deepEqual(tokens.slice(-2), [
      [11, 9, 3, 1, 0],
      [11, 13, 2, 0, 0],
    ]);
  });
});
