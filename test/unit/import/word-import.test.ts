import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig } from '../../support/core';
import { importedMarkdown } from '../../support/word-import';
import { cabinetMinutes, cabinetReport, councilStyles, reviewedDraft, scrutinyReport } from './word-fixtures';

/** The codes of the diagnostics of a document, checked alone under the default config. */
function codesOf(name: string, text: string): string[] {
  const workspace = new Workspace(defaultConfig());
  workspace.setDocument(`file:///workspace/${name}`, text);
  return workspace.diagnostics(`file:///workspace/${name}`).map((diagnostic) => diagnostic.code);
}

describe('Importing a Word paper', () => {
  it("reads the front sheet's table into front matter the schema accepts, the date as written turned into YYYY-MM-DD", async () => {
    const imported = await importedMarkdown(await cabinetReport(), { fileName: 'Library Hours.docx' });
    assert.equal(imported.name, 'library-hours.report.md');
    assert.match(
      imported.markdown,
      /^---\ntype: report\ntitle: Library Opening Hours\ncommittee: Cabinet\nmeeting: 2026-03-12\n/,
    );
    assert.match(
      imported.markdown,
      /contact:\n {2}name: Jane Smith\n {2}email: jane\.smith@northshire\.example\.gov\.uk\n {2}phone: 01632 960001\n/,
    );
    assert.match(imported.markdown, /wards:\n {2}- Abbey\n {2}- Castle\n {2}- Priory\nkey_decision: yes\n---/);
    const codes = codesOf(imported.name, imported.markdown);
    assert.ok(!codes.includes('front-matter-schema') && !codes.includes('front-matter'), codes.join(', '));
  });

  it("keeps Word's own paragraph numbers as printed: 1.1 and 1.2 under section 1, 3.2 after a bullet list and a table", async () => {
    const { markdown } = await importedMarkdown(await cabinetReport(), { fileName: 'hours.docx' });
    assert.match(markdown, /^## 1\. Summary\n\n1\.1 This report/m);
    assert.match(markdown, /^1\.2 The proposals/m);
    assert.match(markdown, /^## 3\. Background\n\n3\.1 Visits/m);
    assert.match(markdown, /^3\.2 The chart above/m);
    assert.match(markdown, /^- Evening visits\n- Saturday visits$/m);
  });

  it('gives lettered recommendations their IDs, keeping the letters beside them, and leaves the sentence before them alone', async () => {
    const { markdown } = await importedMarkdown(await cabinetReport(), { fileName: 'hours.docx' });
    assert.match(markdown, /^The Cabinet is recommended:\n\n\*\*R1\*\* \(a\) That the new opening hours/m);
    assert.match(markdown, /^\*\*R2\*\* \(b\) That the Director/m);
  });

  it('starts a Word list at its start value: findings printed (4) and (5) stay so beside F1 and F2', async () => {
    const { markdown, type } = await importedMarkdown(await scrutinyReport(), { fileName: 'transport.docx' });
    assert.equal(type, 'scrutiny');
    assert.match(markdown, /^\*\*F1\*\* \(4\) Journeys/m);
    assert.match(markdown, /^\*\*F2\*\* \(5\) Parents/m);
    assert.match(markdown, /^\*\*R1\*\* That routes be planned/m);
  });

  it('reads "Label: value" lines at the top as the front sheet, and numbered bold lines as headings', async () => {
    const { markdown } = await importedMarkdown(await scrutinyReport(), { fileName: 'transport.docx' });
    assert.match(
      markdown,
      /committee: Children’s Scrutiny Committee\nmeeting: 2026-06-18\nreport_by: Chair of the Task Group\n/,
    );
    assert.match(markdown, /^## 2\. Findings$/m);
    assert.doesNotMatch(markdown, /Committee: /);
  });

  it('makes a paper with Present and Apologies minutes, its committee and date from its opening sentence, and each resolution an R', async () => {
    const imported = await importedMarkdown(await cabinetMinutes(), { fileName: 'cabinet 21 July.docx' });
    assert.equal(imported.name, 'cabinet-21-july.minutes.md');
    assert.match(imported.markdown, /^type: minutes\ntitle: Cabinet\ncommittee: Cabinet\nmeeting: 2026-07-21\n/m);
    assert.match(imported.markdown, /^\*\*R1\*\* \*\*RESOLVED\*\* that the new opening hours be approved\.$/m);
    assert.match(imported.markdown, /^\*\*RESOLVED:\*\*\n\n\*\*R2\*\* \(a\) That routes/m);
    assert.match(imported.markdown, /^\*\*R3\*\* \(b\) That parents/m);
  });

  it('says --type wins over what the paper looks like', async () => {
    const imported = await importedMarkdown(await cabinetMinutes(), { fileName: 'x.docx', type: 'report' });
    assert.equal(imported.type, 'report');
    assert.equal(imported.name, 'x.report.md');
  });

  it('collects an image with its alternative text, to be saved beside the document, and refers to it by that name', async () => {
    const imported = await importedMarkdown(await cabinetReport(), { fileName: 'Hours.docx' });
    assert.deepEqual(
      imported.images.map(({ fileName, altText }) => ({ fileName, altText })),
      [{ fileName: 'hours-image-1.png', altText: 'Chart of library visits by hour, 2019 and 2025' }],
    );
    assert.equal(Buffer.from(imported.images[0]!.bytes).subarray(1, 4).toString(), 'PNG');
    assert.match(imported.markdown, /^!\[Chart of library visits by hour, 2019 and 2025\]\(hours-image-1\.png\)$/m);
  });

  it('keeps a table, its header row as the header', async () => {
    const { markdown } = await importedMarkdown(await cabinetReport(), { fileName: 'hours.docx' });
    assert.match(
      markdown,
      /^\| \*\*Library\*\* \| \*\*Hours now\*\* \| \*\*Hours proposed\*\* \|\n\| --- \| --- \| --- \|\n\| Abbey \|/m,
    );
  });

  it('imports tracked changes as accepted and leaves comments out, saying so', async () => {
    const imported = await importedMarkdown(await reviewedDraft(), { fileName: 'draft.docx' });
    assert.match(imported.markdown, /The hours would change\. From September\./);
    assert.doesNotMatch(imported.markdown, /Is this right/);
    assert.match(
      imported.warnings.join('\n'),
      /tracked changes \(1 inserted, 1 deleted\): they were imported as if accepted/,
    );
    assert.match(imported.warnings.join('\n'), /1 comment: comments were left out/);
  });

  it("names a council's style it does not know, and reads it through the style map the config gives", async () => {
    const plain = await importedMarkdown(await councilStyles(), { fileName: 't.docx' });
    assert.match(plain.markdown, /^Consultation\n\nResidents/m);
    assert.match(plain.warnings.join('\n'), /imported as plain text: Report Heading\. If one is a heading, map it/);
    const mapped = await importedMarkdown(await councilStyles(), {
      fileName: 't.docx',
      styleMap: ["p[style-name='Report Heading'] => h2:fresh"],
    });
    assert.match(mapped.markdown, /^## Consultation\n\nResidents/m);
    assert.doesNotMatch(mapped.warnings.join('\n'), /Report Heading/);
  });
});
