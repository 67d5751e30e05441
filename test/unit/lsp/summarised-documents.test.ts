/**
 * The documents a start from the persisted index takes in by their summary
 * are parsed from the disk's bytes when first asked for, if the start did not
 * read them (their stamp showed them unchanged); one changed since is taken
 * in as a change, never as what the index said.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as SummarisedModule from '../../../server/src/lsp/workspace/summarised-documents';
import type * as CacheFileModule from '../../../server/src/node/check-cache-file';
import { Workspace, defaultConfig } from '../../support/core';

// The server's modules are not exported from the package, so the compiled ones are loaded by path.
const server = path.resolve(__dirname, '../../../../server/out');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SummarisedDocuments } = require(`${server}/lsp/workspace/summarised-documents`) as typeof SummarisedModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentHash } = require(`${server}/node/check-cache-file`) as typeof CacheFileModule;

const report = (body: string) =>
  `---\nid: budget-2026\ntitle: Budget\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n## Summary\n\n${body}\n`;

describe('SummarisedDocuments', () => {
  let folder: string;
  beforeEach(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-summarised-'))));
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** A summarised document of the file as it is now (the index's view of it), and what the holder was told. */
  function summarised(name: string, text: string) {
    const file = path.join(folder, name);
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const parsed = new Workspace(defaultConfig());
    parsed.setDocument(uri, text);
    const workspace = new Workspace(defaultConfig());
    const told = { published: [] as string[][], stale: 0, reloaded: [] as string[], warned: [] as string[] };
    const onDisk = new Map<string, SummarisedModule.OnDisk>();
    const documents = new SummarisedDocuments({
      workspace,
      onDisk,
      publish: (uris) => told.published.push([...uris]),
      reloadFromDisk: (reloaded) => told.reloaded.push(reloaded),
      markIndexStale: () => told.stale++,
      warn: (line) => told.warned.push(line),
    });
    workspace.setLoader((asked) => documents.load(asked));
    // The hash the index kept: that of the bytes `text` was written as.
    const hash = contentHash({ bytes: Buffer.from(text), cutOff: false, stats: fs.statSync(file) });
    documents.add(uri, undefined, { hash, summary: parsed.summaryOf(uri)! }, undefined);
    return { file, uri, workspace, documents, told, onDisk };
  }

  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

  it('parses a document not read at start from the disk’s bytes when first asked for', async () => {
    const { uri, workspace, documents, told } = summarised('a.report.md', report('Costs rose.'));
    assert.equal(documents.pending, true);
    assert.equal(workspace.getDocument(uri)!.documentId, 'budget-2026');
    assert.equal(documents.pending, false);
    await nextTurn();
    assert.deepEqual(told, { published: [], stale: 0, reloaded: [], warned: [] });
  });

  it('takes in a file changed since the start as a change: its new text, the index written again, its diagnostics published', async () => {
    const { file, uri, workspace, told, onDisk } = summarised('a.report.md', report('Costs rose.'));
    const before = onDisk.get(uri)!.hash;
    fs.writeFileSync(file, report('Costs rose. TBC'));
    assert.match(workspace.getDocument(uri)!.lines.text, /TBC/);
    assert.notEqual(onDisk.get(uri)!.hash, before);
    assert.equal(told.stale, 1);
    await nextTurn();
    assert.deepEqual(told.published, [[uri]]);
    assert.deepEqual(told.warned, []);
  });

  it('leaves a file gone since the start unparsed, and has it taken in as it now is', async () => {
    const { file, uri, workspace, told } = summarised('a.report.md', report('Costs rose.'));
    fs.rmSync(file);
    assert.equal(workspace.getDocument(uri), undefined);
    await nextTurn();
    assert.deepEqual(told.reloaded, [uri]);
  });
});
