import * as vscode from 'vscode';
import { openFile, stayOpen } from './support';

/** The exempt Part II sample: its preview opens with the notice and a full front sheet. */
export const FRONT_SHEET_DOCUMENT = 'cabinet/children-centres-part-ii.report.md';

/**
 * The `extensionTestsPath` module of test/vscode/launcher/preview-screenshots.ts:
 * runs no test, only opens the exempt report and its preview beside it; the
 * launcher then drives the workbench as an officer would. It does not return
 * until then: VS Code ends the extension host when a tests module's run() returns.
 */
export async function run(): Promise<void> {
  await openFile(FRONT_SHEET_DOCUMENT);
  await vscode.commands.executeCommand('committeeReports.openPreviewToSide');
  await stayOpen();
}
