import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { browserCandidates, noBrowserError, type BrowserCandidate } from './find-browser';
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, PDF_MARGINS, PDF_PAGE_SIZE } from './pdf-page';

export { BrowserNotFoundError, BROWSER_VARIABLE } from './find-browser';

export interface PdfPrinter {
  /** The page as A4 PDF: tagged, bookmarks from the headings, page numbers in the footer. */
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** How long a browser may take to start: a cold start from a slow disk takes a few seconds. */
const LAUNCH_TIMEOUT_MS = 30_000;
/** How long one document may take to print: far beyond what even a very long paper needs. */
const PRINT_TIMEOUT_MS = 120_000;
/** How long closing may take before it is left to the operating system. */
const CLOSE_TIMEOUT_MS = 10_000;

/** Nothing the browser does on its own behalf (updates, sync, requests in the background): printing needs none of it. */
const BROWSER_ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Starts one browser for many documents. Throws BrowserNotFoundError (its message: one line, plain English,
 * saying how to install Chromium or point to a browser) when none is found or it will not start.
 *
 * The browser is `options.browser` (from the config's `export.browser`), else
 * the one the COMMITTEE_REPORTS_BROWSER environment variable names, else the
 * first found of Chromium, Chrome and Edge (see find-browser.ts).
 */
export async function openPdfPrinter(options: { readonly browser?: string } = {}): Promise<PdfPrinter> {
  const browser = await launchFirst(browserCandidates(options.browser));
  return {
    print: (html) => printPage(browser, html),
    close: () => closeBrowser(browser),
  };
}

async function launchFirst(candidates: readonly BrowserCandidate[]): Promise<Browser> {
  let lastError: unknown;
  for (const candidate of candidates) {
    try {
      return await chromium.launch({
        ...(candidate.channel === undefined
          ? { executablePath: candidate.executablePath }
          : { channel: candidate.channel }),
        headless: true,
        // Chromium refuses to start as root with its sandbox on (root in a container or a CI
        // job is common), so only then does it go without; any other user keeps the sandbox.
        chromiumSandbox: !runningAsRoot(),
        args: BROWSER_ARGS,
        timeout: LAUNCH_TIMEOUT_MS,
      });
    } catch (error) {
      lastError = error;
    }
  }
  throw noBrowserError(candidates, lastError);
}

/**
 * Prints one page in a context of its own, closed whatever happens, so a
 * page that failed leaves nothing behind for the next. Offline and without
 * scripts: the page is self-contained (its images are data: URLs, its
 * policy allows nothing external) and runs nothing.
 */
async function printPage(browser: Browser, html: string): Promise<Uint8Array> {
  let context: BrowserContext | undefined;
  const printing = async () => {
    context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    return printIn(context, html);
  };
  try {
    return await withTimeout(printing(), PRINT_TIMEOUT_MS, 'printing the PDF');
  } finally {
    // A context opened after the time ran out goes with the browser when the printer is closed.
    if (context !== undefined) {
      await withTimeout(context.close(), CLOSE_TIMEOUT_MS, 'closing the page').catch(() => undefined);
    }
  }
}

async function printIn(context: BrowserContext, html: string): Promise<Uint8Array> {
  const page = await context.newPage();
  page.setDefaultTimeout(PRINT_TIMEOUT_MS);
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    ...PDF_PAGE_SIZE,
    tagged: true,
    outline: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: FOOTER_TEMPLATE,
    margin: PDF_MARGINS,
  });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/**
 * Closes the browser, waiting a bounded time: one that does not close in
 * time is killed by playwright when this process ends.
 */
async function closeBrowser(browser: Browser): Promise<void> {
  await withTimeout(browser.close(), CLOSE_TIMEOUT_MS, 'closing the browser').catch(() => undefined);
}

function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The promise, or a rejection naming `what` once `ms` have passed. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
