import { openFile } from './support';

/** The scrutiny sample, which checks clean, so every export writes. */
export const SCREENSHOT_DOCUMENT = 'scrutiny/school-exclusions-task-group.report.md';

/** Longer than the launcher takes; it closes everything when done. */
const STAY_OPEN_MS = 10 * 60_000;

/**
 * The `extensionTestsPath` module of test/vscode/launcher/export-screenshots.ts:
 * runs no test, only opens the report the pictures show; the launcher then
 * drives the workbench as an officer would. It does not return until then:
 * VS Code ends the extension host when a tests module's run() returns.
 */
export async function run(): Promise<void> {
  await openFile(SCREENSHOT_DOCUMENT);
  await new Promise((resolve) => setTimeout(resolve, STAY_OPEN_MS));
}
