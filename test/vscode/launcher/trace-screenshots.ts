import * as path from 'node:path';
import { REPO } from './tools';
import { saveScreenshot, takeScreenshots, type Page } from './screenshots';

/**
 * `node test/out/vscode/launcher/trace-screenshots.js`, after `npx tsc -b`
 * and `node scripts/bundle.js`: the pictures of the Findings and Resolutions
 * view in docs/, taken in a real VS Code (code-server): the tree with an
 * overdue recommendation and the referral under it, its tooltip, and the
 * tree filtered to what needs attention. Not a test: it makes pictures for
 * people to read.
 */
const OPENER = path.join(REPO, 'test/out/vscode/suite/open-traceability-for-screenshots.js');
const TREE_PICTURE = path.join(REPO, 'docs/traceability-tree.png');
const TOOLTIP_PICTURE = path.join(REPO, 'docs/traceability-tooltip.png');
const FILTER_PICTURE = path.join(REPO, 'docs/traceability-filter.png');
/** How wide the side bar is dragged, so a row's title and status both show. */
const SIDE_BAR_WIDTH = 760;

takeScreenshots('trace-screenshots', OPENER, async (page) => {
  const view = page.locator('.pane', { hasText: 'Findings and Resolutions' }).last();
  const r1 = view.locator('.monaco-list-row', { hasText: 'R1 Asks the Director of Education' }).first();
  await r1.waitFor({ timeout: 90_000 });
  // The folders' pane folded away, so the view has the side bar's height.
  await page.locator('.pane-header', { hasText: 'test (Workspace)' }).first().click();
  await widenSideBar(page);
  await r1.scrollIntoViewIfNeeded();
  await saveScreenshot(page, TREE_PICTURE);
  await r1.hover();
  await page.locator('.workbench-hover, .monaco-hover', { hasText: 'Status:' }).first().waitFor({ timeout: 30_000 });
  await saveScreenshot(page, TOOLTIP_PICTURE);
  await page.mouse.move(900, 500);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.keyboard.type('Committee Reports: Show Only What Needs Attention');
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: 'Show Only What Needs Attention' })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  // The filtered tree opens every path: the overdue R1 shows without a click, once scrolled to.
  await view.locator('.monaco-list-row', { hasText: 'not addressed' }).first().waitFor({ timeout: 30_000 });
  await scrollTo(page, view, view.locator('.monaco-list-row', { hasText: 'R1 Asks the Director of Education' }));
  await saveScreenshot(page, FILTER_PICTURE);
  return [TREE_PICTURE, TOOLTIP_PICTURE, FILTER_PICTURE];
});

/** Scrolls the view with the mouse wheel until the row shows, as a user would; at most 40 turns. */
async function scrollTo(
  page: Page,
  view: ReturnType<Page['locator']>,
  row: ReturnType<Page['locator']>,
): Promise<void> {
  const box = await view.boundingBox();
  if (!box) throw new Error('the Findings and Resolutions view is not shown');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let turn = 0; turn < 40 && !(await row.first().isVisible()); turn++) await page.mouse.wheel(0, 120);
  await row.first().waitFor({ timeout: 5_000 });
}

/** Drags the side bar's edge out, as a user would, so a row's title and its status both fit. */
async function widenSideBar(page: Page): Promise<void> {
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (!sideBar) return;
  const edge = sideBar.x + sideBar.width;
  await page.mouse.move(edge, sideBar.y + sideBar.height / 2);
  await page.mouse.down();
  await page.mouse.move(sideBar.x + SIDE_BAR_WIDTH, sideBar.y + sideBar.height / 2, { steps: 10 });
  await page.mouse.up();
}
