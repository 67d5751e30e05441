/**
 * A client that misbehaves: malformed messages, methods the server does not
 * have, documents it never opened, positions outside the text, requests it
 * cancels, and a client that goes away. The server answers with a protocol
 * error or an empty result and goes on serving; it ends as LSP says (code 0
 * on exit after shutdown, 1 without) and when its client is gone.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { SpawnedServer, makeFolder, removeFolder, writeFiles } from '../hostile/support';

const DOCUMENT = `---
title: School Meals Contract
committee: Cabinet
meeting: 2026-04-14
report_by: Director of Children's Services
contact:
  name: Sam Okafor
---

# School Meals Contract

## Background

**F1** The contract ends in August 2026.

**R1** That the contract be renewed [F1].
`;

/** The JSON-RPC error codes a test expects. */
const METHOD_NOT_FOUND = -32601;
const INVALID_PARAMS = -32602;
const SERVER_NOT_INITIALIZED = -32002;
const REQUEST_CANCELLED = -32800;

describe('A misbehaving client', function () {
  this.timeout(30_000);
  let folder: string;
  let server: SpawnedServer;
  let uri: string;

  beforeEach(async () => {
    folder = makeFolder('abuse');
    writeFiles(folder, { 'a.report.md': DOCUMENT });
    uri = pathToFileURL(`${folder}/a.report.md`).href;
    server = new SpawnedServer(folder, { asOtherUser: false });
    await server.initialize(folder);
    await server.diagnostics(uri);
  });

  afterEach(() => {
    server.kill();
    removeFolder(folder);
  });

  /** Proves the server still answers: the outline of the document on disk. */
  async function assertStillServing(): Promise<void> {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    })) as unknown[];
    assert.ok(symbols.length > 0, 'the server answered, but with no outline');
  }

  /** Writes bytes straight onto the server's input, framed or not. */
  function writeRaw(bytes: string | Uint8Array): void {
    server.process.stdin!.write(bytes);
  }

  function frame(body: string | Uint8Array): Uint8Array {
    const content = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
    return Buffer.concat([Buffer.from(`Content-Length: ${content.length}\r\n\r\n`, 'ascii'), content]);
  }

  it('answers a request for a method it does not have with MethodNotFound, and goes on serving', async () => {
    await assert.rejects(
      server.connection.sendRequest('committeeReports/noSuchMethod', {}),
      (error: ResponseError<unknown>) => error.code === METHOD_NOT_FOUND,
    );
    await assertStillServing();
  });

  it('ignores a notification it does not know, and goes on serving', async () => {
    await server.connection.sendNotification('committeeReports/noSuchNotification', { any: 'thing' });
    await server.connection.sendNotification('$/noSuchNotification', {});
    await assertStillServing();
  });

  it('goes on serving after a message that is not JSON, JSON that is not a message, and bytes that are not UTF-8', async () => {
    writeRaw(frame('{"jsonrpc": "2.0", "id": 99, "method": '));
    writeRaw(frame('[]'));
    writeRaw(frame('42'));
    writeRaw(frame('{"jsonrpc": "2.0", "id": 98}'));
    writeRaw(frame(new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0x22])));
    await assertStillServing();
  });

  it('answers a request whose parameters are missing or the wrong shape with InvalidParams, and goes on serving', async () => {
    const position = { line: 0, character: 0 };
    const cases: [string, unknown][] = [
      ['textDocument/hover', null],
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: 42, position }],
      ['textDocument/hover', { textDocument: { uri }, position: 'here' }],
      ['textDocument/definition', { textDocument: { uri }, position: { line: '1', character: 0 } }],
      ['textDocument/references', { textDocument: { uri }, position }],
      ['textDocument/rename', { textDocument: { uri }, position }],
      ['textDocument/codeAction', { textDocument: { uri } }],
      ['textDocument/documentSymbol', { textDocument: { uri: 7 } }],
      ['workspace/symbol', {}],
    ];
    for (const [method, params] of cases) {
      await assert.rejects(
        server.connection.sendRequest(method, params),
        (error: unknown) =>
          error instanceof ResponseError && error.code === INVALID_PARAMS && error.message.includes(method),
        `${method} ${JSON.stringify(params)}`,
      );
    }
    await assertStillServing();
  });

  it('answers requests about documents it does not know with empty results', async () => {
    const unknown = { uri: pathToFileURL(`${folder}/never-opened.report.md`).href };
    const position = { line: 0, character: 0 };
    const send = (method: string, params: object) =>
      server.connection.sendRequest(method, { textDocument: unknown, ...params });
    assert.deepEqual(await send('textDocument/documentSymbol', {}), []);
    assert.equal(await send('textDocument/hover', { position }), null);
    assert.deepEqual(await send('textDocument/definition', { position }), []);
    assert.deepEqual(await send('textDocument/references', { position, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await send('textDocument/foldingRange', {}), []);
    assert.deepEqual(await send('textDocument/codeLens', {}), []);
    assert.deepEqual(await send('textDocument/documentHighlight', { position }), []);
    assert.deepEqual(
      await send('textDocument/codeAction', {
        range: { start: position, end: position },
        context: { diagnostics: [] },
      }),
      [],
    );
    const completion = (await send('textDocument/completion', { position })) as unknown[] | { items: unknown[] } | null;
    assert.deepEqual(Array.isArray(completion) ? completion : (completion?.items ?? []), []);
    await assertStillServing();
  });

  it('answers positions outside the text of an open document with empty results', async () => {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'committee-report', version: 1, text: DOCUMENT },
    });
    for (const position of [
      { line: 1_000_000, character: 0 },
      { line: 0, character: 1_000_000 },
      { line: 14, character: 1_000_000 },
      { line: -1, character: -1 },
      { line: 2 ** 31, character: 2 ** 31 },
    ]) {
      const at = { textDocument: { uri }, position };
      assert.equal(await server.connection.sendRequest('textDocument/hover', at), null, JSON.stringify(position));
      assert.deepEqual(
        await server.connection.sendRequest('textDocument/definition', at),
        [],
        JSON.stringify(position),
      );
      assert.deepEqual(
        await server.connection.sendRequest('textDocument/references', {
          ...at,
          context: { includeDeclaration: true },
        }),
        [],
        JSON.stringify(position),
      );
      await server.connection.sendRequest('textDocument/completion', at);
    }
    await assertStillServing();
  });

  it('takes edits to a document it never opened, and a second open of one, without failing', async () => {
    const other = pathToFileURL(`${folder}/b.report.md`).href;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: other, version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'committee-report', version: 1, text: DOCUMENT },
    });
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'committee-report', version: 5, text: '# Replaced\n' },
    });
    // An edit whose range lies beyond the end of the text is applied at the end.
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 6 },
      contentChanges: [
        { range: { start: { line: 99, character: 0 }, end: { line: 120, character: 4 } }, text: '\n## Background\n' },
      ],
    });
    const published = await server.diagnostics(uri, (candidate) => candidate.version === 6);
    assert.ok(Array.isArray(published.diagnostics));
    await assertStillServing();
  });

  it('answers a request it is asked to cancel, with its result or RequestCancelled, and goes on serving', async () => {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'committee-report', version: 1, text: DOCUMENT },
    });
    const requests: [string, object][] = [
      ['workspace/symbol', { query: 'F' }],
      [
        'textDocument/references',
        { textDocument: { uri }, position: { line: 13, character: 3 }, context: { includeDeclaration: true } },
      ],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/rename', { textDocument: { uri }, position: { line: 13, character: 3 }, newName: 'F2' }],
    ];
    const outcomes = await Promise.all(
      requests.flatMap(([method, params]) =>
        [0, 1, 2].map(async () => {
          const cancellation = new CancellationTokenSource();
          const answer = server.connection.sendRequest(method, params, cancellation.token);
          // The cancellation follows its request at once, as an editor sends it on the next keystroke.
          cancellation.cancel();
          try {
            await answer;
            return 'answered';
          } catch (error) {
            return error instanceof ResponseError && error.code === REQUEST_CANCELLED
              ? 'cancelled'
              : `failed: ${String(error)}`;
          }
        }),
      ),
    );
    for (const outcome of outcomes) assert.ok(outcome === 'answered' || outcome === 'cancelled', outcome);
    await assertStillServing();
  });
});

