/**
 * The index the server keeps between sessions never changes a result: a
 * start from it publishes exactly what a start without it publishes, after
 * any change on disk between the two, and a damaged index is ignored and
 * written again. Each start waits for every file's diagnostics, then for a
 * workspace symbol search (answered once every document is parsed, so any
 * correction of what the index showed has been published by then).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ServerSession,
  assertSameAsCold,
  checkedFiles,
  coldStart,
  finalDiagnostics,
  startAndStop,
  temporaryWorkspace,
  type ClientOptions,
} from './support';
import { readCacheLayout, writeCacheLayout } from '../support/cache-file';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const MINUTES = 'cyp-scrutiny-2026-03-12.minutes.md';
const reportText = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');
const minutesText = fs.readFileSync(path.join(EXAMPLES, MINUTES), 'utf8');
const OTHER = 'other/budget.report.md';
const otherText = `---\nid: budget-2026\ntitle: Budget\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n## Summary\n\nCosts rose. TBC\n\n**F1** The SEND budget grew. [school-transport-tg-2026:R1] [school-transport-tg-2026:R9]\n`;
const FILES = { [REPORT]: reportText, [MINUTES]: minutesText, [OTHER]: otherText };

describe('The language server: the index kept between sessions', function () {
  // Each test starts the server two to four times.
  this.timeout(40_000);
  let folder: string;
  let indexFolder: string;
  let withIndex: ClientOptions;
  const indexFile = () => path.join(indexFolder, 'index.cache');

  beforeEach(() => {
    folder = temporaryWorkspace(FILES);
    indexFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-index-'));
    withIndex = { initializationOptions: { indexFolder } };
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(indexFolder, { recursive: true, force: true });
  });

  it('writes the index in the folder the client gives, with every checked file in it, in place of the index kept as JSON before', async () => {
    const former = path.join(indexFolder, 'index.json');
    fs.writeFileSync(former, '{"entries": {}}');
    await startAndStop(folder, withIndex);
    assert.ok(!fs.existsSync(former), 'the index of an older version is still there');
    const written = readCacheLayout(indexFile());
    assert.deepEqual(
      Object.keys(written.entries).sort(),
      checkedFiles(folder)
        .map((file) => pathToFileURL(path.join(folder, file)).href)
        .sort(),
    );
  });

  it('starts from the index with exactly the diagnostics of a start without it, each published once', async () => {
    await startAndStop(folder, withIndex);
    const written = fs.statSync(indexFile()).mtimeMs;
    await assertSameAsCold(folder, await startAndStop(folder, withIndex));
    // Nothing changed: the index is not written again.
    assert.equal(fs.statSync(indexFile()).mtimeMs, written);
  });

  it('gives a cold start’s diagnostics after a file changed, one was added and one deleted between the two starts', async () => {
    await startAndStop(folder, withIndex);
    fs.writeFileSync(path.join(folder, MINUTES), minutesText.replace(/\n\n/, '\n\nA new paragraph.\n\n'));
    // The budget report, unchanged, now shares its id with another and cites a report that has gone.
    fs.writeFileSync(path.join(folder, 'new.report.md'), otherText);
    fs.rmSync(path.join(folder, REPORT));
    await assertSameAsCold(folder, await startAndStop(folder, withIndex));
  });

  it('gives a cold start’s diagnostics after a file changed what it tells the others, though no file came or went', async () => {
    await startAndStop(folder, withIndex);
    const withoutR1 = reportText.replace(/\*\*R1\*\* That the Cabinet Member[^\n]*\n/, '');
    assert.notEqual(withoutR1, reportText);
    fs.writeFileSync(path.join(folder, REPORT), withoutR1);
    await assertSameAsCold(folder, await startAndStop(folder, withIndex));
  });

  it('gives a cold start’s diagnostics after a change that only the changed file shows, from the index for the others', async () => {
    await startAndStop(folder, withIndex);
    fs.writeFileSync(path.join(folder, OTHER), otherText.replace('Costs rose. TBC', 'Costs rose.'));
    await assertSameAsCold(folder, await startAndStop(folder, withIndex));
  });

  it('gives a cold start’s diagnostics after the config changed between the two starts', async () => {
    await startAndStop(folder, withIndex);
    fs.writeFileSync(path.join(folder, '.committee-reports.yaml'), 'rules:\n  placeholder-left: off\n');
    await assertSameAsCold(folder, await startAndStop(folder, withIndex));
  });

  for (const [damage, text] of [
    ['cut short', (whole: string) => whole.slice(0, whole.length / 2)],
    ['garbage', () => '\u0000\u0001 not an index at all'],
    ['of another layout', () => JSON.stringify({ format: 'another tool 7', entries: [1, 2, 3] })],
    ['with an entry of the wrong shape', (whole: string) => whole.replace(/"diagnostics":\[/, '"diagnostics":[7,')],
  ] as const) {
    it(`ignores an index ${damage}, gives a cold start’s diagnostics, and writes the index again`, async () => {
      await startAndStop(folder, withIndex);
      const good = fs.readFileSync(indexFile(), 'utf8');
      const goodLayout = readCacheLayout(indexFile());
      fs.writeFileSync(indexFile(), text(good));
      assert.notEqual(fs.readFileSync(indexFile(), 'utf8'), good);
      await assertSameAsCold(folder, await startAndStop(folder, withIndex));
      assert.deepEqual(readCacheLayout(indexFile()), goodLayout);
    });
  }

  it('shows the diagnostics the index holds first, and corrects them once the document is checked', async () => {
    await startAndStop(folder, withIndex);
    const written = readCacheLayout(indexFile());
    const uri = pathToFileURL(path.join(folder, OTHER)).href;
    assert.notDeepEqual(written.entries[uri]!.diagnostics, []);
    written.entries[uri]!.diagnostics = [];
    writeCacheLayout(indexFile(), written);
    const warm = await startAndStop(folder, withIndex);
    assert.deepEqual(
      warm.published.get(OTHER)!.map((published) => published.diagnostics.length > 0),
      [false, true],
    );
    assert.deepEqual(finalDiagnostics(warm), await coldStart(folder));
    assert.equal(warm.log.length, 1);
    assert.match(warm.log[0]!, /The saved index held other diagnostics for .*budget\.report\.md/);
  });

  it('writes nothing with persistIndex false', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-cache-'));
    try {
      await startAndStop(folder, {
        initializationOptions: { indexFolder, persistIndex: false },
        env: { XDG_CACHE_HOME: cache },
      });
      assert.deepEqual(fs.readdirSync(indexFolder), []);
      assert.deepEqual(fs.readdirSync(cache), []);
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it('keeps the index in the user’s cache folder, one file per workspace, when the client gives no folder', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-cache-'));
    try {
      await startAndStop(folder, { env: { XDG_CACHE_HOME: cache } });
      const files = fs.readdirSync(path.join(cache, 'committee-reports'));
      assert.equal(files.length, 1);
      assert.match(files[0]!, /^index-[0-9a-f]{20}\.cache$/);
      await assertSameAsCold(folder, await startAndStop(folder, { env: { XDG_CACHE_HOME: cache } }));
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it('keeps only what is on disk: an open document’s unsaved text is not stored', async () => {
    const session = new ServerSession(folder, undefined, withIndex);
    try {
      await session.initialize();
      await session.open(OTHER, otherText);
      await session.nextDiagnostics(OTHER, 1);
      // Unsaved: a placeholder gone, and a reference that no longer resolves.
      await session.change(OTHER, 2, otherText.replace('TBC', '').replace('R1]', 'R7]'));
      await session.nextDiagnostics(OTHER, 2);
      await session.connection.sendRequest('workspace/symbol', { query: 'R1' });
    } finally {
      await session.stop();
    }
    await assertSameAsCold(folder, await startAndStop(folder, withIndex));
  });

  it('writes the index again at shutdown after a file changed on disk while it ran', async () => {
    await startAndStop(folder, withIndex);
    const uri = pathToFileURL(path.join(folder, OTHER)).href;
    const hashOf = () => readCacheLayout(indexFile()).entries[uri]!.hash;
    const before = hashOf();
    const session = new ServerSession(folder, undefined, withIndex);
    try {
      await session.initialize();
      await session.diagnostics(uri);
      fs.writeFileSync(path.join(folder, OTHER), otherText.replace('[school-transport-tg-2026:R9]', ''));
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await session.nextDiagnostics(OTHER);
      await session.nextDiagnostics(OTHER);
    } finally {
      await session.stop();
    }
    assert.notEqual(hashOf(), before);
    await assertSameAsCold(folder, await startAndStop(folder, withIndex));
  });

  it('keeps the index as it was when an open document changes what it tells the others and is not saved', async () => {
    await startAndStop(folder, withIndex);
    const before = fs.readFileSync(indexFile(), 'utf8');
    const session = new ServerSession(folder, undefined, withIndex);
    try {
      await session.initialize();
      await session.open(OTHER, otherText.replace('budget-2026', 'renamed-2026'));
      await session.nextDiagnostics(OTHER, 1);
      await session.connection.sendRequest('workspace/symbol', { query: 'R1' });
    } finally {
      await session.stop();
    }
    assert.equal(fs.readFileSync(indexFile(), 'utf8'), before);
  });

  it('reads again a file whose bytes changed though its size and modification time were put back', async () => {
    // A whole second, so that putting it back later gives exactly the time the stamp holds.
    const lastYear = new Date('2025-12-01T09:00:00Z');
    const other = path.join(folder, OTHER);
    fs.utimesSync(other, lastYear, lastYear);
    // Two seconds on, the files' stamps have settled, and the index keeps them (node/file-stamp.ts).
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await startAndStop(folder, withIndex);
    const written = readCacheLayout(indexFile());
    assert.equal(Object.keys(written.entries).length, 3);
    assert.ok(Object.values(written.entries).every((entry) => entry.stamp !== undefined));
    // Same length, same modification time: only the status change time shows the new bytes.
    const changed = otherText.replace('Costs rose. TBC', 'Costs rose. All');
    assert.equal(Buffer.byteLength(changed), fs.statSync(other).size);
    fs.writeFileSync(other, changed);
    fs.utimesSync(other, lastYear, lastYear);
    // The others, unread at start, are read when they are parsed.
    const warm = await startAndStop(folder, withIndex);
    assert.ok(!finalDiagnostics(warm)[OTHER]!.some((diagnostic) => diagnostic.code === 'placeholder-left'));
    await assertSameAsCold(folder, warm);
  });

  it('answers hover and definition on a document that came in from the index', async () => {
    await startAndStop(folder, withIndex);
    const session = new ServerSession(folder, undefined, withIndex);
    try {
      await session.initialize();
      await session.diagnostics(session.uriOf(MINUTES));
      const lines = minutesText.split('\n');
      const line = lines.findIndex((candidate) => candidate.includes('school-transport-tg-2026:R1]'));
      const position = { line, character: lines[line]!.indexOf('school-transport-tg-2026:R1]') + 25 };
      const textDocument = { uri: session.uriOf(MINUTES) };
      const definition = (await session.connection.sendRequest('textDocument/definition', {
        textDocument,
        position,
      })) as { uri: string; range: { start: { line: number } } }[];
      assert.equal(definition.length, 1);
      assert.equal(definition[0]!.uri, session.uriOf(REPORT));
      assert.equal(
        definition[0]!.range.start.line,
        reportText.split('\n').findIndex((candidate) => candidate.includes('**R1**')),
      );
      const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument, position })) as {
        contents: { value: string };
      };
      assert.match(hover.contents.value, /^\*\*R1\*\* \(recommendation\) That the Cabinet Member/);
    } finally {
      await session.stop();
    }
  });
});
