/**
 * The Word import on files another writer made: LibreOffice, converting the
 * HTML papers in import-libreoffice/ to .docx as an officer's "Save as Word"
 * would, with its own numbering definitions, styles and tables. Each imports
 * to the golden Markdown beside its HTML. After a deliberate change to the
 * import, regenerate them and read the diff before committing:
 *   npx tsc -b && UPDATE_IMPORT_GOLDEN=1 npx mocha --timeout 120000 test/out/export/import-libreoffice.test.js
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importedMarkdown } from '../support/word-import';

const SOURCES = path.resolve(__dirname, '../../../test/export/import-libreoffice');
/** LibreOffice converts both papers in one run, in a few seconds; far beyond that is a hang. */
const CONVERSION_TIME_LIMIT_MS = 120_000;

describe('The Word import, on papers LibreOffice saved as Word', function () {
  this.timeout(CONVERSION_TIME_LIMIT_MS + 30_000);
  const papers = fs
    .readdirSync(SOURCES)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''));
  let folder: string;

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-import-lo-'));
    for (const paper of papers)
      fs.copyFileSync(path.join(SOURCES, `${paper}.html`), path.join(folder, `${paper}.html`));
    // A profile of its own, so the run neither reads nor disturbs anyone's LibreOffice, nor waits on another's lock.
    const profile = pathToFileURL(path.join(folder, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--infilter=HTML (StarWriter)'];
    const result = spawnSync(
      'soffice',
      [...args, '--convert-to', 'docx:MS Word 2007 XML', ...papers.map((paper) => `${paper}.html`)],
      { cwd: folder, encoding: 'utf8', timeout: CONVERSION_TIME_LIMIT_MS },
    );
    assert.equal(result.status, 0, `soffice failed:\n${result.stdout}\n${result.stderr}`);
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('has papers to convert', () => assert.ok(papers.length >= 2));

  for (const paper of papers) {
    it(`imports ${paper} as its golden Markdown (${paper}.md)`, async () => {
      const bytes = fs.readFileSync(path.join(folder, `${paper}.docx`));
      const imported = await importedMarkdown(bytes, { fileName: `${paper}.docx` });
      const golden = path.join(SOURCES, `${paper}.md`);
      if (process.env['UPDATE_IMPORT_GOLDEN'] === '1') fs.writeFileSync(golden, imported.markdown);
      assert.equal(imported.markdown, fs.readFileSync(golden, 'utf8'));
    });
  }

  it("reads LibreOffice's lettered list as the recommendations, with their letters, and its front sheet table", async () => {
    const { markdown } = await importedMarkdown(fs.readFileSync(path.join(folder, 'council-report.docx')), {
      fileName: 'council-report.docx',
    });
    assert.match(markdown, /^committee: Highways and Transport Committee\nmeeting: 2026-05-05\n/m);
    assert.match(markdown, /^\*\*R1\*\* a\. That the revised priority routes/m);
    assert.match(markdown, /^\*\*R2\*\* b\. That a further review/m);
  });
});
