import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServerSession, temporaryWorkspace, type PublishedDiagnostics } from './support';

const EXAMPLES = path.resolve(__dirname, '../../../test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const reportText = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');
const CONFIG = '.committee-reports.yaml';
const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

const codes = (published: PublishedDiagnostics) => published.diagnostics.map((diagnostic) => diagnostic.code);

describe('The language server: the config file changing while it runs', () => {
  const folders: string[] = [];
  let session: ServerSession;

  afterEach(async () => {
    await session.stop();
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  const start = async (files: Record<string, string>, options: { workspaceFolders?: string[] } = {}) => {
    const folder = temporaryWorkspace(files);
    folders.push(folder);
    session = new ServerSession(
      folder,
      undefined,
      options.workspaceFolders ? { workspaceFolders: [folder, ...options.workspaceFolders] } : {},
    );
    await session.initialize();
    return folder;
  };

  const configChanged = async (folder: string, type: number, text?: string) => {
    if (text === undefined) fs.rmSync(path.join(folder, CONFIG));
    else fs.writeFileSync(path.join(folder, CONFIG), text);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: session.uriOf(CONFIG), type }],
    });
  };

  it('checks the files a new config selects, and clears the diagnostics of those it no longer selects', async () => {
    const folder = await start({ [REPORT]: reportText, 'notes.md': '# Notes\n', 'archive/old.report.md': '# Old\n' });
    assert.ok(codes(await session.nextDiagnostics('archive/old.report.md')).includes('front-matter'));
    await configChanged(folder, CREATED, 'include: ["**/*.md"]\nexclude: ["archive/**"]\n');
    assert.deepEqual(codes(await session.nextDiagnostics('archive/old.report.md')), []);
    assert.ok(codes(await session.nextDiagnostics('notes.md')).includes('front-matter'));
    // The dropped file is no longer known: it has no outline.
    assert.deepEqual(
      await session.connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri: session.uriOf('archive/old.report.md') },
      }),
      [],
    );
  });

  it('checks an open Markdown file, as the editor has it, once a new config selects it, and lets it go when the config goes', async () => {
    const folder = await start({ [REPORT]: reportText });
    // Indexed: the config below is a change, not what the server finds at start.
    await session.nextDiagnostics(REPORT);
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: session.uriOf('notes.md'),
        languageId: 'markdown',
        version: 3,
        text: '# Notes typed but not saved\n',
      },
    });
    await configChanged(folder, CREATED, 'include: ["**/*.md"]\n');
    const published = await session.nextDiagnostics('notes.md');
    assert.equal(published.version, 3);
    assert.ok(codes(published).includes('front-matter'));
    await configChanged(folder, DELETED);
    assert.deepEqual(codes(await session.nextDiagnostics('notes.md')), []);
  });

  it('applies changed rules to every document', async () => {
    const folder = await start({ [CONFIG]: 'rules: {}\n', 'a.report.md': '# A\n' });
    assert.ok(codes(await session.nextDiagnostics('a.report.md')).includes('front-matter'));
    await configChanged(folder, CHANGED, 'rules: { front-matter: off, section-missing: off }\n');
    const after = codes(await session.nextDiagnostics('a.report.md'));
    assert.ok(!after.includes('front-matter') && !after.includes('section-missing'), after.join(', '));
  });

  it('goes back to the defaults when the config is deleted, and clears the config file’s own diagnostics', async () => {
    const folder = await start({
      [CONFIG]: 'include: ["**/*.md"]\nrules: { no-such-check: off }\n',
      'notes.md': '# Notes\n',
    });
    assert.deepEqual(codes(await session.nextDiagnostics(CONFIG)), ['config-invalid']);
    assert.ok(codes(await session.nextDiagnostics('notes.md')).includes('front-matter'));
    await configChanged(folder, DELETED);
    assert.deepEqual(codes(await session.nextDiagnostics(CONFIG)), []);
    assert.deepEqual(codes(await session.nextDiagnostics('notes.md')), []);
  });

  it('lets each workspace folder’s own config choose which of its files are checked, and the defaults a folder without one', async () => {
    const second = temporaryWorkspace({
      [CONFIG]: 'include: ["papers/*.md"]\n',
      'papers/budget.md': '# Budget\n',
      'other.report.md': '# Other\n',
    });
    folders.push(second);
    const first = await start({ [REPORT]: reportText, 'notes.md': '# Notes\n' }, { workspaceFolders: [second] });
    const inSecond = (file: string) => path.relative(first, path.join(second, file));
    assert.ok(codes(await session.nextDiagnostics(inSecond('papers/budget.md'))).includes('front-matter'));
    // The first folder has no config: the default globs select its reports, not its other Markdown.
    assert.deepEqual(codes(await session.nextDiagnostics(REPORT)), []);
    const outline = (file: string) =>
      session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: session.uriOf(file) } });
    assert.deepEqual(await outline('notes.md'), []);
    // The second folder's config leaves out its report, which the defaults would have taken.
    assert.deepEqual(await outline(inSecond('other.report.md')), []);
    assert.notDeepEqual(await outline(inSecond('papers/budget.md')), []);
  });

  it('checks each workspace folder’s documents under that folder’s own rules and kinds, and another folder’s under its own', async () => {
    const text = (id: string) =>
      `---\nid: ${id}\ntitle: Plan\n---\n**A1** Write to the schools.\n\n**R1** Agreed [A1, A2].\n`;
    const second = temporaryWorkspace({
      [CONFIG]: 'kinds: { F: finding, R: recommendation, A: action }\nrules: { front-matter-schema: off }\n',
      'plan.report.md': text('second-plan'),
    });
    folders.push(second);
    const first = await start({ 'plan.report.md': text('first-plan') }, { workspaceFolders: [second] });
    const secondCodes = codes(await session.nextDiagnostics(path.relative(first, path.join(second, 'plan.report.md'))));
    // A is a kind there: [A2] cites an action that does not exist; and front matter goes unchecked.
    assert.ok(secondCodes.includes('ref-unresolved'), secondCodes.join(', '));
    assert.ok(!secondCodes.includes('front-matter-schema'), secondCodes.join(', '));
    // The first folder has no config: A is no kind, so nothing is cited; the front matter is checked.
    const firstCodes = codes(await session.nextDiagnostics('plan.report.md'));
    assert.ok(!firstCodes.includes('ref-unresolved'), firstCodes.join(', '));
    assert.ok(firstCodes.includes('front-matter-schema'), firstCodes.join(', '));
  });
});
