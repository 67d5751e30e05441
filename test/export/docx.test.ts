import * as assert from 'node:assert/strict';
import type { ParsedDocument } from '../support/core';
import {
  TINY_PNG,
  documentOf,
  exported,
  paragraphsOf,
  partOf,
  sampleWorkspace,
  textOf,
  workspaceOf,
} from './docx-support';

const TASK_GROUP = `---
type: scrutiny
id: transport-tg
title: Home to School Transport – Report of the Task and Finish Group
committee: Children's Scrutiny Committee
meeting: 2026-03-12
report_by: Chair of the Task and Finish Group
---

# Home to School Transport

## Findings

**F1** Taxis cost most.

**F2** Routes overlap.

## Recommendations

**R1** That routes be reviewed [F1, F2].

| Route | Cost |
|---|--:|
| A | £10 |
`;

const MINUTES = `---
type: minutes
title: Cabinet – 14 April 2026
committee: Cabinet
meeting: 2026-04-14
---

## 5. Transport

5.1 Resolved as recommended [transport-tg:R1] and [unknown-paper:R2].
`;

/** A paper's body after a front matter that gives it a title and nothing else. */
function paper(body: string, frontMatter = 'type: report\ntitle: A Paper\n'): string {
  return `---\n${frontMatter}---\n\n${body}`;
}

async function documentXml(text: string, options: Parameters<typeof exported>[2] = {}): Promise<string> {
  return partOf(
    (await exported(workspaceOf({ 'a.report.md': text }), 'a.report.md', options)).bytes,
    'word/document.xml',
  );
}

