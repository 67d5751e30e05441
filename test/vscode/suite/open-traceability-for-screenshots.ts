import * as vscode from 'vscode';
import { openFile, positionOf, stayOpen } from './support';

/** The scrutiny sample: its recommendations are overdue, each only referred on at its own meeting. */
const REPORT = 'scrutiny/school-exclusions-task-group.report.md';

/**
 * The `extensionTestsPath` module of test/vscode/launcher/trace-screenshots.ts:
 * runs no test, only opens the task group report and shows its R1 in the
 * Findings and Resolutions view, with the folders collapsed to make room;
 * the launcher then takes the pictures. It does not return until then: VS
 * Code ends the extension host when a tests module's run() returns.
 */
export async function run(): Promise<void> {
  const editor = await openFile(REPORT);
  await vscode.commands.executeCommand('workbench.files.action.collapseExplorerFolders');
  await vscode.commands.executeCommand('committeeReports.traceability.focus');
  const line = positionOf(editor.document, '**R1**').line;
  await vscode.commands.executeCommand('committeeReports.traceability.reveal', editor.document.uri.toString(), line);
  await stayOpen();
}
