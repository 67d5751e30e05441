/**
 * Quick fixes over the wire: each is a code action at its diagnostic whose
 * edit, applied, clears it; and a file's encoding is judged from its bytes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServerSession, temporaryWorkspace, useServer, applyEdits, type Edit } from './support';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const reportText = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');

interface Action {
  title: string;
  kind: string;
  edit: { changes: Record<string, Edit[]> };
}

describe('The language server: quick fixes for each fixable problem', () => {
  const server = useServer({ [REPORT]: reportText });

  /**
   * Opens the report as `broken`, asks for the code actions at its one
   * diagnostic of `code`, applies the one quick fix, and checks that the
   * server then publishes none of that code.
   */
  async function fixOnce(broken: string, code: string): Promise<{ title: string; fixed: string }> {
    const session = server.session;
    await session.open(REPORT, broken);
    const published = await session.nextDiagnostics(REPORT, 1);
    const diagnostics = published.diagnostics.filter((diagnostic) => diagnostic.code === code);
    assert.equal(diagnostics.length, 1, `expected one ${code}: ${JSON.stringify(published.diagnostics)}`);
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: session.uriOf(REPORT) },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    })) as Action[];
    assert.equal(actions.length, 1, JSON.stringify(actions.map((action) => action.title)));
    assert.equal(actions[0]!.kind, 'quickfix');
    const fixed = applyEdits(broken, actions[0]!.edit.changes[session.uriOf(REPORT)]!);
    await session.change(REPORT, 2, fixed);
    const after = await session.nextDiagnostics(REPORT, 2);
    assert.deepEqual(
      after.diagnostics.filter((diagnostic) => diagnostic.code === code),
      [],
    );
    return { title: actions[0]!.title, fixed };
  }

  it('turns a backwards range round', async () => {
    const broken = reportText.replace('**R1**', 'Taken together [F3-F1]. **R1**');
    const { title, fixed } = await fixOnce(broken, 'ref-malformed');
    assert.equal(title, 'Write the range as F1-F3');
    assert.equal(fixed, reportText.replace('**R1**', 'Taken together [F1-F3]. **R1**'));
  });

  it('sets a heading that skips a level to the level it should be', async () => {
    const broken = reportText.replace('## Background\n', '## Background\n\n#### Routes\n');
    assert.notEqual(broken, reportText);
    const { title, fixed } = await fixOnce(broken, 'heading-levels');
    assert.equal(title, 'Make this a level 3 heading');
    assert.equal(fixed, reportText.replace('## Background\n', '## Background\n\n### Routes\n'));
  });

  it('writes a meeting date given as 12 March 2026 as 2026-03-12', async () => {
    const broken = reportText.replace(/^meeting: .*$/m, 'meeting: 12 March 2026');
    const { title, fixed } = await fixOnce(broken, 'front-matter-schema');
    assert.equal(title, 'Write the date as 2026-03-12');
    assert.match(fixed, /^meeting: 2026-03-12$/m);
  });

  it('writes a choice in the capitals the format uses', async () => {
    const broken = reportText.replace(/^---\n/, '---\npurpose: Decision\n');
    const { title, fixed } = await fixOnce(broken, 'front-matter-schema');
    assert.equal(title, 'Write decision');
    assert.match(fixed, /^purpose: decision$/m);
  });
});

describe('The language server: text that is not UTF-8', () => {
  const FRONT_MATTER = '---\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n';
  const VALID = `${FRONT_MATTER}\n## Summary\n\nA \uFFFD in a font table.\n`;
  /** "The budget is £40,000" in Windows-1252: £ is the byte 0xA3, not UTF-8. */
  const WINDOWS_1252 = Buffer.concat([
    Buffer.from(`${FRONT_MATTER}\n## Summary\n\nThe budget is `),
    Buffer.from([0xa3]),
    Buffer.from('40,000.\n'),
  ]);
  let session: ServerSession;
  let folder: string;

  beforeEach(async () => {
    folder = temporaryWorkspace({ 'valid.report.md': VALID });
    fs.writeFileSync(path.join(folder, 'windows.report.md'), WINDOWS_1252);
    session = new ServerSession(folder);
    await session.initialize();
  });
  afterEach(async () => {
    await session.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const encodingCodes = async (file: string, version?: number) =>
    (await session.nextDiagnostics(file, version)).diagnostics
      .filter((diagnostic) => diagnostic.code === 'encoding-invalid')
      .map((diagnostic) => diagnostic.range.start);

  it('reports a file whose bytes are not UTF-8, on disk and when the editor opens it with � where they were', async () => {
    assert.deepEqual(await encodingCodes('windows.report.md'), [{ line: 8, character: 14 }]);
    const editorText = WINDOWS_1252.toString('utf8');
    assert.ok(editorText.includes('\uFFFD'));
    await session.open('windows.report.md', editorText);
    assert.deepEqual(await encodingCodes('windows.report.md', 1), [{ line: 8, character: 14 }]);
  });

  it('does not report a valid UTF-8 file that holds the character �, on disk or open in the editor', async () => {
    assert.deepEqual(await encodingCodes('valid.report.md'), []);
    await session.open('valid.report.md', VALID);
    assert.deepEqual(await encodingCodes('valid.report.md', 1), []);
  });

  it('does not report an unsaved document that holds the character �', async () => {
    await session.open('new.report.md', VALID);
    assert.deepEqual(await encodingCodes('new.report.md', 1), []);
  });
});

describe('The language server: quick fixes in the config file', () => {
  const CONFIG = '.committee-reports.yaml';
  const configText = 'rules:\n  sectoin-order: off\n';
  const server = useServer({ [REPORT]: reportText, [CONFIG]: configText });

  async function actionsAtProblem(): Promise<Action[]> {
    const session = server.session;
    const published = await session.nextDiagnostics(CONFIG);
    const diagnostic = published.diagnostics.find((candidate) => candidate.code === 'config-invalid')!;
    assert.ok(diagnostic, JSON.stringify(published.diagnostics));
    return (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: session.uriOf(CONFIG) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as Action[];
  }

  it('changes a misspelt check to the one close to it', async () => {
    const actions = await actionsAtProblem();
    assert.deepEqual(
      actions.map((action) => action.title),
      ["Change to 'section-order'"],
    );
    const fixed = applyEdits(configText, actions[0]!.edit.changes[server.session.uriOf(CONFIG)]!);
    assert.equal(fixed, 'rules:\n  section-order: off\n');
  });

  it('offers nothing while the editor holds unsaved changes to the config, and keeps its problems when it is closed', async () => {
    const session = server.session;
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: session.uriOf(CONFIG), languageId: 'yaml', version: 1, text: `# a comment\n${configText}` },
    });
    assert.deepEqual(await actionsAtProblem(), []);
    await session.connection.sendNotification('textDocument/didClose', {
      textDocument: { uri: session.uriOf(CONFIG) },
    });
    // Closing publishes nothing for the config; a request after it is answered after the close is handled.
    await session.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: session.uriOf(REPORT) },
    });
    assert.equal(session.publishedFor(session.uriOf(CONFIG)).at(-1)?.diagnostics.length, 1);
  });
});
