import * as assert from 'node:assert/strict';
import * as mammoth from 'mammoth';
import { exportHtml } from '../support/core';
import { documentOf, exported, samplePapers, sampleWorkspace, workspaceOf } from './docx-support';
import { decodeXml } from './docx-support';

/** Tags that end a block of text: where they stand, words must not run together. */
const BLOCK_TAG = /<\/?(p|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|br|pre|blockquote|div|main|hr)\b[^>]*>/gi;

/** The words of some HTML as a reader hears them: tags gone, blocks apart, white space as single spaces. */
function wordsOf(html: string): string {
  return decodeXml(html.replace(BLOCK_TAG, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each heading of some HTML, in order, as its level and its words. */
function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(
    ([, level, inner]) => `${level} ${wordsOf(inner!)}`,
  );
}

/**
 * The paper as its source renders in the HTML export: the front sheet (the
 * notice and the table, whose caption is for the page only) and the body.
 */
function exportedPaper(html: string): string {
  return html.slice(html.indexOf('<header>'), html.indexOf('</main>')).replace(/<caption>[^<]*<\/caption>/, '');
}

/** What mammoth reads from a .docx. */
async function readBack(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

describe('The Word export, read back by mammoth', function () {
  this.timeout(30_000);
  const workspace = sampleWorkspace();

  for (const { name } of samplePapers()) {
    it(`holds the headings, in order, and the text of ${name}, front sheet and body, as its source renders`, async () => {
      const document = documentOf(workspace, name);
      const source = exportedPaper(exportHtml(document, { papers: workspace }));
      const word = await readBack((await exported(workspace, name)).bytes);
      assert.ok(headingsOf(source).length >= 3, 'the sample has too few headings to compare');
      assert.deepEqual(headingsOf(word), headingsOf(source));
      assert.equal(wordsOf(word), wordsOf(source));
    });
  }

  it('holds lists, tables, quotes and code as their words', async () => {
    const text = `---
type: report
title: Mixed
---

# Mixed

- One *two* **three**
  1. Inner \`code\`

> A quote [with a link](https://example.org/).

| A | B |
|---|---|
| 1 | 2 |

\`\`\`
fenced
  code
\`\`\`
`;
    const ws = workspaceOf({ 'a.report.md': text });
    const source = exportedPaper(exportHtml(documentOf(ws, 'a.report.md')));
    const word = await readBack((await exported(ws, 'a.report.md')).bytes);
    assert.equal(wordsOf(word), wordsOf(source));
    assert.match(word, /<ul><li>One <em>two<\/em> <strong>three<\/strong><ol><li>Inner/);
    assert.match(word, /<a href="https:\/\/example.org\/">with a link<\/a>/);
  });
});
