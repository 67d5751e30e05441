import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { checkDocxTemplate } from '../support/core';
import {
  FOOTER_TEXT,
  HEADER_TEXT,
  TINY_PNG,
  councilTemplate,
  exported,
  paragraphsOf,
  partOf,
  workspaceOf,
} from './docx-support';

const REPORT = `---
type: report
title: Library Opening Hours
committee: Cabinet
meeting: 2026-03-12
---

# Library Opening Hours

## Findings

**F1** Fewer people visit on Mondays.

1. First
2. Second

![A chart of visits](chart.png)

## Recommendations

**R1** That libraries close on Mondays [F1].
`;

async function exportedIntoTemplate(headingStyles: Record<number, string> = { 1: 'Report Heading 1' }) {
  return exported(workspaceOf({ 'a.report.md': REPORT }), 'a.report.md', {
    template: await councilTemplate(),
    headingStyles,
    image: () => TINY_PNG,
  });
}

describe('The Word export into a council’s template', function () {
  this.timeout(20_000);

  it('keeps the template’s styles, header and footer', async () => {
    const { bytes } = await exportedIntoTemplate();
    const styles = await partOf(bytes, 'word/styles.xml');
    assert.match(styles, /<w:style [^>]*w:styleId="RptHead1"[^>]*>\s*<w:name w:val="Report Heading 1"\/>/);
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files);
    const headers = await Promise.all(
      parts.filter((p) => /^word\/header\d*\.xml$/.test(p)).map((p) => partOf(bytes, p)),
    );
    const footers = await Promise.all(
      parts.filter((p) => /^word\/footer\d*\.xml$/.test(p)).map((p) => partOf(bytes, p)),
    );
    assert.ok(
      headers.some((xml) => xml.includes(HEADER_TEXT)),
      'the header is gone',
    );
    assert.ok(
      footers.some((xml) => xml.includes(FOOTER_TEXT)),
      'the footer is gone',
    );
    assert.match(await partOf(bytes, 'word/document.xml'), /<w:headerReference [^>]*w:type="default"/);
  });

  it('puts the paper where {{body}} was, between the template’s own paragraphs', async () => {
    const { bytes } = await exportedIntoTemplate();
    const texts = paragraphsOf(await partOf(bytes, 'word/document.xml')).map((p) => p.text);
    const before = texts.indexOf('Before the body');
    const after = texts.indexOf('After the body');
    const heading = texts.indexOf('Library Opening Hours');
    const last = texts.indexOf('R1 That libraries close on Mondays [F1].');
    assert.ok(before !== -1 && before < heading && heading < last && last < after, texts.join('\n'));
    assert.ok(!texts.some((text) => text.includes('{{body}}')), 'the placeholder is still there');
  });

  it('writes a heading in the template’s style of the name the config gives, by its id', async () => {
    const { bytes, warnings } = await exportedIntoTemplate();
    assert.deepEqual(warnings, []);
    const paragraphs = paragraphsOf(await partOf(bytes, 'word/document.xml'));
    // The front sheet's Title row holds the same words, in no style.
    assert.equal(paragraphs.find((p) => p.text === 'Library Opening Hours' && p.style)?.style, 'RptHead1');
    assert.equal(paragraphs.find((p) => p.text === 'Findings')?.style, 'Heading2');
  });

  it('falls back to the Heading style for a name the template lacks, and says so', async () => {
    const { bytes, warnings } = await exportedIntoTemplate({ 1: 'Report Heading 1', 2: 'Report Heading 2' });
    const paragraphs = paragraphsOf(await partOf(bytes, 'word/document.xml'));
    assert.equal(paragraphs.find((p) => p.text === 'Findings')?.style, 'Heading2');
    assert.deepEqual(warnings, [
      'The template has no paragraph style named "Report Heading 2", so level 2 headings use the Heading 2 style: add the style to the template, or correct export.heading-styles in .committee-reports.yaml.',
    ]);
  });

  it('keeps the paper’s lists, bookmarks, links, image and title in the template', async () => {
    const { bytes } = await exportedIntoTemplate();
    const xml = await partOf(bytes, 'word/document.xml');
    assert.match(xml, /<w:bookmarkStart w:name="ID_F1"/);
    assert.match(xml, /<w:hyperlink [^>]*w:anchor="ID_F1"/);
    assert.match(xml, /<wp:docPr [^>]*descr="A chart of visits"/);
    const numbered = paragraphsOf(xml).filter((p) => /<w:numPr>/.test(p.xml));
    assert.deepEqual(
      numbered.map((p) => p.text),
      ['First', 'Second'],
    );
    const numId = /<w:numId w:val="(\d+)"/.exec(numbered[0]!.xml)![1];
    assert.match(await partOf(bytes, 'word/numbering.xml'), new RegExp(`<w:num w:numId="${numId}"`));
    const rels = await partOf(bytes, 'word/_rels/document.xml.rels');
    const image = /Target="(media\/[^"]+)"/.exec(rels);
    assert.ok(image, 'the image is not related to the document');
    assert.ok((await JSZip.loadAsync(bytes)).file(`word/${image[1]}`), 'the image is not in the package');
    assert.match(await partOf(bytes, 'docProps/core.xml'), /<dc:title>Library Opening Hours<\/dc:title>/);
  });
});

describe('Checking a council’s template', function () {
  this.timeout(20_000);

  it('accepts a Word document with {{body}} in it', async () => {
    assert.equal(await checkDocxTemplate(await councilTemplate()), undefined);
  });

  it('says a file that is not a zip is not a Word document', async () => {
    const problem = await checkDocxTemplate(new TextEncoder().encode('{{body}} typed into a text file'));
    assert.equal(problem?.kind, 'not-docx');
    assert.match(problem.message, /^The template is not a Word document: open it in Word and save it as .*\.docx\)\.$/);
  });

  it('says a zip that is not a Word document is not one', async () => {
    const zip = new JSZip();
    zip.file('notes.txt', '{{body}}');
    const problem = await checkDocxTemplate(await zip.generateAsync({ type: 'uint8array' }));
    assert.equal(problem?.kind, 'not-docx');
  });

  it('says a Word document cut short is damaged', async () => {
    const whole = await councilTemplate();
    const problem = await checkDocxTemplate(whole.slice(0, Math.floor(whole.length / 2)));
    assert.equal(problem?.kind, 'damaged');
    assert.match(problem.message, /damaged.*save it again/);
  });

  it('says a Word document whose text will not read is damaged', async () => {
    const zip = await JSZip.loadAsync(await councilTemplate());
    zip.file('word/document.xml', '<w:document><w:body><w:p>{{body}</w:document');
    const problem = await checkDocxTemplate(await zip.generateAsync({ type: 'uint8array' }));
    assert.equal(problem?.kind, 'damaged');
  });

  it('says where to type {{body}} when a Word document has none', async () => {
    const problem = await checkDocxTemplate(await councilTemplate('The report goes here'));
    assert.equal(problem?.kind, 'no-body');
    assert.equal(
      problem.message,
      'The template has no {{body}} placeholder: type {{body}} on a line of its own where the report should go, and save it again.',
    );
  });

  it('gives each problem as one line', async () => {
    const problems = await Promise.all([
      checkDocxTemplate(new Uint8Array([1, 2, 3])),
      checkDocxTemplate(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9])),
      checkDocxTemplate(await councilTemplate('none')),
    ]);
    assert.deepEqual(
      problems.map((p) => p?.kind),
      ['not-docx', 'damaged', 'no-body'],
    );
    for (const problem of problems) assert.doesNotMatch(problem!.message, /\n/);
  });
});
