import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ServerSession,
  temporaryWorkspace,
  type ClientOptions,
  type PublishedDiagnostics,
  applyEdits,
  type Edit,
} from './support';

const REPORT = 'parking.report.md';
const CONFIG = '.committee-reports.yaml';
const CREATED = 1;
const CHANGED = 2;
const reportText = [
  '---',
  'title: Parking',
  'committee: Cabinet',
  'meeting: 2026-03-12',
  '---',
  '# Parking',
  '',
  'The ICB met the council.',
  '',
].join('\n');
/** Where ICB is: line 7 (0-based), after "The ". */
const ICB = { start: { line: 7, character: 4 }, end: { line: 7, character: 7 } };
const CREATES_FILES: ClientOptions = {
  capabilities: {
    workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] } },
  },
};

interface Action {
  title: string;
  edit: { changes?: Record<string, Edit[]>; documentChanges?: unknown[] };
}

const acronymWarnings = (published: PublishedDiagnostics) =>
  published.diagnostics.filter((diagnostic) => diagnostic.code === 'acronym-undefined');

describe('The language server: quick fixes for an acronym not spelt out', () => {
  let folder: string;
  let session: ServerSession;

  afterEach(async () => {
    await session.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const start = async (files: Record<string, string>, options: ClientOptions = {}) => {
    folder = temporaryWorkspace(files);
    session = new ServerSession(folder, undefined, options);
    await session.initialize();
    await session.open(REPORT, reportText);
    const published = await session.nextDiagnostics(REPORT, 1);
    const diagnostic = acronymWarnings(published)[0]!;
    assert.deepEqual(diagnostic.range, ICB);
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: session.uriOf(REPORT) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as Action[];
    return actions.filter((action) => action.title.includes('ICB'));
  };

  /** The config written as the editor would save it, and the watcher's notice of it. */
  const saveConfig = async (text: string, type: number) => {
    fs.writeFileSync(path.join(folder, CONFIG), text);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: session.uriOf(CONFIG), type }],
    });
  };

  it('adds the acronym to the list in the config file with an exact edit, and the warning goes once the config is saved', async () => {
    const config = 'rules:\r\n  section-order: off\r\nacronyms:\r\n  - NHS\r\n';
    const actions = await start({ [CONFIG]: config });
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Spell out ICB here', 'Add ICB to the known acronyms in .committee-reports.yaml'],
    );
    const edit = actions[1]!.edit;
    assert.deepEqual(edit, {
      changes: {
        [session.uriOf(CONFIG)]: [
          { range: { start: { line: 3, character: 7 }, end: { line: 3, character: 7 } }, newText: '\r\n  - ICB' },
        ],
      },
    });
    const saved = applyEdits(config, edit.changes![session.uriOf(CONFIG)]!);
    assert.equal(saved, 'rules:\r\n  section-order: off\r\nacronyms:\r\n  - NHS\r\n  - ICB\r\n');
    await saveConfig(saved, CHANGED);
    assert.deepEqual(acronymWarnings(await session.nextDiagnostics(REPORT)), []);
  });

  it('creates the config file in the workspace folder when there is none, for a client that can create files', async () => {
    const actions = await start({}, CREATES_FILES);
    const add = actions.find((action) => action.title.startsWith('Add ICB'))!;
    const configUri = session.uriOf(CONFIG);
    assert.deepEqual(add.edit, {
      documentChanges: [
        { kind: 'create', uri: configUri },
        {
          textDocument: { uri: configUri, version: null },
          edits: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              newText: 'acronyms: [ICB]\n',
            },
          ],
        },
      ],
    });
    await saveConfig('acronyms: [ICB]\n', CREATED);
    assert.deepEqual(acronymWarnings(await session.nextDiagnostics(REPORT)), []);
  });

  it('leaves the config fix out while the config is open with unsaved changes, whose positions it could not know', async () => {
    const config = 'acronyms:\n  - NHS\n';
    folder = temporaryWorkspace({ [CONFIG]: config });
    session = new ServerSession(folder);
    await session.initialize();
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: session.uriOf(CONFIG),
        languageId: 'yaml',
        version: 1,
        text: `# Our own acronyms\n${config}`,
      },
    });
    await session.open(REPORT, reportText);
    const diagnostic = acronymWarnings(await session.nextDiagnostics(REPORT, 1))[0]!;
    const actionsFor = async () =>
      (
        (await session.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri: session.uriOf(REPORT) },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        })) as Action[]
      ).map((action) => action.title);
    assert.deepEqual(await actionsFor(), ['Spell out ICB here']);
    // Once the editor holds what the disk holds, the edit's positions are right again.
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: session.uriOf(CONFIG), version: 2 },
      contentChanges: [{ text: config }],
    });
    assert.deepEqual(await actionsFor(), [
      'Spell out ICB here',
      'Add ICB to the known acronyms in .committee-reports.yaml',
    ]);
  });

  it('offers only to spell the acronym out to a client that cannot create files, when there is no config file', async () => {
    const actions = await start({});
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Spell out ICB here'],
    );
  });

  it('spells out at the first use with a fill-in, which placeholder-left then reports', async () => {
    const actions = await start({ [CONFIG]: 'acronyms: [NHS]\n' });
    const spell = actions[0]!;
    assert.deepEqual(spell.edit, {
      changes: { [session.uriOf(REPORT)]: [{ range: ICB, newText: '[Insert the full name] (ICB)' }] },
    });
    const changed = applyEdits(reportText, spell.edit.changes![session.uriOf(REPORT)]!);
    await session.change(REPORT, 2, changed);
    const codes = (await session.nextDiagnostics(REPORT, 2)).diagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(codes.includes('placeholder-left'), codes.join(', '));
  });
});
