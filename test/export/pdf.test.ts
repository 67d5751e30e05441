import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace, defaultConfig, exportHtml, frontSheet } from '../support/core';
import { bookmarks, pageTexts, pdfInfo, structElements, structHeadings, type Heading } from './poppler';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built server, reached by path as the other server tests do
const { openPdfPrinter, BrowserNotFoundError, BROWSER_VARIABLE } = require(
  path.resolve(__dirname, '../../../server/out/node/export-pdf'),
) as typeof import('../../server/src/node/export-pdf');

const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples');
/** Where the configured browser would be if it were there. */
const NO_SUCH_BROWSER = path.join(os.tmpdir(), 'no-such-folder', 'chromium');

/** Every sample paper in one workspace, so that references to the other papers are named by their titles. */
function sampleWorkspace(): { workspace: Workspace; samples: readonly { name: string; uri: string }[] } {
  const workspace = new Workspace(defaultConfig());
  const samples = fs
    .readdirSync(SAMPLES, { recursive: true })
    .map(String)
    .filter((file) => /\.(report|minutes)\.md$/.test(file))
    .sort()
    .map((name) => ({ name, uri: `file:///samples/${name.split(path.sep).join('/')}` }));
  for (const { name, uri } of samples) workspace.setDocument(uri, fs.readFileSync(path.join(SAMPLES, name), 'utf8'));
  return { workspace, samples };
}

/** The page's headings, h1 to h6, as a reader meets them. */
function htmlHeadings(html: string): readonly Heading[] {
  return [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, level, inner]) => ({
    level: Number(level),
    text: inner!
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  }));
}

/**
 * Headings compared without their spaces: a PDF holds the words as laid out,
 * and a heading broken over two lines loses the space at the break.
 */
function withoutSpaces(headings: readonly Heading[]): readonly Heading[] {
  return headings.map(({ level, text }) => ({ level, text: text.replace(/\s+/g, '') }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

interface Printed {
  readonly name: string;
  readonly html: string;
  readonly file: string;
  readonly frontSheetLabels: readonly string[];
}

/**
 * Each sample's exported page, printed as the export prints it, then read
 * back with poppler as a screen reader and a PDF viewer would: the tags, the
 * bookmarks and the words on each page.
 */
describe('The PDF printed from an exported page through Chromium', function () {
  this.timeout(60_000);
  const { workspace, samples } = sampleWorkspace();
  const printed: Printed[] = [];
  let out: string;

  before(async function () {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-pdf-'));
    const printer = await openPdfPrinter();
    try {
      for (const { name, uri } of samples) {
        const document = workspace.getDocument(uri)!;
        const html = exportHtml(document, { papers: workspace });
        const file = path.join(out, `${path.basename(name, '.md')}.pdf`);
        fs.writeFileSync(file, await printer.print(html));
        printed.push({ name, html, file, frontSheetLabels: frontSheet(document).rows.map((row) => row.label) });
      }
    } finally {
      await printer.close();
    }
  });

  after(function () {
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('prints every sample paper', function () {
    assert.ok(samples.length >= 8, `only ${samples.length} samples found in ${SAMPLES}`);
    assert.equal(printed.length, samples.length);
  });

  for (const { name } of samples) {
    const of = () => printed.find((paper) => paper.name === name)!;

    it(`prints ${name} as a tagged PDF on A4 pages`, function () {
      const info = pdfInfo(of().file);
      assert.equal(info.get('Tagged'), 'yes');
      assert.match(info.get('Page size') ?? '', /^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    });

    it(`tags the headings of ${name} in the structure tree at their levels, in the page's order`, function () {
      const expected = htmlHeadings(of().html);
      assert.ok(expected.length > 0, 'the page has no heading to look for');
      assert.deepEqual(withoutSpaces(structHeadings(of().file)), withoutSpaces(expected));
    });

    it(`tags each row of the front sheet of ${name} with a row header cell`, function () {
      const rowHeaders = structElements(of().file).filter(
        (element) => element.type === 'TH' && element.attributes.includes('/Scope /Row'),
      );
      assert.deepEqual(
        rowHeaders.map((header) => header.text),
        of().frontSheetLabels,
      );
    });

    it(`bookmarks the headings of ${name}, nested by level`, function () {
      assert.deepEqual(withoutSpaces(bookmarks(of().file)), withoutSpaces(htmlHeadings(of().html)));
    });

    it(`numbers every page of ${name} in its footer, from "Page 1 of N"`, function () {
      const pages = pageTexts(of().file);
      assert.equal(pages.length, Number(pdfInfo(of().file).get('Pages')));
      pages.forEach((text, index) => {
        const footer = text.trimEnd().split('\n').at(-1)!.trim();
        assert.equal(footer, `Page ${index + 1} of ${pages.length}`, `the footer of page ${index + 1}`);
      });
    });
  }

  it('puts the front sheet on the first page, alone', function () {
    const paper = printed.find(({ frontSheetLabels }) => frontSheetLabels.length > 0)!;
    const [first, second] = pageTexts(paper.file);
    for (const label of paper.frontSheetLabels) assert.match(first!, new RegExp(`^\\s*${escapeRegExp(label)}\\b`, 'm'));
    const title = htmlHeadings(paper.html)[0]!.text.split(' ')[0]!;
    assert.ok(second!.trimStart().startsWith(title), `page 2 does not start with the title:\n${second}`);
  });
});

describe('Opening the PDF printer', function () {
  this.timeout(30_000);
  let savedVariable: string | undefined;

  beforeEach(function () {
    savedVariable = process.env[BROWSER_VARIABLE];
  });

  afterEach(function () {
    if (savedVariable === undefined) delete process.env[BROWSER_VARIABLE];
    else process.env[BROWSER_VARIABLE] = savedVariable;
  });

  async function refusal(options: { readonly browser?: string }): Promise<Error> {
    const error = await openPdfPrinter(options).then(
      async (printer) => {
        await printer.close();
        return undefined;
      },
      (thrown: unknown) => thrown,
    );
    assert.ok(error instanceof BrowserNotFoundError, `expected a BrowserNotFoundError, got ${String(error)}`);
    assert.doesNotMatch(error.message, /\n/, 'the message is more than one line');
    return error;
  }

  it('says in one line how to point to a browser, when the one configured does not exist', async function () {
    const error = await refusal({ browser: NO_SUCH_BROWSER });
    assert.equal(
      error.message,
      `The browser chosen to print the PDF, ${NO_SUCH_BROWSER}, is not a program on this computer: set export.browser in .committee-reports.yaml, or the COMMITTEE_REPORTS_BROWSER environment variable, to the path of Chromium, Chrome or Edge, or remove it to use one installed here.`,
    );
  });

  it('uses the browser the environment variable names, when the config names none', async function () {
    process.env[BROWSER_VARIABLE] = NO_SUCH_BROWSER;
    const error = await refusal({});
    assert.match(error.message, new RegExp(`, ${escapeRegExp(NO_SUCH_BROWSER)}, is not`));
  });

  it('prefers the browser the config names to the environment variable', async function () {
    process.env[BROWSER_VARIABLE] = '/usr/bin/chromium';
    const error = await refusal({ browser: NO_SUCH_BROWSER });
    assert.match(error.message, /no-such-folder/);
  });

  it('says in one line that the browser would not start, when it is a program that is not a browser', async function () {
    const notABrowser = fs.realpathSync(process.execPath);
    const error = await refusal({ browser: notABrowser });
    assert.match(
      error.message,
      new RegExp(`^The browser at .+ would not start to print the PDF: reinstall it, or set`),
    );
  });
});
