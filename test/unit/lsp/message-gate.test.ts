import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Message } from 'vscode-languageserver';
import type * as GateModule from '../../../server/src/lsp/transport/message-gate';

// The server's modules are not exported from the package, so the compiled one is loaded by path.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MessageGate } = require(
  path.resolve(__dirname, '../../../../server/out/lsp/transport/message-gate'),
) as typeof GateModule;
type Verdict = GateModule.Verdict;

const request = (id: number, method: string, params?: unknown): Message =>
  ({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }) as Message;
const notification = (method: string, params?: unknown): Message =>
  ({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) }) as Message;
const errorCode = (verdict: Verdict) => (verdict.kind === 'answer' ? verdict.response.error?.code : undefined);

const AT = { textDocument: { uri: 'file:///a.report.md' }, position: { line: 3, character: 4 } };

describe('The message gate between the client and the handlers', () => {
  it('answers every request before initialize with ServerNotInitialized, for the id it was sent with', () => {
    const gate = new MessageGate();
    const verdict = gate.judge(request(7, 'textDocument/hover', AT));
    assert.equal(errorCode(verdict), -32002);
    assert.equal(verdict.kind === 'answer' && verdict.response.id, 7);
    assert.equal(errorCode(gate.judge(request(8, 'shutdown'))), -32002);
    assert.equal(gate.shutdownRequested, false);
  });

  it('drops notifications before initialize, except exit', () => {
    const gate = new MessageGate();
    assert.equal(gate.judge(notification('initialized', {})).kind, 'drop');
    assert.equal(gate.judge(notification('textDocument/didOpen', {})).kind, 'drop');
    assert.equal(gate.judge(notification('exit')).kind, 'pass');
  });

  it('passes initialize, then requests, notifications and responses', () => {
    const gate = new MessageGate();
    assert.equal(gate.judge(request(1, 'initialize', { capabilities: {} })).kind, 'pass');
    assert.equal(gate.judge(notification('initialized', {})).kind, 'pass');
    assert.equal(gate.judge(request(2, 'textDocument/hover', AT)).kind, 'pass');
    assert.equal(gate.judge({ jsonrpc: '2.0', id: 1, result: null } as Message).kind, 'pass');
    assert.equal(
      gate.judge(request(3, 'committeeReports/noSuchMethod', 42)).kind,
      'pass',
      'an unknown method is left to the connection (MethodNotFound)',
    );
  });

  it('answers InvalidParams, naming the method and the field, when a request lacks what its handler reads', () => {
    const gate = new MessageGate();
    gate.judge(request(1, 'initialize', { capabilities: {} }));
    const cases: [string, unknown, RegExp][] = [
      ['textDocument/hover', undefined, /textDocument\/hover.*missing or not an object/],
      ['textDocument/hover', { textDocument: { uri: 'x' } }, /position is missing/],
      ['textDocument/definition', { ...AT, position: { line: 1.5, character: 0 } }, /position\.line/],
      ['textDocument/references', AT, /context is missing/],
      ['textDocument/rename', { ...AT, newName: 3 }, /newName/],
      [
        'textDocument/codeAction',
        { textDocument: { uri: 'x' }, range: { start: { line: 0, character: 0 } }, context: {} },
        /range\.end/,
      ],
      ['workspace/symbol', { query: null }, /query/],
    ];
    for (const [method, params, message] of cases) {
      const verdict = gate.judge(request(2, method, params));
      assert.equal(errorCode(verdict), -32602, method);
      assert.match(verdict.kind === 'answer' ? verdict.response.error!.message : '', message);
    }
  });

  it('passes parameters with more than the handler reads, and out-of-range positions (the handlers answer those with empty results)', () => {
    const gate = new MessageGate();
    gate.judge(request(1, 'initialize', { capabilities: {} }));
    assert.equal(gate.judge(request(2, 'textDocument/hover', { ...AT, workDoneToken: 'w', extra: true })).kind, 'pass');
    assert.equal(
      gate.judge(request(3, 'textDocument/hover', { ...AT, position: { line: -1, character: 2 ** 31 } })).kind,
      'pass',
    );
  });

  it('remembers a shutdown request, so that a closed input then ends with code 0', () => {
    const gate = new MessageGate();
    gate.judge(request(1, 'initialize', { capabilities: {} }));
    assert.equal(gate.shutdownRequested, false);
    assert.equal(gate.judge(request(2, 'shutdown')).kind, 'pass');
    assert.equal(gate.shutdownRequested, true);
  });
});
