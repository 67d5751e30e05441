import * as path from 'node:path';
import { REPO } from './tools';
import { saveScreenshot, takeScreenshots, type Page } from './screenshots';

/**
 * `node test/out/vscode/launcher/export-screenshots.js`, after `npx tsc -b`
 * and `node scripts/bundle.js`: the pictures of exporting in docs/, taken in
 * a real VS Code (code-server) as an officer would see it: the command
 * palette offering the three exports, then the notification once the report
 * is exported to Word. Not a test: it makes pictures for people to read.
 */
const OPENER = path.join(REPO, 'test/out/vscode/suite/open-for-screenshots.js');
const COMMANDS_PICTURE = path.join(REPO, 'docs/export-commands.png');
const EXPORTED_PICTURE = path.join(REPO, 'docs/export-done.png');

takeScreenshots('export-screenshots', OPENER, async (page) => {
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
  await page.getByText('Suspensions and Permanent Exclusions').first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('F1');
  await page.keyboard.type('Committee Reports: Export');
  await page.locator('.quick-input-list .monaco-list-row').nth(2).waitFor({ timeout: 30_000 });
  await saveScreenshot(page, COMMANDS_PICTURE);
  await page.keyboard.type(' to Word');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Export to Word' }).first().waitFor();
  await page.keyboard.press('Enter');
  // The export's notification, in the notification centre (a toast hides itself in a window without focus).
  await page.locator('.monaco-workbench .part.editor .monaco-editor').first().click();
  await page
    .getByRole('button', { name: /Notifications/ })
    .last()
    .waitFor({ timeout: 60_000 });
  await waitForExport(page);
  await page.keyboard.press('F1');
  await page.keyboard.type('Notifications: Show Notifications');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Notifications' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.notifications-center', { hasText: 'Exported to' }).waitFor({ timeout: 30_000 });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await saveScreenshot(page, EXPORTED_PICTURE);
  return [COMMANDS_PICTURE, EXPORTED_PICTURE];
});

/** Until the export's file appears in the Explorer's export folder, or a minute has passed. */
async function waitForExport(page: Page): Promise<void> {
  await page
    .locator('.explorer-folders-view .monaco-list-row', { hasText: 'export' })
    .first()
    .waitFor({ timeout: 60_000 });
}
