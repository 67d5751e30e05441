import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { REPO } from './tools';
import { saveScreenshot, takeScreenshots, type Page } from './screenshots';

/**
 * `node test/out/vscode/launcher/preview-screenshots.js`, after `npx tsc -b`
 * and `node scripts/bundle.js`: the pictures of the preview in docs/, taken
 * in a real VS Code (code-server): the exempt Part II sample's front sheet
 * and notice, then the flawed draft's broken reference F4 with its tooltip.
 * On the way it checks that the preview and the editor scroll together, each
 * way, and says so: not a test, but what a person would try.
 */
const OPENER = path.join(REPO, 'test/out/vscode/suite/open-preview-for-screenshots.js');
const FRONT_SHEET_PICTURE = path.join(REPO, 'docs/preview-front-sheet.png');
const BROKEN_PICTURE = path.join(REPO, 'docs/preview-broken-reference.png');
const DRAFT = 'library-opening-hours-draft.report.md';
/** The line of the draft (1-based, as Go to Line takes it) that cites F4, which the draft does not define. */
const BROKEN_LINE = 54;

takeScreenshots('preview-screenshots', OPENER, async (page) => {
  await (await previewFrame(page, '.cr-exempt')).locator('.cr-front-sheet').waitFor({ timeout: 30_000 });
  await saveScreenshot(page, FRONT_SHEET_PICTURE);

  await runCommand(page, 'View: Close All Editor Groups');
  await runCommand(page, 'Go to File', DRAFT);
  await page.getByText('Library Opening Hours from January 2027').first().waitFor({ timeout: 30_000 });
  await runCommand(page, 'Committee Reports: Open Preview to the Side');
  const draft = await previewFrame(page, '.cr-broken');
  // Editor to preview: the cursor's line brought into view in the preview.
  await editor(page).click();
  await runCommand(page, 'Go to Line/Column', String(BROKEN_LINE));
  const broken = draft.locator('.cr-broken', { hasText: 'F4' });
  await draft.locator('.cr-active-line .cr-broken').waitFor({ timeout: 30_000 });
  const inView = await broken.evaluate(
    (element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().bottom <= innerHeight,
  );
  await broken.hover();
  await draft.locator('#cr-tooltip:not([hidden])').waitFor({ timeout: 10_000 });
  await saveScreenshot(page, BROKEN_PICTURE);
  // Preview to editor: the reader scrolls the preview to its end; the editor follows.
  const before = await topLine(page);
  await draft.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(
    ([selector, line]) =>
      Math.min(
        ...Array.from(document.querySelectorAll(selector)).map((element) => Number(element.textContent) || Infinity),
      ) >
      line + 20,
    [LINE_NUMBERS, before] as const,
    { timeout: 30_000 },
  );
  process.stdout.write(
    `editor to preview: F4 ${inView ? 'in view' : 'NOT in view'} after Go to Line ${BROKEN_LINE}; ` +
      `preview to editor: top line ${before} -> ${await topLine(page)}\n`,
  );
  return [FRONT_SHEET_PICTURE, BROKEN_PICTURE];
});

const LINE_NUMBERS = '.part.editor .monaco-editor .margin-view-overlays .line-numbers';

function editor(page: Page) {
  return page.locator('.part.editor .monaco-editor .view-lines').first();
}

/** The first line number the editor shows. */
async function topLine(page: Page): Promise<number> {
  const numbers = await page.locator(LINE_NUMBERS).allTextContents();
  return Math.min(...numbers.map((text) => Number(text) || Infinity));
}

/** A command from the palette, with `input` typed into what it opens (a file name, a line). */
async function runCommand(page: Page, title: string, input?: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  if (input === undefined) return;
  await page.keyboard.type(input);
  if (title === 'Go to File')
    await page.locator('.quick-input-list .monaco-list-row', { hasText: input }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** The preview's page (a frame inside the webview's frame) that shows `selector`, once it does. */
async function previewFrame(page: Page, selector: string): Promise<Frame> {
  const limit = Date.now() + 60_000;
  for (;;) {
    for (const frame of page.frames()) if ((await frame.$(selector).catch(() => null)) !== null) return frame;
    if (Date.now() > limit) throw new Error(`no preview shows ${selector}`);
    await page.waitForTimeout(250);
  }
}
