import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { HEADER_TEXT, councilTemplate } from '../export/docx-support';
import {
  isOneLineMessage,
  positionOf,
  reportWithUnresolvedReference,
  runCli,
  useTemporaryFolders,
  validMinutes,
  validReport,
} from './support';

const EXEMPT_REPORT = validReport({ id: 'depot-sale' })
  .replace('title: School Meals Contract', 'title: Sale of the Depot')
  .replace('exempt: false', 'exempt:\n  paragraphs: [3]\n  reason: The price the Council would accept.')
  .replace(
    '## Background Papers',
    '## Reason for Inclusion in Part II\n\nParagraph 3 applies.\n\n## Background Papers',
  );

const FILES = {
  'reports/school-meals.report.md': validReport(),
  'minutes/cabinet-2026-04-14.minutes.md': validMinutes(),
};

function read(folder: string, file: string): string {
  return fs.readFileSync(path.join(folder, file), 'utf8');
}

describe('committee-reports export', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  it('writes one HTML page per document to export/, names each, and exits 0', function () {
    const folder = workspace(FILES);
    const run = runCli(folder, ['export', '--to', 'html']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.equal(
      run.stdout,
      [
        'Wrote export/cabinet-2026-04-14.html from minutes/cabinet-2026-04-14.minutes.md',
        'Wrote export/school-meals.html from reports/school-meals.report.md',
        '',
        '2 files written',
        '',
      ].join('\n'),
    );
    assert.match(read(folder, 'export/school-meals.html'), /<title>School Meals Contract<\/title>/);
    // The minutes name the report they resolve on by its title, as the report is not in their page.
    assert.match(
      read(folder, 'export/cabinet-2026-04-14.html'),
      /recommendation R1 of <cite>School Meals Contract<\/cite>/,
    );
  });

  it('exports only the files named, to the folder --out gives', function () {
    const folder = workspace(FILES);
    const run = runCli(folder, ['export', 'reports/school-meals.report.md', '--to', 'html', '--out', 'public/papers']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Wrote public\/papers\/school-meals\.html from reports\/school-meals\.report\.md\n/);
    assert.deepEqual(fs.readdirSync(path.join(folder, 'public/papers')), ['school-meals.html']);
    assert.equal(fs.existsSync(path.join(folder, 'export')), false);
  });

  it('names a file written outside the working folder by its full path', function () {
    const folder = workspace(FILES);
    const outside = workspace({});
    const run = runCli(folder, ['export', 'reports/school-meals.report.md', '--to', 'html', '--out', outside]);
    assert.equal(run.status, 0, run.stderr);
    const written = path.join(outside, 'school-meals.html');
    assert.equal(run.stdout.split('\n')[0], `Wrote ${written} from reports/school-meals.report.md`);
    assert.ok(fs.existsSync(written));
  });

  it('never replaces a file already there without --force, and still writes the others', function () {
    const folder = workspace({ ...FILES, 'export/school-meals.html': 'the published version' });
    const run = runCli(folder, ['export', '--to', 'html']);
    assert.equal(run.status, 1);
    assert.match(
      run.stdout,
      /^Not exported: reports\/school-meals\.report\.md: export\/school-meals\.html is already there and was not replaced\. Move it away, or add --force to replace it\.$/m,
    );
    assert.match(run.stdout, /^Wrote export\/cabinet-2026-04-14\.html/m);
    assert.match(run.stdout, /^1 file written, 1 document not exported$/m);
    assert.equal(read(folder, 'export/school-meals.html'), 'the published version');

    const forced = runCli(folder, ['export', '--to', 'html', '--force']);
    assert.equal(forced.status, 0, forced.stdout);
    assert.match(read(folder, 'export/school-meals.html'), /^<!DOCTYPE html>/);
  });

  it('refuses a document with errors, listing them, unless --force', function () {
    const text = reportWithUnresolvedReference();
    const folder = workspace({ 'bad.report.md': text });
    const run = runCli(folder, ['export', '--to', 'html']);
    assert.equal(run.status, 1);
    const { line, column } = positionOf(text, '[F9]');
    assert.equal(
      run.stdout,
      [
        'Not exported: bad.report.md: it has 1 error. Put it right, or add --force to export it as it is.',
        `  bad.report.md:${line}:${column} error F9 is not defined in this document: did you mean F1? Correct the reference, or define F9 with **F9** at the start of a paragraph. [ref-unresolved]`,
        '',
        '0 files written, 1 document not exported',
        '',
      ].join('\n'),
    );
    assert.equal(fs.existsSync(path.join(folder, 'export')), false);

    const forced = runCli(folder, ['export', '--to', 'html', '--force']);
    assert.equal(forced.status, 0);
    assert.match(forced.stdout, /^Wrote export\/bad\.html from bad\.report\.md despite 1 error$/m);
  });

  it('refuses an exempt report as a web page, saying why, unless --include-exempt', function () {
    const folder = workspace({ 'depot.report.md': EXEMPT_REPORT });
    const run = runCli(folder, ['export', '--to', 'html', '--force']);
    assert.equal(run.status, 1);
    assert.match(
      run.stdout,
      /^Not exported: depot\.report\.md: it is exempt from publication under Schedule 12A, and exempt information must not be published\. To export it for members and officers only, add --include-exempt\.$/m,
    );
    assert.equal(fs.existsSync(path.join(folder, 'export')), false);

    const included = runCli(folder, ['export', '--to', 'html', '--include-exempt']);
    assert.equal(included.status, 0, included.stdout);
    assert.match(
      read(folder, 'export/depot.html'),
      /<p class="cr-exempt">NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972<\/p>/,
    );
  });

  it('refuses the second of two documents that would be written to the same file', function () {
    const folder = workspace({
      'a/school-meals.report.md': validReport({ id: 'meals-a' }),
      'b/school-meals.report.md': validReport({ id: 'meals-b' }),
    });
    const run = runCli(folder, ['export', '--to', 'html']);
    assert.equal(run.status, 1);
    assert.match(
      run.stdout,
      /^Not exported: b\/school-meals\.report\.md: a\/school-meals\.report\.md is exported to the same file, export\/school-meals\.html\. Rename one of them, or export them one at a time to different folders with --out\.$/m,
    );
  });

  it('is a usage error without --to, with a format it cannot write, or with a template for a web page', function () {
    const folder = workspace(FILES);
    for (const [args, message] of [
      [['export'], 'say what to export to with --to; the formats available are: docx, html, pdf'],
      [['export', '--to', 'odt'], "cannot export to 'odt'; the formats available are: docx, html, pdf"],
      [
        ['export', '--to', 'html', '--template', 'council.docx'],
        '--template is a Word template, for --to docx only; html exports do not use one',
      ],
    ] as const) {
      const run = runCli(folder, args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.ok(isOneLineMessage(run.stderr), run.stderr);
      assert.ok(run.stderr.includes(message), run.stderr);
    }
    assert.equal(fs.existsSync(path.join(folder, 'export')), false);
  });

  it('is a usage error to give an export option to another command', function () {
    const run = runCli(workspace(FILES), ['check', '--force']);
    assert.equal(run.status, 2);
    assert.ok(run.stderr.startsWith('committee-reports: the option --force is for the export command only'));
  });

  it('is described in --help', function () {
    const run = runCli(workspace({}), ['--help']);
    assert.match(run.stdout, /committee-reports export \[PATH\.\.\.\] --to docx\|html\|pdf/);
    assert.match(run.stdout, /--template FILE {3}export --to docx: the council's Word template/);
    assert.match(run.stdout, /--include-exempt {2}export: export exempt reports as HTML or PDF too/);
  });
});

describe('committee-reports export --to docx', function () {
  this.timeout(60_000);
  const workspace = useTemporaryFolders();
  const headerOf = async (file: string) => {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const headers = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    return (await Promise.all(headers.map((name) => zip.file(name)!.async('string')))).join('');
  };

  it('writes one Word file per document, in the built-in layout', async function () {
    const folder = workspace(FILES);
    const run = runCli(folder, ['export', '--to', 'docx']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Wrote export\/school-meals\.docx from reports\/school-meals\.report\.md$/m);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(folder, 'export/school-meals.docx')));
    assert.match(await zip.file('word/document.xml')!.async('string'), /School Meals Contract/);
  });

  it('puts each document into the council’s template named in the config, with its headings in the style named', async function () {
    const folder = workspace({
      ...FILES,
      '.committee-reports.yaml':
        'export:\n  template: templates/council.docx\n  heading-styles:\n    1: Report Heading 1\n',
    });
    fs.mkdirSync(path.join(folder, 'templates'));
    fs.writeFileSync(path.join(folder, 'templates/council.docx'), await councilTemplate());
    const run = runCli(folder, ['export', 'reports', '--to', 'docx']);
    assert.equal(run.status, 0, run.stderr);
    const file = path.join(folder, 'export/school-meals.docx');
    assert.ok((await headerOf(file)).includes(HEADER_TEXT));
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    assert.match(await zip.file('word/document.xml')!.async('string'), /<w:pStyle w:val="RptHead1"\/>/);
  });

  it('exports an exempt report to Word, the file for the Part II agenda, with its notice at the top', async function () {
    const folder = workspace({ 'depot.report.md': EXEMPT_REPORT });
    const run = runCli(folder, ['export', '--to', 'docx']);
    assert.equal(run.status, 0, run.stdout);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(folder, 'export/depot.docx')));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    assert.ok(
      text.startsWith(
        'NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972',
      ),
      text.slice(0, 200),
    );
  });

  it('takes --template over the config’s, from the working folder', async function () {
    const folder = workspace({ ...FILES, '.committee-reports.yaml': 'export:\n  template: missing.docx\n' });
    fs.writeFileSync(path.join(folder, 'mine.docx'), await councilTemplate());
    const run = runCli(folder, ['export', 'reports', '--to', 'docx', '--template', 'mine.docx']);
    assert.equal(run.status, 0, run.stderr);
    assert.ok((await headerOf(path.join(folder, 'export/school-meals.docx'))).includes(HEADER_TEXT));
  });

  it('writes nothing, and says in one line what to do, for a template it cannot use', async function () {
    const folder = workspace({ ...FILES, 'notes.docx': 'These are notes, not a Word document.' });
    fs.writeFileSync(path.join(folder, 'no-body.docx'), await councilTemplate('No placeholder here'));
    for (const [template, message] of [
      ['missing.docx', /The Word template .*missing\.docx cannot be read \(it does not exist\)$/],
      ['notes.docx', /The Word template .*notes\.docx is not a Word document: open it in Word and save it as/],
      ['no-body.docx', /The Word template .*no-body\.docx has no \{\{body\}\} placeholder: type \{\{body\}\}/],
    ] as const) {
      const run = runCli(folder, ['export', '--to', 'docx', '--template', template]);
      assert.equal(run.status, 2, template);
      assert.equal(run.stdout, '');
      assert.ok(isOneLineMessage(run.stderr), run.stderr);
      assert.match(run.stderr.trim(), message);
    }
    assert.equal(fs.existsSync(path.join(folder, 'export')), false);
  });
});
