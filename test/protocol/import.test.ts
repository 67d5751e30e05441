/**
 * Importing a Word paper over the wire (issue 18): `committeeReports.import`
 * makes the .docx a document of the format, written where the protocol
 * says, never over a file unless asked; a file that is not Word is refused
 * with a message, never an error.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cabinetReport } from '../unit/import/word-fixtures';
import { validReport } from '../cli/support';
import { useServer } from './support';

const COMMAND = 'committeeReports.import';

interface Imported {
  readonly written?: string;
  readonly images?: readonly string[];
  readonly refused?: { readonly reason: string; readonly message: string };
  readonly warnings?: readonly string[];
}

describe('The language server: the import command', () => {
  const server = useServer({ 'reports/school-meals.report.md': validReport() });
  let word: Uint8Array;
  const importFile = (file: string, options: Record<string, unknown> = {}) =>
    server.session.connection.sendRequest('workspace/executeCommand', {
      command: COMMAND,
      arguments: [{ uri: pathToFileURL(file).href, ...options }],
    }) as Promise<Imported>;

  before(async () => {
    word = await cabinetReport();
  });

  it('writes the document and its image beside a Word file in the workspace, and checks it', async () => {
    const input = path.join(server.folder, 'papers/library-hours.docx');
    fs.mkdirSync(path.dirname(input), { recursive: true });
    fs.writeFileSync(input, word);
    const result = await importFile(input);
    const written = path.join(server.folder, 'papers/library-hours.report.md');
    assert.equal(result.written, pathToFileURL(written).href, JSON.stringify(result));
    assert.deepEqual(result.images, [pathToFileURL(path.join(server.folder, 'papers/library-hours-image-1.png')).href]);
    assert.match(
      fs.readFileSync(written, 'utf8'),
      /^---\ntype: report\n[^]*committee: Cabinet\n[^]*meeting: 2026-03-12\n/,
    );
    const again = await importFile(input);
    assert.equal(again.refused?.reason, 'exists');
    assert.match(again.refused?.message ?? '', /library-hours\.report\.md is already there and was not replaced/);
    const replaced = await importFile(input, { force: true });
    assert.equal(replaced.written, pathToFileURL(written).href);
  });

  it('writes a Word file from outside the workspace into the first workspace folder', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-downloads-'));
    try {
      const input = path.join(outside, 'opening-hours.docx');
      fs.writeFileSync(input, word);
      const result = await importFile(input, { type: 'report' });
      assert.equal(result.written, pathToFileURL(path.join(server.folder, 'opening-hours.report.md')).href);
      assert.ok(!fs.existsSync(path.join(outside, 'opening-hours.report.md')), 'nothing is written beside it');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not Word, saying what to do, and writes nothing', async () => {
    const input = path.join(server.folder, 'notes.docx');
    fs.writeFileSync(input, 'These are my notes, not a Word file.');
    const result = await importFile(input);
    assert.equal(result.refused?.reason, 'unreadable');
    assert.match(result.refused?.message ?? '', /notes\.docx/);
    assert.ok(!fs.existsSync(path.join(server.folder, 'notes.report.md')));
  });

  it('answers a call without a file: URI, or with an unknown type, InvalidParams saying what is wrong', async () => {
    await assert.rejects(
      server.session.connection.sendRequest('workspace/executeCommand', { command: COMMAND, arguments: [{}] }),
      /Cannot import: say which Word file to import with uri, a file: URI\./,
    );
    await assert.rejects(
      importFile(path.join(server.folder, 'x.docx'), { type: 'memo' }),
      /type is report, scrutiny, minutes or left out, not 'memo'/,
    );
  });
});
