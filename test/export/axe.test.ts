import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as axe from 'axe-core';
import { chromium, type Browser } from 'playwright-core';
import { runCommandLine } from '../support/command-line';

const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples');
/** Debian's Chromium; test/run.js leaves this suite out where it is missing (never under CI). */
const CHROMIUM = '/usr/bin/chromium';
/** As the VS Code suite's launcher: run as root in a container, and reach for no network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/**
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, which public sector websites
 * must meet, and axe's best practices, which hold the landmark and heading
 * rules (one main, all content in landmarks, one h1, no skipped level) a
 * reader with a screen reader navigates by.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation {
  readonly id: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Each sample paper, as the page the export names after it. */
const PAGES = fs
  .readdirSync(SAMPLES, { recursive: true })
  .map(String)
  .filter((file) => /\.(report|minutes)\.md$/.test(file))
  .sort()
  .map((file) => ({ sample: file, page: `${path.basename(file).replace(/\.(report|minutes)\.md$/, '')}.html` }));

function describeViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.id}: ${v.help}\n    at ${v.targets.join('\n    at ')}`).join('\n');
}

describe('The exported HTML pages, checked by axe-core in Chromium', function () {
  this.timeout(60_000);
  let out: string;
  let browser: Browser | undefined;

  before(async function () {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-axe-'));
    // Every sample, the draft with errors and the exempt report included: each is a page someone may publish.
    const run = runCommandLine(SAMPLES, ['export', '.', '--to', 'html', '--out', out, '--force', '--include-exempt']);
    assert.equal(run.status, 0, run.stderr);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 });
  });

  after(async function () {
    await browser?.close();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('covers every sample paper', function () {
    assert.ok(PAGES.length >= 8, `only ${PAGES.length} samples found in ${SAMPLES}`);
    assert.deepEqual(fs.readdirSync(out).sort(), PAGES.map(({ page }) => page).sort());
  });

  for (const { sample, page } of PAGES) {
    it(`shows no WCAG 2.2 A or AA violation, nor a best-practice one, in the page of ${sample}`, async function () {
      // The page's own policy forbids all scripts, axe's too: the test lifts it, the page is unchanged.
      const context = await browser!.newContext({ bypassCSP: true, javaScriptEnabled: true });
      try {
        const tab = await context.newPage();
        tab.setDefaultTimeout(20_000);
        await tab.goto(pathToFileURL(path.join(out, page)).href);
        await tab.addScriptTag({ content: axe.source });
        const violations = await tab.evaluate(async (tags: string[]) => {
          // Runs in the page, where the script tag put axe on the window.
          const inPage = (globalThis as unknown as { axe: typeof axe }).axe;
          const results = await inPage.run({
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
          return results.violations.map((v) => ({
            id: v.id,
            help: v.help,
            targets: v.nodes.map((node) => node.target.join(' ')),
          }));
        }, TAGS);
        assert.equal(violations.length, 0, `${page} has violations:\n${describeViolations(violations)}`);
      } finally {
        await context.close();
      }
    });
  }
});