describe('The Word export', function () {
  this.timeout(20_000);

  describe('headings', () => {
    it('writes each heading in Word’s heading style of its level', async () => {
      const xml = await documentXml(paper('# Title\n\n## Summary\n\nText.\n\n### Detail\n\nMore.\n'));
      const headings = paragraphsOf(xml).filter((p) => p.style?.startsWith('Heading'));
      assert.deepEqual(
        headings.map((p) => [p.style, p.text]),
        [
          ['Heading1', 'Title'],
          ['Heading2', 'Summary'],
          ['Heading3', 'Detail'],
        ],
      );
    });

    it('gives a body that starts at ## the paper’s title as its Heading 1, as the HTML export does', async () => {
      const xml = await documentXml(paper('## Summary\n\nText.\n'));
      const headings = paragraphsOf(xml).filter((p) => p.style?.startsWith('Heading'));
      assert.deepEqual(
        headings.map((p) => [p.style, p.text]),
        [
          ['Heading1', 'A Paper'],
          ['Heading2', 'Summary'],
        ],
      );
    });

    it('closes a skipped level, so ## then #### are Heading 2 then Heading 3', async () => {
      const xml = await documentXml(paper('# T\n\n## Two\n\n#### Four\n\n## Two again\n'));
      assert.deepEqual(
        paragraphsOf(xml)
          .filter((p) => p.style?.startsWith('Heading'))
          .map((p) => p.style),
        ['Heading1', 'Heading2', 'Heading3', 'Heading2'],
      );
    });

    it('keeps a numbered paragraph’s number as it is written, as text', async () => {
      const xml = await documentXml(paper('# T\n\n3.2 The council agreed.\n'));
      assert.ok(paragraphsOf(xml).some((p) => p.text === '3.2 The council agreed.' && !/<w:numPr>/.test(p.xml)));
    });
  });

  describe('IDs and references', () => {
    it('bookmarks every definition of a sample and links every reference in it to that bookmark', async () => {
      const workspace = sampleWorkspace();
      const name = 'scrutiny/school-exclusions-task-group.report.md';
      const document = documentOf(workspace, name);
      const xml = await partOf((await exported(workspace, name)).bytes, 'word/document.xml');
      const bookmarks = [...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]!);
      const defined = [...document.definitionsById.keys()];
      assert.ok(defined.length >= 10, 'the sample defines too few IDs to test');
      assert.deepEqual(bookmarks.sort(), defined.map((id) => `ID_${id}`).sort());
      for (const bookmark of bookmarks) assert.match(bookmark, /^[A-Za-z][A-Za-z0-9_]{0,39}$/);

      const links = [...xml.matchAll(/<w:hyperlink [^>]*?w:anchor="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)];
      const written = links.map(([, anchor, inner]) => `${anchor} ${textOf(inner!)}`);
      const expected = localReferences(document).map((id) => `ID_${id} ${id}`);
      assert.ok(expected.length >= 10, 'the sample makes too few references to test');
      assert.deepEqual(written, expected);
    });

    it('writes each defined ID in bold inside its bookmark', async () => {
      const xml = await documentXml(TASK_GROUP);
      assert.match(
        xml,
        /<w:bookmarkStart w:name="ID_F1" w:id="\d+"\/><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">F1<\/w:t><\/w:r><w:bookmarkEnd/,
      );
    });

    it('bookmarks only the first of two definitions of one ID, so Word keeps every bookmark', async () => {
      const xml = await documentXml(paper('# T\n\n**F1** One.\n\n**F1** Again.\n\nSee [F1].\n'));
      assert.equal([...xml.matchAll(/<w:bookmarkStart w:name="ID_F1"/g)].length, 1);
    });

    it('writes a reference to an ID the paper does not define as text, with no link to nowhere', async () => {
      const xml = await documentXml(paper('# T\n\n**F1** One.\n\nSee [F9].\n'));
      assert.doesNotMatch(xml, /w:anchor="ID_F9"/);
      assert.ok(paragraphsOf(xml).some((p) => p.text === 'See [F9].'));
    });

    it('writes a reference to another paper in words, with its title, as the HTML export does', async () => {
      const workspace = workspaceOf({ 'transport.report.md': TASK_GROUP, 'cabinet.minutes.md': MINUTES });
      const xml = await partOf((await exported(workspace, 'cabinet.minutes.md')).bytes, 'word/document.xml');
      const sentence = paragraphsOf(xml).find((p) => p.text.startsWith('5.1'));
      assert.equal(
        sentence?.text,
        '5.1 Resolved as recommended [recommendation R1 of Home to School Transport – Report of the Task and Finish Group] and [unknown-paper:R2].',
      );
      assert.match(sentence.xml, /<w:i\/>[\s\S]*?Home to School Transport – Report/);
    });
  });

  describe('tables, lists and text', () => {
    it('marks a table’s header row to repeat on every page, with bold header cells', async () => {
      const xml = await documentXml(TASK_GROUP);
      const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
      const body = tables.find((table) => table.includes('Route'))!;
      const rows = [...body.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      assert.equal(rows.length, 2);
      assert.match(rows[0]!, /<w:trPr>[\s\S]*<w:tblHeader\/>[\s\S]*<\/w:trPr>/);
      assert.match(rows[0]!, /<w:b\/>[\s\S]*Route/);
      assert.doesNotMatch(rows[1]!, /w:tblHeader/);
      assert.match(rows[1]!, /<w:jc w:val="right"\/>[\s\S]*£10/);
    });

    it('writes lists as Word lists, each numbered list from its own start and starting again', async () => {
      const { bytes } = await exported(
        workspaceOf({
          'a.report.md': paper('# T\n\n3. Three\n4. Four\n\nBetween.\n\n1. One\n\n- Bullet\n  - Inner\n'),
        }),
        'a.report.md',
      );
      const xml = await partOf(bytes, 'word/document.xml');
      const numbered = paragraphsOf(xml)
        .filter((p) => /<w:numPr>/.test(p.xml))
        .map((p) => ({
          text: p.text,
          level: /<w:ilvl w:val="(\d)"/.exec(p.xml)![1],
          num: /<w:numId w:val="(\d+)"/.exec(p.xml)![1],
        }));
      assert.deepEqual(
        numbered.map(({ text, level }) => [text, level]),
        [
          ['Three', '0'],
          ['Four', '0'],
          ['One', '0'],
          ['Bullet', '0'],
          ['Inner', '1'],
        ],
      );
      assert.equal(numbered[0]!.num, numbered[1]!.num, 'one list is one Word list');
      assert.notEqual(numbered[1]!.num, numbered[2]!.num, 'the second numbered list starts again');
      const numbering = await partOf(bytes, 'word/numbering.xml');
      assert.match(numbering, /<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/><w:numFmt w:val="decimal"\/>/);
      assert.match(numbering, /<w:numFmt w:val="bullet"\/>/);
    });

    it('writes emphasis, strong, code, web links, line breaks and block quotes', async () => {
      const xml = await documentXml(
        paper('# T\n\n*Soft* and **firm** and `code` and [GOV.UK](https://www.gov.uk/).\\\nNext line.\n\n> Quoted.\n'),
      );
      assert.match(xml, /<w:i\/>[^]*?Soft/);
      assert.match(xml, /<w:b\/>[^]*?firm/);
      assert.match(xml, /<w:rFonts w:ascii="Consolas"[^]*?code/);
      assert.match(xml, /<w:hyperlink [^>]*?r:id="[^"]+"[^>]*>[^]*?GOV\.UK[^]*?<\/w:hyperlink>/);
      assert.match(xml, /<w:br\/>[^]*?Next line/);
      const quote = paragraphsOf(xml).find((p) => p.text === 'Quoted.')!;
      assert.match(quote.xml, /<w:ind w:left="567"\/>/);
      const rels = await partOf(
        (await exported(workspaceOf({ 'a.report.md': paper('[x](https://www.gov.uk/)\n') }), 'a.report.md')).bytes,
        'word/_rels/document.xml.rels',
      );
      assert.match(rels, /Target="https:\/\/www\.gov\.uk\/" TargetMode="External"/);
    });

    it('writes HTML in the body as its text, and drops a comment as the preview does', async () => {
      const xml = await documentXml(paper('# T\n\n<div class="x">Kept</div>\n\n<!-- committee-reports-disable -->\n'));
      assert.ok(paragraphsOf(xml).some((p) => p.text === '<div class="x">Kept</div>'));
      assert.doesNotMatch(xml, /committee-reports-disable/);
    });
  });

  describe('images', () => {
    it('embeds an image at its size with the Markdown’s alternative text and title', async () => {
      const { bytes, warnings } = await exported(
        workspaceOf({ 'a.report.md': paper('# T\n\n![Map of the routes](images/map.png "Routes")\n') }),
        'a.report.md',
        { image: (source) => (source === 'images/map.png' ? TINY_PNG : undefined) },
      );
      assert.deepEqual(warnings, []);
      const xml = await partOf(bytes, 'word/document.xml');
      assert.match(xml, /<wp:docPr id="\d+" name="images\/map.png" descr="Map of the routes" title="Routes"\/>/);
      assert.match(xml, /<wp:extent cx="19050" cy="9525"\/>/);
    });

    it('scales a wide image down to the width of the page', async () => {
      const wide = Uint8Array.from(TINY_PNG);
      // The PNG's width is bytes 16–19 of its header: make it 4,000 pixels (image-size reads only the header).
      new DataView(wide.buffer).setUint32(16, 4000);
      const xml = await documentXml(paper('![Wide](w.png)\n'), { image: () => wide });
      const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!;
      assert.ok(Number(cx) <= 605 * 9525 && Number(cx) > 600 * 9525, `width ${cx}`);
      assert.ok(Number(cy) >= 9525, `height ${cy}`);
    });

    it('writes an image that could not be read, or that Word cannot show, as its alternative text, with a warning', async () => {
      const { bytes, warnings } = await exported(
        workspaceOf({ 'a.report.md': paper('# T\n\n![Missing chart](gone.png)\n\n![A drawing](d.svg)\n') }),
        'a.report.md',
        {
          image: (source) => (source === 'd.svg' ? new TextEncoder().encode('<svg width="1" height="1"/>') : undefined),
        },
      );
      const texts = paragraphsOf(await partOf(bytes, 'word/document.xml')).map((p) => p.text);
      assert.ok(texts.includes('[Missing chart]') && texts.includes('[A drawing]'), texts.join('\n'));
      assert.equal(warnings.length, 2);
      assert.match(warnings[0]!, /gone\.png" could not be read/);
      assert.match(warnings[1]!, /d\.svg" is not a PNG, JPEG, GIF or BMP picture/);
    });
  });

  describe('the document', () => {
    it('is in British English, titled with the paper’s title, with a sensible author and comments', async () => {
      const { bytes } = await exported(workspaceOf({ 'transport.report.md': TASK_GROUP }), 'transport.report.md');
      const styles = await partOf(bytes, 'word/styles.xml');
      assert.match(styles, /<w:docDefaults><w:rPrDefault><w:rPr>[^]*?<w:lang w:val="en-GB"\/>[^]*?<\/w:rPrDefault>/);
      const core = await partOf(bytes, 'docProps/core.xml');
      assert.match(core, /<dc:title>Home to School Transport – Report of the Task and Finish Group<\/dc:title>/);
      assert.match(core, /<dc:creator>Chair of the Task and Finish Group<\/dc:creator>/);
      assert.match(core, /<dc:description>For Children&apos;s Scrutiny Committee, 12 March 2026\./);
    });

    it('is A4', async () => {
      const xml = await documentXml(paper('Text.\n'));
      assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    });

    it('starts with the front sheet, a table headed by its first column, then the body on a new page', async () => {
      const xml = await documentXml(TASK_GROUP);
      const body = xml.slice(xml.indexOf('<w:body>'));
      assert.ok(body.startsWith('<w:body><w:tbl>'), 'the front sheet comes first');
      const sheet = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(body)![0];
      assert.match(sheet, /<w:tblLook [^>]*w:firstColumn="true"/);
      assert.doesNotMatch(sheet, /w:tblHeader/);
      const rows = [...sheet.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) =>
        [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
      );
      assert.deepEqual(rows.slice(0, 4), [
        ['Committee', "Children's Scrutiny Committee"],
        ['Meeting date', '12 March 2026'],
        ['Title', 'Home to School Transport – Report of the Task and Finish Group'],
        ['Report by', 'Chair of the Task and Finish Group'],
      ]);
      assert.match(sheet, /<w:shd [^>]*w:fill="F3F2F1"[^]*?<w:b\/>[^]*?Committee/);
      assert.match(body.slice(body.indexOf('</w:tbl>')), /^<\/w:tbl><w:p><w:r><w:br w:type="page"\/><\/w:r><\/w:p>/);
    });

    it('puts the Part II notice of an exempt sample above everything else', async () => {
      const workspace = sampleWorkspace();
      const xml = await partOf(
        (await exported(workspace, 'cabinet/children-centres-part-ii.report.md')).bytes,
        'word/document.xml',
      );
      const first = paragraphsOf(xml.slice(xml.indexOf('<w:body>')))[0]!;
      assert.equal(
        first.text,
        'NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972',
      );
      assert.ok(xml.indexOf(first.text) < xml.indexOf('<w:tbl>'));
      assert.match(first.xml, /<w:pBdr>[^]*<w:b\/>/);
    });

    it('names Part 4 of Schedule 12A in the notice of an exempt report from Wales', async () => {
      const xml = await documentXml(
        paper('# T\n', 'type: report\ntitle: A Paper\nexempt:\n  jurisdiction: wales\n  paragraphs: [14, 15]\n'),
      );
      assert.equal(
        paragraphsOf(xml)[0]!.text,
        'NOT FOR PUBLICATION by virtue of paragraphs 14 and 15 of Part 4 of Schedule 12A to the Local Government Act 1972',
      );
    });
  });
});

/** The IDs of this paper that its references name, in order, each written where it stands (not inside a range). */
function localReferences(document: ParsedDocument): string[] {
  return document.references
    .filter((r) => r.idStart !== -1 && (r.documentId ?? document.documentId) === document.documentId)
    .filter((r) => document.definitionsById.has(r.id))
    .map((r) => r.id);
}
