import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, Header, Packer, Paragraph } from 'docx';
import { exportHtml } from '../support/core';
import { documentOf, exported, samplePapers, sampleWorkspace } from './docx-support';

/** LibreOffice converts every paper in one run; far beyond what the samples take (a few seconds each). */
const CONVERSION_TIME_LIMIT_MS = 120_000;
const HEADER_TEXT = 'Northshire Council template header';

/** The headings of a paper as the HTML export renders its source, in order, each as its words. */
function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map(([, inner]) =>
    inner!
      .replace(/<[^>]*>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: CONVERSION_TIME_LIMIT_MS });
  assert.equal(result.error, undefined, `${command} could not run: ${result.error?.message}`);
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

describe('The Word export, opened by LibreOffice', function () {
  this.timeout(CONVERSION_TIME_LIMIT_MS + 30_000);
  const workspace = sampleWorkspace();
  const papers = samplePapers().map(({ name }) => ({ name, file: name.replace(/\//g, '--').replace(/\.md$/, '') }));
  let folder: string;

  before(async function () {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-docx-lo-'));
    for (const { name, file } of papers)
      fs.writeFileSync(path.join(folder, `${file}.docx`), (await exported(workspace, name)).bytes);
    const template = await Packer.pack(
      new Document({
        sections: [
          {
            headers: { default: new Header({ children: [new Paragraph(HEADER_TEXT)] }) },
            children: [new Paragraph('{{body}}')],
          },
        ],
      }),
      'uint8array',
    );
    const [first] = papers;
    fs.writeFileSync(
      path.join(folder, 'in-template.docx'),
      (await exported(workspace, first!.name, { template })).bytes,
    );
    // A profile of its own, so the run neither reads nor disturbs anyone's LibreOffice, nor waits on another's lock.
    const profile = pathToFileURL(path.join(folder, 'profile')).href;
    const files = fs.readdirSync(folder).filter((file) => file.endsWith('.docx'));
    run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', ...files], folder);
    for (const file of files) run('pdftotext', ['-enc', 'UTF-8', file.replace(/\.docx$/, '.pdf')], folder);
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** The words of a converted paper, white space as single spaces. */
  const textOf = (file: string) => fs.readFileSync(path.join(folder, `${file}.txt`), 'utf8').replace(/\s+/g, ' ');

  for (const { name, file } of papers) {
    it(`shows every heading of ${name}, in order, in the PDF LibreOffice makes of it`, () => {
      const headings = headingsOf(exportHtml(documentOf(workspace, name), { papers: workspace }));
      assert.ok(headings.length >= 3, 'the sample has too few headings to check');
      const text = textOf(file);
      let from = 0;
      for (const heading of headings) {
        const at = text.indexOf(heading, from);
        assert.notEqual(at, -1, `"${heading}" is not in the PDF after what came before it`);
        from = at + heading.length;
      }
    });
  }

  it('keeps a template’s header, and the paper in it, in the PDF LibreOffice makes', () => {
    const text = textOf('in-template');
    assert.ok(text.includes(HEADER_TEXT), 'the header is not in the PDF');
    const [first] = headingsOf(exportHtml(documentOf(workspace, papers[0]!.name), { papers: workspace }));
    assert.ok(text.includes(first!), `"${first}" is not in the PDF`);
  });
});