describe('The server process', function () {
  this.timeout(30_000);
  let folder: string;
  let server: SpawnedServer | undefined;

  beforeEach(() => {
    folder = makeFolder('exit');
    writeFiles(folder, { 'a.report.md': DOCUMENT });
  });

  afterEach(() => {
    server?.kill();
    removeFolder(folder);
  });

  it('exits with code 0 on exit after shutdown', async () => {
    server = new SpawnedServer(folder, { asOtherUser: false });
    await server.initialize(folder);
    assert.equal(await server.stop(), 0);
  });

  it('exits with code 1 on exit without shutdown', async () => {
    server = new SpawnedServer(folder, { asOtherUser: false });
    await server.initialize(folder);
    await server.connection.sendNotification('exit');
    assert.deepEqual(await server.exited, { code: 1, signal: null });
  });

  it('exits when its client closes the input stream', async () => {
    server = new SpawnedServer(folder, { asOtherUser: false });
    await server.initialize(folder);
    server.process.stdin!.end();
    assert.deepEqual(await server.exited, { code: 1, signal: null });
  });

  it('exits at once, saying why, when its input has a header without Content-Length', async () => {
    server = new SpawnedServer(folder, { asOtherUser: false });
    let stderr = '';
    server.process.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    await server.initialize(folder);
    // The input stays open: the server must not wait for the client to go.
    server.process.stdin!.write('Content-Type: nonsense\r\n\r\n{}');
    assert.deepEqual(await server.exited, { code: 1, signal: null });
    assert.match(
      stderr,
      /committee-reports-language-server: stopping, because the input is not LSP messages any more \(Header must provide a Content-Length/,
    );
  });

  it('answers requests before initialize with ServerNotInitialized, drops notifications, and then initializes', async () => {
    server = new SpawnedServer(folder, { asOtherUser: false });
    for (const method of ['textDocument/documentSymbol', 'shutdown', 'committeeReports/traceability']) {
      await assert.rejects(
        server.connection.sendRequest(method, { textDocument: { uri: pathToFileURL(`${folder}/a.report.md`).href } }),
        (error: unknown) => error instanceof ResponseError && error.code === SERVER_NOT_INITIALIZED,
        method,
      );
    }
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: pathToFileURL(`${folder}/b.report.md`).href,
        languageId: 'committee-report',
        version: 1,
        text: '# B\n',
      },
    });
    await server.initialize(folder);
    const uri = pathToFileURL(`${folder}/a.report.md`).href;
    assert.ok(
      ((await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[])
        .length > 0,
    );
    // The didOpen before initialize was dropped: b.report.md is unknown, so it has no outline.
    assert.deepEqual(
      await server.connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri: pathToFileURL(`${folder}/b.report.md`).href },
      }),
      [],
    );
  });

  it('exits with code 0 when its input closes after shutdown', async () => {
    server = new SpawnedServer(folder, { asOtherUser: false });
    await server.initialize(folder);
    await server.connection.sendRequest('shutdown');
    server.process.stdin!.end();
    assert.deepEqual(await server.exited, { code: 0, signal: null });
  });

  it('exits when the client process named in initialize ends', async () => {
    // A stand-in for the editor: a process the server is told is its parent.
    const client = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const clientEnded = new Promise((resolve) => client.once('exit', resolve));
    server = new SpawnedServer(folder, { asOtherUser: false });
    await server.initialize(folder, client.pid!);
    client.kill('SIGKILL');
    await clientEnded;
    // The server looks for its parent every three seconds.
    assert.deepEqual(await server.exited, { code: 1, signal: null });
  });
});
