import * as assert from 'node:assert/strict';
import { exported, paragraphsOf, partOf, workspaceOf } from './docx-support';

/** Papers that try to break the export; each must still come out as a Word document. */
const HOSTILE: Readonly<Record<string, string>> = {
  'an empty file': '',
  'only a front matter': '---\ntype: report\n---\n',
  'an unclosed front matter': '---\ntitle: [unclosed\n# Heading\n',
  'a front matter of the wrong shapes':
    '---\ntitle: [1, 2]\ncommittee: {a: 1}\nmeeting: 2026-02-30\nexempt: {paragraphs: "x"}\n---\n# T\n',
  'lists nested far deeper than Word’s nine levels': `# T\n\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`,
  'quotes inside lists inside quotes': `# T\n\n${Array.from({ length: 30 }, (_, i) => `${'> - '.repeat(i)}deep`).join('\n')}\n`,
  'HTML blocks and inline HTML':
    '# T\n\n<script>alert(1)</script>\n\n<table><tr><td>x</td></tr></table>\n\nText <b>bold</b> <!-- c --> end.\n',
  'the private-use characters the export uses as placeholders':
    '# T\n\n**F1** \uE000 0 \uE001 and \uE0001\uE001 [F1].\n',
  'a table with ragged rows and an empty header': '# T\n\n| | B |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n',
  'links and images to scripts and files':
    '# T\n\n[x](javascript:alert(1)) ![y](file:///etc/passwd) [z](<>) ![](data:image/png;base64,AAAA)\n',
  'an ordered list starting beyond any number': '# T\n\n123456789. Nine digits\n',
  'setext headings, empty headings and a heading of only an ID': '# T\n\nTitle\n=====\n\n##\n\n## **R1**\n',
  'control characters Word cannot hold':
    '---\ntype: report\ntitle: "A\\u0001B"\ncommittee: "C\\u0002"\n---\n# T\n\nA\u0001B\u0008C\u000bD\uFFFEE \uD800 [link\u0003](https://x.org/\u0004)\n',
};

/** What XML cannot hold (one would make Word refuse the file), and the export's own placeholders. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\uE000\uE001\uFFFE]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;

describe('The Word export of hostile papers', function () {
  this.timeout(30_000);

  for (const [what, text] of Object.entries(HOSTILE)) {
    it(`writes a Word document from ${what}`, async () => {
      const { bytes } = await exported(workspaceOf({ 'a.report.md': text }), 'a.report.md', { image: () => undefined });
      const xml = await partOf(bytes, 'word/document.xml');
      assert.match(xml, /<w:body>[\s\S]*<\/w:body>/);
      // XML cannot hold these; one would make Word refuse the file.
      for (const part of [xml, await partOf(bytes, 'docProps/core.xml')]) assert.doesNotMatch(part, NOT_IN_XML);
    });
  }

  it('writes raw HTML as its text, never as markup', async () => {
    const { bytes } = await exported(
      workspaceOf({ 'a.report.md': HOSTILE['HTML blocks and inline HTML']! }),
      'a.report.md',
    );
    const texts = paragraphsOf(await partOf(bytes, 'word/document.xml')).map((p) => p.text);
    assert.ok(texts.includes('<script>alert(1)</script>'), texts.join('\n'));
    assert.ok(texts.includes('Text <b>bold</b>  end.'), texts.join('\n'));
  });

  it('writes a list nested deeper than nine levels at Word’s ninth', async () => {
    const { bytes } = await exported(
      workspaceOf({ 'a.report.md': HOSTILE['lists nested far deeper than Word’s nine levels']! }),
      'a.report.md',
    );
    const levels = [...(await partOf(bytes, 'word/document.xml')).matchAll(/<w:ilvl w:val="(\d+)"\/>/g)].map((m) =>
      Number(m[1]),
    );
    assert.ok(levels.length > 0 && Math.max(...levels) === 8, `levels ${levels.join(',')}`);
  });

  it('writes a 20,000-line paper in a few seconds', async () => {
    const section = (n: number) =>
      `## Section ${n}\n\n**F${n}** A finding with *emphasis* and a reference [F${Math.max(1, n - 1)}].\n\n- one\n- two\n\n| A | B |\n|---|---|\n| ${n} | x |\n\n`;
    const text = `---\ntype: report\ntitle: Long\n---\n\n# Long\n\n${Array.from({ length: 1850 }, (_, i) => section(i + 1)).join('')}`;
    assert.ok(text.split('\n').length >= 20_000);
    const started = process.hrtime.bigint();
    const { bytes } = await exported(workspaceOf({ 'long.report.md': text }), 'long.report.md');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    assert.ok(bytes.length > 10_000);
    assert.ok(seconds < 15, `took ${seconds.toFixed(1)} s`);
  });
});
