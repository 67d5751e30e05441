import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codesOf, diagnosticsWhen, workspaceFile } from './support';

// The Word fixtures are built by the unit tests' builder (with the docx library), compiled in test/out beside this suite.
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const { cabinetReport } = require(path.resolve(__dirname, '../../unit/import/word-fixtures')) as {
  cabinetReport: () => Promise<Uint8Array>;
};

/*
 * Named to run before extension.test.js, whose last test leaves the workbench
 * as the suite's screenshot shows it.
 */
describe('Importing a Word paper in VS Code', () => {
  const folder = () => workspaceFile('imported').fsPath;

  after(() => fs.rmSync(folder(), { recursive: true, force: true }));

  it('makes a Word paper a report beside it, which the checker then checks, and refuses to write over it @smoke', async () => {
    fs.mkdirSync(folder(), { recursive: true });
    const word = path.join(folder(), 'library-hours.docx');
    fs.writeFileSync(word, await cabinetReport());
    // The command asks nothing and shows nothing when called with { interactive: false } (docs/decisions.md).
    const importQuietly = (options: Record<string, unknown> = {}) =>
      vscode.commands.executeCommand<{ written?: string; refused?: { reason: string; message: string } }>(
        'committeeReports.importWord',
        { interactive: false, uri: vscode.Uri.file(word), ...options },
      );
    const result = await importQuietly();
    const written = vscode.Uri.file(path.join(folder(), 'library-hours.report.md'));
    assert.equal(result?.written, written.toString(), result?.refused?.message);
    assert.match(fs.readFileSync(written.fsPath, 'utf8'), /^---\ntype: report\n/);
    await vscode.window.showTextDocument(written);
    const diagnostics = await diagnosticsWhen(written, (found) => found.length > 0);
    assert.ok(codesOf(diagnostics).length > 0, 'the imported report is checked');
    const again = await importQuietly();
    assert.equal(again?.refused?.reason, 'exists');
  });
});
