import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { workspaceFile } from './support';

/**
 * The CLI's golden case (test/renumber-golden/gaps-lists-and-ranges): a report
 * whose findings run F1, F4, F3, F5 and minutes citing it by lists and ranges,
 * with the text both should have once renumbered.
 */
const CASE = path.resolve(__dirname, '../../../renumber-golden/gaps-lists-and-ranges');
/** The folder of the samples copy the case is written to, apart from the samples. */
const FOLDER = 'renumbering';
export const REPORT = `${FOLDER}/plan.report.md`;
export const MINUTES = `${FOLDER}/cabinet.minutes.md`;

/** Each file of the case: where it is in the workspace, its text before renumbering and after. */
export interface CaseFile {
  readonly uri: vscode.Uri;
  readonly before: string;
  readonly after: string;
}

/** Writes the case into the workspace and opens both files, so the server has both whatever its file watching does. */
export async function writeRenumberingCase(): Promise<CaseFile[]> {
  const files = readdirSync(path.join(CASE, 'before')).map((name) => ({
    uri: workspaceFile(`${FOLDER}/${name}`),
    before: readFileSync(path.join(CASE, 'before', name), 'utf8'),
    after: readFileSync(path.join(CASE, 'after', name), 'utf8'),
  }));
  for (const file of files) {
    await vscode.workspace.fs.writeFile(file.uri, Buffer.from(file.before, 'utf8'));
    await vscode.workspace.openTextDocument(file.uri);
  }
  return files;
}

/** Takes the case out of the workspace again: its editors closed unsaved, its folder deleted. */
export async function removeRenumberingCase(files: readonly CaseFile[]): Promise<void> {
  for (const file of files) {
    await vscode.window.showTextDocument(file.uri);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
  await vscode.workspace.fs.delete(workspaceFile(FOLDER), { recursive: true });
}
