import * as path from 'node:path';
import { REPO } from './tools';
import { saveScreenshot, takeScreenshots, type Page } from './screenshots';

/**
 * `node test/out/vscode/launcher/renumber-screenshots.js`, after `npx tsc -b`
 * and `node scripts/bundle.js`: the picture of renumbering in docs/, taken in
 * a real VS Code (code-server) as an officer would get there: on the report's
 * out-of-order finding, Refactor… offers "Renumber findings and
 * recommendations in this document", and Ctrl+Enter previews it; the Refactor
 * Preview lists the report and the minutes citing it. Not a test: it makes a
 * picture for people to read.
 */
const OPENER = path.join(REPO, 'test/out/vscode/suite/open-renumbering-for-screenshots.js');
const PREVIEW_PICTURE = path.join(REPO, 'docs/renumber-refactor-preview.png');
const TITLE = 'Renumber findings and recommendations in this document';
/** The report's line (1-based, as Go to Line takes it) of F4, written after F1 where F2 should be. */
const F4_LINE = 10;
/** How far the panel's edge is dragged up, so the preview lists every change of both files. */
const PANEL_TALLER_BY = 200;

takeScreenshots('renumber-screenshots', OPENER, async (page) => {
  await page.getByText('Evening visits fell most').first().waitFor({ timeout: 60_000 });
  // The cursor on F4, the first finding out of order, where the id-sequence problem is.
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(F4_LINE));
  await page.keyboard.press('Enter');
  await page.keyboard.press('F1');
  await page.keyboard.type('Refactor...');
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: 'Refactor...' })
    .first()
    .waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  const item = page.locator('.action-widget .monaco-list-row', { hasText: TITLE }).first();
  await item.waitFor({ timeout: 30_000 });
  await item.hover();
  await page.keyboard.press('Control+Enter');
  const preview = page.locator('.pane', { hasText: 'Refactor Preview' }).last();
  for (const file of ['plan.report.md', 'cabinet.minutes.md'])
    await preview.locator('.monaco-list-row', { hasText: file }).first().waitFor({ timeout: 30_000 });
  await makePanelTaller(page);
  await saveScreenshot(page, PREVIEW_PICTURE);
  await tryUndo(page);
  return [PREVIEW_PICTURE];
});

/** Drags the panel's top edge up, as a user would, so the Refactor Preview shows more of its list. */
async function makePanelTaller(page: Page): Promise<void> {
  const panel = await page.locator('.part.panel').boundingBox();
  if (!panel) return;
  const middle = panel.x + panel.width / 2;
  await page.mouse.move(middle, panel.y - 2);
  await page.mouse.down();
  await page.mouse.move(middle, panel.y - 2 - PANEL_TALLER_BY, { steps: 10 });
  await page.mouse.up();
  // Off the edge and the list (to the side bar's empty foot), so the picture shows nothing highlighted.
  await page.mouse.move(panel.x / 2, panel.y + panel.height / 2);
  await page.locator('.monaco-sash.hover, .monaco-sash.active').first().waitFor({ state: 'detached', timeout: 5_000 });
}

/**
 * Applies the previewed edit, then presses Ctrl+Z once in the report, as an
 * officer who changed their mind would, and says what VS Code did: whether
 * it asked before undoing in every file, and whether the report's F4 is back.
 */
async function tryUndo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Apply' }).click();
  const editor = page.locator('.part.editor .monaco-editor .view-lines').first();
  await editor.getByText('F2', { exact: true }).first().waitFor({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('Control+Z');
  const dialog = page.locator('.monaco-dialog-box');
  const asked = await dialog
    .waitFor({ timeout: 5_000 })
    .then(() => dialog.innerText())
    .catch(() => undefined);
  if (asked !== undefined) await page.keyboard.press('Enter');
  const back = await editor
    .getByText('Evening visits fell most')
    .first()
    .locator('xpath=..')
    .getByText('F4', { exact: true })
    .waitFor({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  process.stdout.write(
    `one undo: ${asked === undefined ? 'no question asked' : `asked "${asked.replace(/\s+/g, ' ')}", answered with Enter`}; ` +
      `the report's F4 ${back ? 'is back' : 'is NOT back'}\n`,
  );
}
