import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openWorkbench, type Workbench } from './browser';
import { startCodeServer } from './code-server';
import { freePort } from './free-port';
import { REPO, missingTools } from './tools';
import { makeTestWorkspace } from './workspace';

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

async function main(): Promise<void> {
  const missing = missingTools();
  if (missing) throw new Error(missing);
  const home = mkdtempSync(path.join(os.tmpdir(), 'committee-reports-screenshots-'));
  const workspace = makeTestWorkspace(home).file;
  const server = await startCodeServer({ port: await freePort(), home, workspace, env: {} });
  let workbench: Workbench | undefined;
  try {
    workbench = await openWorkbench(server.url, server.port, workspace, REPO, OPENER);
    const { page } = workbench;
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
    await page.getByText('Suspensions and Permanent Exclusions').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('F1');
    await page.keyboard.type('Committee Reports: Export');
    await page.locator('.quick-input-list .monaco-list-row').nth(2).waitFor({ timeout: 30_000 });
    writeFileSync(COMMANDS_PICTURE, await page.screenshot({ type: 'png' }));
    await page.keyboard.type(' to Word');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Export to Word' }).first().waitFor();
    await page.keyboard.press('Enter');
    // The export's notification, in the notification centre (a toast hides itself in a window without focus).
    await page.locator('.monaco-workbench .part.editor .monaco-editor').first().click();
    await page
      .getByRole('button', { name: /Notifications/ })
      .last()
      .waitFor({ timeout: 60_000 });
    const centre = page.locator('.notifications-center', { hasText: 'Exported to' });
    try {
      await waitForExport(page);
      await page.keyboard.press('F1');
      await page.keyboard.type('Notifications: Show Notifications');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Notifications' }).first().waitFor();
      await page.keyboard.press('Enter');
      await centre.waitFor({ timeout: 30_000 });
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    } catch (error) {
      writeFileSync(path.join(os.tmpdir(), 'export-screenshots-failed.png'), await page.screenshot({ type: 'png' }));
      throw error;
    }
    writeFileSync(EXPORTED_PICTURE, await page.screenshot({ type: 'png' }));
    process.stdout.write(`${path.relative(REPO, COMMANDS_PICTURE)}, ${path.relative(REPO, EXPORTED_PICTURE)}\n`);
  } finally {
    await workbench?.close();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

/** Until the export's file appears in the Explorer's export folder, or a minute has passed. */
async function waitForExport(page: Workbench['page']): Promise<void> {
  await page
    .locator('.explorer-folders-view .monaco-list-row', { hasText: 'export' })
    .first()
    .waitFor({ timeout: 60_000 });
}

main().catch((error: unknown) => {
  process.stderr.write(`export-screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
