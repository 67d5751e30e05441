/**
 * A start from the persisted index answers a request about one document as
 * soon as the documents it reaches are parsed, without waiting for the
 * background parse of the others; and every answer is the one a cold start
 * gives. A request that walks every document still sees every one.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ServerSession, startAndStop, temporaryWorkspace, type ClientOptions } from './support';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const MINUTES = 'cyp-scrutiny-2026-03-12.minutes.md';
const OPENED = 'other/budget.report.md';
const openedText = `---\nid: budget-2026\ntitle: Budget\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n## Summary\n\nCosts rose. TBC\n\n**F1** The SEND budget grew. [school-transport-tg-2026:R1] [school-transport-tg-2026:R9]\n\n**R1** That the budget be noted.\n`;
/** Enough documents that the background parse takes many turns of the server's event loop. */
const FILLERS = 300;

function files(): Record<string, string> {
  const all: Record<string, string> = {
    [REPORT]: fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8'),
    [MINUTES]: fs.readFileSync(path.join(EXAMPLES, MINUTES), 'utf8'),
    [OPENED]: openedText,
  };
  for (let n = 1; n <= FILLERS; n++)
    all[`filler/paper-${n}.report.md`] =
      `---\nid: paper-${n}\ntitle: Paper ${n}\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n## Summary\n\n` +
      `**F1** Routes cost more. [school-transport-tg-2026:R1]\n`;
  return all;
}

/** Where in the opened document each request points. */
const lines = openedText.split('\n');
const citing = lines.findIndex((line) => line.includes(':R1]'));
const onR1 = { line: citing, character: lines[citing]!.indexOf(':R1]') + 2 };
const afterPrefix = { line: citing, character: lines[citing]!.indexOf(':R1]') + 1 };
const afterBracket = { line: citing, character: lines[citing]!.indexOf('[') + 1 };

/** The requests an editor sends about the document it shows, as soon as it opens it. */
function documentRequests(session: ServerSession): Record<string, Promise<unknown>> {
  const textDocument = { uri: session.uriOf(OPENED) };
  const ask = (method: string, params: object) => session.connection.sendRequest(method, { textDocument, ...params });
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  return {
    hover: ask('textDocument/hover', { position: onR1 }),
    definition: ask('textDocument/definition', { position: onR1 }),
    documentSymbols: ask('textDocument/documentSymbol', {}),
    // Without its result id, which is the server's clock.
    semanticTokens: ask('textDocument/semanticTokens/full', {}).then((tokens) => (tokens as { data: unknown }).data),
    completionOfIds: ask('textDocument/completion', { position: afterPrefix }),
    completionOfDocuments: ask('textDocument/completion', { position: afterBracket }),
    codeActions: ask('textDocument/codeAction', { range: whole, context: { diagnostics: [] } }),
    refactorings: ask('textDocument/codeAction', {
      range: whole,
      context: { diagnostics: [], only: ['refactor'] },
    }),
    highlights: ask('textDocument/documentHighlight', { position: onR1 }),
    codeLenses: ask('textDocument/codeLens', {}),
  };
}

/** Each request's answer, by name. */
async function answers(requests: Record<string, Promise<unknown>>): Promise<Record<string, unknown>> {
  const entries = await Promise.all(Object.entries(requests).map(async ([name, answer]) => [name, await answer]));
  return Object.fromEntries(entries) as Record<string, unknown>;
}

describe('The language server: requests at a start from the index kept between sessions', function () {
  // Three starts on 303 documents.
  this.timeout(60_000);
  let folder: string;
  let indexFolder: string;
  let withIndex: ClientOptions;
  const cold: ClientOptions = { initializationOptions: { persistIndex: false } };

  beforeEach(() => {
    folder = temporaryWorkspace(files());
    indexFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-index-'));
    withIndex = { initializationOptions: { indexFolder } };
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(indexFolder, { recursive: true, force: true });
  });

  /** Starts a server, opens the document right after initialized, and sends `ask` at once. */
  async function withOpened<T>(options: ClientOptions, ask: (session: ServerSession) => Promise<T>): Promise<T> {
    const session = new ServerSession(folder, undefined, options);
    try {
      await session.initialize();
      await session.open(OPENED, openedText);
      return await ask(session);
    } finally {
      await session.stop();
    }
  }

  it('answers requests about the open document before every document is parsed, as a cold start answers them', async () => {
    await startAndStop(folder, withIndex);
    const expected = await withOpened(cold, (session) => answers(documentRequests(session)));
    const all = Object.keys(files());
    const { got, shownAtHover } = await withOpened(withIndex, async (session) => {
      const requests = documentRequests(session);
      // The start from the index publishes every document's stored diagnostics, then parses them all:
      // a hover that waited for that would come after the last of them.
      const shownAtHover = await requests['hover']!.then(
        () => all.filter((file) => session.publishedFor(session.uriOf(file)).length > 0).length,
      );
      return { got: await answers(requests), shownAtHover };
    });
    assert.ok(shownAtHover < all.length, `the hover was answered after all ${all.length} documents' diagnostics`);
    assert.notEqual(expected['hover'], null);
    assert.ok(Array.isArray(expected['definition']) && expected['definition'].length === 1);
    for (const name of Object.keys(expected)) assert.deepEqual(got[name], expected[name], name);
  });

  it('finds the references in every document, those not yet parsed included, as a cold start finds them', async () => {
    await startAndStop(folder, withIndex);
    const references = (session: ServerSession) =>
      session.connection.sendRequest('textDocument/references', {
        textDocument: { uri: session.uriOf(OPENED) },
        position: onR1,
        context: { includeDeclaration: true },
      });
    const expected = (await withOpened(cold, references)) as { uri: string }[];
    const got = await withOpened(withIndex, references);
    // The definition, the citations in the minutes and in the open document, and one in each filler.
    assert.equal(expected.length, FILLERS + 3);
    assert.deepEqual(got, expected);
  });
});
