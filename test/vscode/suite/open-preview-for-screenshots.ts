import * as vscode from 'vscode';
import { openFile } from './support';

/** The exempt Part II sample: its preview opens with the notice and a full front sheet. */
export const FRONT_SHEET_DOCUMENT = 'cabinet/children-centres-part-ii.report.md';

/** Longer than the launcher takes; it closes everything when done. */
const STAY_OPEN_MS = 10 * 60_000;

/**
 * The `extensionTestsPath` module of test/vscode/launcher/preview-screenshots.ts:
 * runs no test, only opens the exempt report and its preview beside it; the
 * launcher then drives the workbench as an officer would. It does not return
 * until then: VS Code ends the extension host when a tests module's run() returns.
 */
export async function run(): Promise<void> {
  await openFile(FRONT_SHEET_DOCUMENT);
  await vscode.commands.executeCommand('committeeReports.openPreviewToSide');
  await new Promise((resolve) => setTimeout(resolve, STAY_OPEN_MS));
}
