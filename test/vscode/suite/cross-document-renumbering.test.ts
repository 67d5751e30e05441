import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { removeRenumberingCase, writeRenumberingCase, REPORT, type CaseFile } from './renumbering-case';
import { codesOf, diagnosticsWhen, workspaceFile } from './support';

/*
 * Named to run before extension.test.js, whose last test leaves the workbench
 * as the suite's screenshot shows it.
 */
describe('Renumbering in VS Code', () => {
  let files: CaseFile[] = [];

  before(async () => {
    files = await writeRenumberingCase();
  });

  after(() => removeRenumberingCase(files));

  it('renumbers a report and the minutes citing it with the Refactor action, in one edit that one undo takes back @smoke', async () => {
    const uri = workspaceFile(REPORT);
    const editor = await vscode.window.showTextDocument(uri);
    const diagnostics = await diagnosticsWhen(uri, (found) => codesOf(found).includes('id-sequence'));
    const outOfOrder = diagnostics.find((diagnostic) => codesOf([diagnostic])[0] === 'id-sequence')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      outOfOrder.range,
      vscode.CodeActionKind.RefactorRewrite.value,
    );
    const renumber = actions.find(
      (action) => action.title === 'Renumber findings and recommendations in this document',
    );
    assert.ok(renumber?.edit, `no renumbering among: ${actions.map((action) => action.title).join('; ')}`);
    assert.deepEqual(
      renumber.edit
        .entries()
        .map(([file]) => file.toString())
        .sort(),
      files.map((file) => file.uri.toString()).sort(),
    );
    assert.equal(await vscode.workspace.applyEdit(renumber.edit), true);
    const textOf = async (file: CaseFile) => (await vscode.workspace.openTextDocument(file.uri)).getText();
    for (const file of files) assert.equal(await textOf(file), file.after, file.uri.path);
    await diagnosticsWhen(uri, (found) => !codesOf(found).includes('id-sequence'));

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    for (const file of files) assert.equal(await textOf(file), file.before, file.uri.path);
  });
});
