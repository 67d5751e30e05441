import * as vscode from 'vscode';
import { REPORT, writeRenumberingCase } from './renumbering-case';
import { codesOf, diagnosticsWhen, stayOpen, workspaceFile } from './support';

/**
 * The `extensionTestsPath` module of test/vscode/launcher/renumber-screenshots.ts:
 * runs no test, only writes the renumbering case into the workspace, opens its
 * report with the cursor on the out-of-order finding the id-sequence problem
 * marks, and waits there; the launcher then asks for the refactoring as an
 * officer would. It does not return until then: VS Code ends the extension
 * host when a tests module's run() returns.
 */
export async function run(): Promise<void> {
  await writeRenumberingCase();
  const uri = workspaceFile(REPORT);
  const editor = await vscode.window.showTextDocument(uri);
  const diagnostics = await diagnosticsWhen(uri, (found) => codesOf(found).includes('id-sequence'));
  const outOfOrder = diagnostics.find((diagnostic) => codesOf([diagnostic])[0] === 'id-sequence')!;
  editor.selection = new vscode.Selection(outOfOrder.range.start, outOfOrder.range.start);
  await stayOpen();
}
