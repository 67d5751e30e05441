import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { HEADER_TEXT, councilTemplate } from '../export/docx-support';
import { reportWithUnresolvedReference, validReport } from '../cli/support';
import { ServerSession, useServer } from './support';

const COMMAND = 'committeeReports.export';

const EXEMPT_REPORT = validReport({ id: 'depot-sale' })
  .replace('title: School Meals Contract', 'title: Sale of the Depot')
  .replace('exempt: false', 'exempt:\n  paragraphs: [3]\n  reason: The price the Council would accept.')
  .replace(
    '## Background Papers',
    '## Reason for Inclusion in Part II\n\nParagraph 3 applies.\n\n## Background Papers',
  );

interface Exported {
  readonly written?: string;
  readonly refused?: {
    readonly reason: string;
    readonly message: string;
    readonly errors?: readonly { code: string; line: number; character: number }[];
  };
  readonly unsavedChanges?: boolean;
}

describe('The language server: the export command', () => {
  const server = useServer({
    'reports/school-meals.report.md': validReport(),
    'reports/depot-sale.report.md': EXEMPT_REPORT,
    'reports/draft.report.md': reportWithUnresolvedReference().replace('id: school-meals-2026', 'id: draft-2026'),
  });
  let session: ServerSession;
  const exportFile = (file: string, options: Record<string, unknown> = {}) =>
    session.connection.sendRequest('workspace/executeCommand', {
      command: COMMAND,
      arguments: [{ uri: session.uriOf(file), to: 'html', ...options }],
    }) as Promise<Exported>;
  const exported = (file: string) => path.join(server.folder, 'export', file);

  beforeEach(() => {
    session = server.session;
  });

  it('announces the command in its capabilities', async () => {
    const other = new ServerSession(server.folder);
    try {
      const result = (await other.initialize()) as { capabilities: { executeCommandProvider?: unknown } };
      assert.deepEqual(result.capabilities.executeCommandProvider, {
        commands: [COMMAND, 'committeeReports.import'],
      });
    } finally {
      await other.stop();
    }
  });

  it('writes a clean report to export/ in its workspace folder and answers with the file URI', async () => {
    const result = await exportFile('reports/school-meals.report.md');
    assert.deepEqual(result, { written: pathToFileURL(exported('school-meals.html')).href });
    assert.match(fs.readFileSync(exported('school-meals.html'), 'utf8'), /<title>School Meals Contract<\/title>/);
  });

  it('writes to the folder outDir gives, relative to the workspace folder', async () => {
    const result = await exportFile('reports/school-meals.report.md', { outDir: 'public/papers' });
    const file = path.join(server.folder, 'public', 'papers', 'school-meals.html');
    assert.equal(result.written, pathToFileURL(file).href);
    assert.ok(fs.existsSync(file));
  });

  it('refuses an exempt report, writing nothing, unless includeExempt', async () => {
    const refused = await exportFile('reports/depot-sale.report.md');
    assert.equal(refused.written, undefined);
    assert.equal(refused.refused?.reason, 'exempt');
    assert.match(refused.refused!.message, /exempt from publication under Schedule 12A/);
    assert.equal(fs.existsSync(exported('depot-sale.html')), false);
    const included = await exportFile('reports/depot-sale.report.md', { includeExempt: true });
    assert.equal(included.written, pathToFileURL(exported('depot-sale.html')).href);
  });

  it('refuses a report with errors, listing them, unless forced', async () => {
    const refused = await exportFile('reports/draft.report.md');
    assert.equal(refused.refused?.reason, 'errors');
    assert.match(refused.refused!.message, /^This document has 1 error\. Put it right before exporting/);
    assert.deepEqual(
      refused.refused!.errors?.map((error) => error.code),
      ['ref-unresolved'],
    );
    assert.equal(fs.existsSync(exported('draft.html')), false);
    const forced = await exportFile('reports/draft.report.md', { force: true });
    assert.equal(forced.written, pathToFileURL(exported('draft.html')).href);
  });

  it('never overwrites a file already there unless forced', async () => {
    fs.mkdirSync(path.join(server.folder, 'export'));
    fs.writeFileSync(exported('school-meals.html'), 'the published version');
    const refused = await exportFile('reports/school-meals.report.md');
    assert.equal(refused.refused?.reason, 'exists');
    assert.match(refused.refused!.message, /is already there and was not replaced/);
    assert.equal(fs.readFileSync(exported('school-meals.html'), 'utf8'), 'the published version');
    const forced = await exportFile('reports/school-meals.report.md', { force: true });
    assert.ok(forced.written);
    assert.match(fs.readFileSync(exported('school-meals.html'), 'utf8'), /<!DOCTYPE html>/);
  });

  it("exports the editor's text, and says so when it has changes not yet saved", async () => {
    const text = validReport().replace('title: School Meals Contract', 'title: School Meals Contract (revised)');
    await session.open('reports/school-meals.report.md', text);
    const result = await exportFile('reports/school-meals.report.md');
    assert.equal(result.unsavedChanges, true);
    assert.match(
      fs.readFileSync(exported('school-meals.html'), 'utf8'),
      /<title>School Meals Contract \(revised\)<\/title>/,
    );
  });

  it('answers a call without a document, or to a format it cannot write, with InvalidParams', async () => {
    await assert.rejects(
      session.connection.sendRequest('workspace/executeCommand', { command: COMMAND, arguments: [{ to: 'html' }] }),
      { code: -32602, message: 'Cannot export: say which document to export with uri, a file: URI.' },
    );
    await assert.rejects(exportFile('reports/school-meals.report.md', { to: 'odt' }), {
      code: -32602,
      message: "Cannot export: cannot export to 'odt'; the formats available are: docx, html, pdf.",
    });
  });
});

describe('The language server: the export command to Word', () => {
  const server = useServer({
    'reports/school-meals.report.md': validReport(),
    '.committee-reports.yaml': 'export:\n  template: templates/council.docx\n',
  });
  const exportToWord = () =>
    server.session.connection.sendRequest('workspace/executeCommand', {
      command: COMMAND,
      arguments: [{ uri: server.session.uriOf('reports/school-meals.report.md'), to: 'docx' }],
    }) as Promise<Exported>;

  it('writes the report into the template its folder’s config names', async () => {
    fs.mkdirSync(path.join(server.folder, 'templates'));
    fs.writeFileSync(path.join(server.folder, 'templates/council.docx'), await councilTemplate());
    const result = await exportToWord();
    const file = path.join(server.folder, 'export', 'school-meals.docx');
    assert.deepEqual(result, { written: pathToFileURL(file).href });
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const parts = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    const headers = await Promise.all(parts.map((name) => zip.file(name)!.async('string')));
    assert.ok(headers.join('').includes(HEADER_TEXT));
  });

  it('refuses for the set-up, saying what to do, when the template cannot be read, and writes nothing', async () => {
    const result = await exportToWord();
    assert.equal(result.refused?.reason, 'setup');
    assert.match(result.refused.message, /^The Word template .*council\.docx cannot be read \(it does not exist\)\.$/);
    assert.equal(fs.existsSync(path.join(server.folder, 'export')), false);
  });
});
