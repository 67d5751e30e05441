import { openFile, stayOpen } from './support';

/** The scrutiny sample, which checks clean, so every export writes. */
export const SCREENSHOT_DOCUMENT = 'scrutiny/school-exclusions-task-group.report.md';

/**
 * The `extensionTestsPath` module of test/vscode/launcher/export-screenshots.ts:
 * runs no test, only opens the report the pictures show; the launcher then
 * drives the workbench as an officer would.
 */
export async function run(): Promise<void> {
  await openFile(SCREENSHOT_DOCUMENT);
  await stayOpen();
}
