/**
 * When the diagnostics the language server's kept index holds still stand
 * for the files that did not change: no document came or went, and every
 * other one tells the others what it told them before.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CacheEntry } from '../../../server/src/node/check-cache-file';
import type { DocumentSummary } from '../../support/core';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built server, reached by path as the other server tests do
const { unchangedFiles, cachedDiagnosticsStand, sameSummary } = require(
  path.resolve(__dirname, '../../../../server/out/node/index-reuse'),
) as typeof import('../../../server/src/node/index-reuse');

const summary = (documentId: string, cites: string[] = [], documentIdLine = 2): DocumentSummary => ({
  links: {
    documentId,
    definitions: [{ id: 'R1', kind: 'R', number: 1 }],
    citations: cites.map((id) => ({ documentId: 'b', id, citingKind: null })),
  },
  documentIdLine,
});
/** An entry, with no diagnostics stored unless `checked`. */
const entry = (hash: string, of: DocumentSummary, checked = true): CacheEntry => ({
  hash,
  summary: of,
  ...(checked ? { diagnostics: [] } : {}),
});

describe('Which files the kept index holds unchanged', () => {
  it('is those whose bytes hash as stored, with diagnostics stored', () => {
    const stored = new Map([
      ['a', entry('1', summary('a'))],
      ['b', entry('2', summary('b'))],
      ['c', entry('3', summary('c'), false)],
    ]);
    const hashes = new Map([
      ['a', '1'],
      ['b', 'changed'],
      ['c', '3'],
      ['d', '4'],
    ]);
    assert.deepEqual([...unchangedFiles(hashes, stored)], ['a']);
  });
});

describe('Whether the stored diagnostics of unchanged files stand', () => {
  const stored = new Map([
    ['a', entry('1', summary('a', ['R1']))],
    ['b', entry('2', summary('b'))],
  ]);
  const unchanged = new Set(['a']);

  it('they do when the changed file tells the others what it told them', () => {
    assert.equal(
      cachedDiagnosticsStand(['a', 'b'], stored, unchanged, () => summary('b')),
      true,
    );
  });

  it('they do not when a changed file’s links or the line of its id changed', () => {
    assert.equal(
      cachedDiagnosticsStand(['a', 'b'], stored, unchanged, () => summary('b', ['R2'])),
      false,
    );
    assert.equal(
      cachedDiagnosticsStand(['a', 'b'], stored, unchanged, () => summary('b-2')),
      false,
    );
    assert.equal(
      cachedDiagnosticsStand(['a', 'b'], stored, unchanged, () => summary('b', [], 3)),
      false,
    );
  });

  it('they do not when a document came or went', () => {
    assert.equal(
      cachedDiagnosticsStand(['a', 'b', 'c'], stored, unchanged, () => summary('b')),
      false,
    );
    assert.equal(
      cachedDiagnosticsStand(['a'], stored, unchanged, () => undefined),
      false,
    );
    // As many documents, but another one.
    assert.equal(
      cachedDiagnosticsStand(['a', 'c'], stored, unchanged, () => summary('b')),
      false,
    );
  });

  it('compares summaries without links (a file not checked) only with summaries without links', () => {
    assert.equal(sameSummary({}, {}), true);
    assert.equal(sameSummary({}, summary('a')), false);
    assert.equal(sameSummary(undefined, undefined), false);
  });
});
