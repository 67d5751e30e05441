/**
 * Incremental sync equals a full read. A random storm of edits (inserts,
 * deletions and replacements of report fragments, line endings of every kind
 * and astral characters, several changes in one message, now and then the
 * whole text) is sent to one server as incremental changes, while the test
 * applies the same edits to a model of the text. Another server opens the
 * model's final text in one piece. Both must then give exactly the same
 * diagnostics and outline for the document, and the same diagnostics for the
 * minutes on disk that cite it; the first server's last diagnostics must be
 * for the last version.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { pathToFileURL } from 'node:url';
import { SpawnedServer, makeFolder, removeFolder, writeFiles } from '../hostile/support';
import { FRAGMENTS, parameters, timeout } from '../properties/support';

const START = `---
id: cab-2026
title: School Meals Contract
committee: Cabinet
meeting: 2026-04-14
---

# School Meals Contract

## Summary

This report asks the Cabinet to renew the contract.

## Background

**F1** The contract ends in August 2026.\r\n**F2** Schools want a local supplier 😀.\r**F3** A lone carriage return ends the line before this one.

## Recommendations

**R1** That the contract be renewed [F1, F2].

Diagnostics at the very end show where the text ends: [F9], TBC.
`;

const MINUTES = `---
type: minutes
title: Cabinet
committee: Cabinet
meeting: 2026-04-14
---

## Present

Councillor Ellis.

## Apologies

None.

## Declarations of Interest

None.

## 4. School Meals

**R1** Resolved as recommended [cab-2026:R1, R2].
`;

interface Position {
  readonly line: number;
  readonly character: number;
}

/** The LSP position of an offset: lines end at `\r\n`, `\n` or a lone `\r`. */
function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let at = 0; at < offset; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
      line++;
      lineStart = at + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** An offset moved off the middle of a `\r\n`, where no LSP position can stand. */
function onBoundary(text: string, offset: number): number {
  return text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

const INSERTS = [
  ...FRAGMENTS.filter((fragment) => !fragment.includes('\u0000')),
  '\r\n',
  '\r',
  '\n\n',
  '## Summary\n\n',
  '**F3** More.\n',
  '[F3]',
  '😀',
  'é',
];

/** One edit, with its place and length as fractions of the text at that moment. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  length: fc.double({ min: 0, max: 0.2, noNaN: true }),
  text: fc.oneof(
    fc.constant(''),
    fc.constantFrom(...INSERTS),
    fc.constantFrom('\r', '\n', '\r\n', '😀'),
    fc.string({ unit: 'binary', maxLength: 4 }),
  ),
});

/** A didChange: usually one edit, sometimes several (each applies to the text the previous one left), now and then the whole text. */
const change = fc.oneof(
  { weight: 8, arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => ({ edits, whole: false })) },
  { weight: 1, arbitrary: edit.map((one) => ({ edits: [one], whole: true })) },
);

describe('Incremental sync', function () {
  this.timeout(timeout(120_000));
  let folder: string;
  let incremental: SpawnedServer;
  let fresh: SpawnedServer;
  let minutesUri: string;
  let sample = 0;

  before(async () => {
    folder = makeFolder('incremental');
    writeFiles(folder, { 'cabinet.minutes.md': MINUTES });
    minutesUri = pathToFileURL(`${folder}/cabinet.minutes.md`).href;
    incremental = new SpawnedServer(folder, { asOtherUser: false });
    fresh = new SpawnedServer(folder, { asOtherUser: false });
    await Promise.all([incremental.initialize(folder), fresh.initialize(folder)]);
    await Promise.all([incremental.diagnostics(minutesUri), fresh.diagnostics(minutesUri)]);
  });

  after(async () => {
    await Promise.all([incremental.stop(), fresh.stop()]);
    removeFolder(folder);
  });

  /** Opens, then the final state: the outline (asking for it takes in every edit) and the diagnostics last published. */
  async function finalState(server: SpawnedServer, uri: string, version: number) {
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const published = await server.diagnostics(uri, (candidate) => candidate.version === version);
    // Everything published before the outline's answer has arrived; the last publication is the final one.
    const last = server.publishedFor(uri).at(-1)!;
    assert.equal(last.version, version, 'the last diagnostics published are not for the last version');
    return {
      symbols,
      diagnostics: published.diagnostics,
      minutes: server.publishedFor(minutesUri).at(-1)!.diagnostics,
    };
  }

  it('gives the diagnostics and outline of a full read of the final text, after any storm of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 40, size: 'max' }), async (changes) => {
        const uri = pathToFileURL(`${folder}/draft-${sample++}.report.md`).href;
        let text = START;
        let version = 1;
        await incremental.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'committee-report', version, text },
        });
        for (const { edits, whole } of changes) {
          const contentChanges: object[] = [];
          for (const { at, length, text: inserted } of edits) {
            const start = onBoundary(text, Math.floor(at * text.length));
            const end = onBoundary(text, Math.min(text.length, start + Math.floor(length * text.length)));
            const range = { start: positionAt(text, start), end: positionAt(text, end) };
            text = text.slice(0, start) + inserted + text.slice(end);
            contentChanges.push(whole ? { text } : { range, text: inserted });
          }
          await incremental.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: ++version },
            contentChanges,
          });
        }
        const edited = await finalState(incremental, uri, version);

        await fresh.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'committee-report', version: 1, text },
        });
        const read = await finalState(fresh, uri, 1);

        assert.deepEqual(edited.diagnostics, read.diagnostics, 'diagnostics differ');
        assert.deepEqual(edited.symbols, read.symbols, 'outlines differ');
        assert.deepEqual(edited.minutes, read.minutes, 'the minutes citing the document are checked differently');
        for (const server of [incremental, fresh])
          await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }),
      parameters(25),
    );
  });
});
