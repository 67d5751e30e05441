import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServerSession, temporaryWorkspace, useServer } from './support';

/** The text as it stands in an HTML attribute. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const REQUEST = 'committeeReports/preview';
const CONFIG = '.committee-reports.yaml';

const REPORT = [
  '---',
  'type: scrutiny',
  'id: transport-tg',
  'title: Transport',
  '---',
  '',
  '## Findings',
  '',
  '**F1** Taxis cost most.',
  '',
  '**A1** Write to the schools.',
  '',
  '**R1** That routes be reviewed [F1, A1] and [school-tg:R2], as [F5] says.',
  '',
].join('\n');

interface Preview {
  readonly html: string;
  readonly version: number | null;
}

describe('The language server: the preview request', () => {
  const SCHOOL = [
    '---',
    'type: scrutiny',
    'id: school-tg',
    'title: School Transport',
    '---',
    '',
    '## Recommendations',
    '',
    '**R2** That bus passes be free.',
    '',
  ].join('\n');

  const server = useServer({
    'transport.report.md': REPORT,
    'school.report.md': SCHOOL,
    'notes.md': '# Notes\n\n**F1** Not a report.\n',
  });
  let session: ServerSession;
  const preview = (file: string) =>
    session.connection.sendRequest(REQUEST, { textDocument: { uri: session.uriOf(file) } }) as Promise<Preview | null>;

  beforeEach(() => {
    session = server.session;
  });

  it('announces the request in its capabilities, beside the traceability request', async () => {
    const other = new ServerSession(server.folder);
    try {
      const result = (await other.initialize()) as { capabilities: { experimental?: Record<string, unknown> } };
      assert.deepEqual(result.capabilities.experimental, { traceability: true, preview: true });
    } finally {
      await other.stop();
    }
  });

  it('renders a document on disk as HTML, its front matter as a front sheet, IDs as anchors and references as links, with no version', async () => {
    const result = await preview('transport.report.md');
    assert.equal(result?.version, null);
    const html = result!.html;
    assert.match(
      html,
      /^<header [^>]*>\n<table class="cr-front-sheet">[^]*<td>Transport<\/td>[^]*<\/header>\n<h2 [^>]*>Findings<\/h2>/,
    );
    assert.doesNotMatch(html, /type: scrutiny/);
    assert.match(html, /<strong><a class="cr-definition" id="transport-tg--F1">F1<\/a><\/strong> Taxis cost most\./);
    assert.match(
      html,
      /\[<a class="cr-reference" href="#transport-tg--F1" data-line="12" data-character="32" title="F1: Taxis cost most\.">F1<\/a>, A1\]/,
    );
    assert.match(
      html,
      /<a class="cr-reference cr-external" href="#" data-line="12" data-character="45" title="R2 of School Transport: That bus passes be free\.">school-tg:R2<\/a>/,
    );
  });

  it('draws a reference the checker reports as broken, not as a link, with the message of its diagnostic', async () => {
    const published = session.nextDiagnostics('transport.report.md', 1);
    await session.open('transport.report.md', REPORT);
    const diagnostic = (await published).diagnostics.find((d) => d.code === 'ref-unresolved');
    assert.ok(diagnostic, 'the checker reports F5');
    const html = (await preview('transport.report.md'))!.html;
    const [broken] = html.match(/<span class="cr-reference cr-broken" [^>]*>F5<\/span>/) ?? [];
    assert.ok(broken, html);
    assert.match(broken, /data-line="12" data-character="64"/);
    assert.ok(broken.includes(`title="${escapeHtml(diagnostic.message)}"`), broken);
  });

  it('renders the text the editor has, edits not yet saved included, and says which version it rendered', async () => {
    await session.open('transport.report.md', REPORT);
    await session.change('transport.report.md', 2, REPORT.replace('Taxis cost most.', 'Taxis cost *most*.'));
    const result = await preview('transport.report.md');
    assert.equal(result?.version, 2);
    assert.match(result!.html, /Taxis cost <em>most<\/em>\./);
  });

  it('renders an open Markdown file that the config does not select, as the editor has it', async () => {
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: session.uriOf('notes.md'),
        languageId: 'markdown',
        version: 4,
        text: '# Notes typed\n\n**F1** Not a report.\n',
      },
    });
    const result = await preview('notes.md');
    assert.equal(result?.version, 4);
    assert.match(result!.html, /<h1 [^>]*>Notes typed<\/h1>/);
  });

  it('answers null for a document it has not got', async () => {
    assert.equal(await preview('nowhere.report.md'), null);
  });

  it('answers a request without a document with an invalid params error', async () => {
    await assert.rejects(
      session.connection.sendRequest(REQUEST, {}),
      (error: { code?: number }) => error.code === -32602,
    );
  });
});

describe('The language server: the preview in a workspace of several folders', () => {
  const folders: string[] = [];
  let session: ServerSession;

  afterEach(async () => {
    await session.stop();
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  it("marks the IDs of the kinds the document's own folder's config adds, and not those of another folder's", async () => {
    const first = temporaryWorkspace({ 'transport.report.md': REPORT });
    const second = temporaryWorkspace({
      [CONFIG]: 'kinds: { F: finding, R: recommendation, A: action }\n',
      'transport.report.md': REPORT.replace('transport-tg', 'transport-b'),
    });
    folders.push(first, second);
    session = new ServerSession(first, undefined, { workspaceFolders: [first, second] });
    await session.initialize();
    const inSecond = path.relative(first, path.join(second, 'transport.report.md'));
    const html = async (file: string) =>
      ((await session.connection.sendRequest(REQUEST, { textDocument: { uri: session.uriOf(file) } })) as Preview).html;
    // In the second folder A is a kind: A1 is an action, and R1 cites it.
    assert.match(await html(inSecond), /<a class="cr-definition" id="transport-b--A1">A1<\/a>/);
    assert.match(await html(inSecond), /href="#transport-b--A1"/);
    // In the first, which has no config, A1 is just text.
    assert.doesNotMatch(await html('transport.report.md'), /--A1/);
  });
});
