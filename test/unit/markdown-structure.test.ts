/**
 * The Markdown structure of a long document: markdown-it's tokens become the
 * structure a few top-level blocks at a time, so that a parse never holds a
 * whole large document's tokens. What it finds must not depend on where those
 * batches end: a document made of one part repeated has that part's structure,
 * repeated.
 */
import * as assert from 'node:assert/strict';
import { parse, withBody } from './support';

/** Headings of both kinds, list items that open with a paragraph, an HTML block, a quote, a link definition, and a blank line to end. */
const PART = [
  '## Findings',
  '',
  '- **F1** Costs rose.',
  '- Second item',
  '',
  '  continued in the item.',
  '',
  '<div>',
  'Kept apart.',
  '</div>',
  '',
  '> **R1** Quoted [F1].',
  '',
  '[F2]: https://example.gov.uk',
  '',
  'Setext heading',
  '---',
  '',
  '1. **A1** Numbered.',
  '',
  '',
].join('\n');
const PART_LINES = PART.split('\n').length - 1;

type Structure = ReturnType<typeof parse>['markdown'];

/** The structure of one part, moved down by `copy` parts. */
function moved(structure: Structure, copy: number): { headings: unknown[]; prose: unknown[]; htmlBlocks: unknown[] } {
  const lines = copy * PART_LINES;
  const headings = copy * structure.headings.length;
  return {
    headings: structure.headings.map((heading) => ({
      ...heading,
      line: heading.line + lines,
      lastTextLine: heading.lastTextLine + lines,
      endLine: heading.endLine + lines,
    })),
    prose: structure.prose.map((block) => ({
      ...block,
      startLine: block.startLine + lines,
      endLine: block.endLine + lines,
      ...(block.listItem
        ? { listItem: { startLine: block.listItem.startLine + lines, endLine: block.listItem.endLine + lines } }
        : {}),
      ...(block.headingIndex === undefined ? {} : { headingIndex: block.headingIndex + headings }),
    })),
    htmlBlocks: structure.htmlBlocks.map((block) => ({
      startLine: block.startLine + lines,
      endLine: block.endLine + lines,
    })),
  };
}

describe('The Markdown structure of a long document', () => {
  it('is the structure of its parts, one after another, however many tokens they make', () => {
    const one = parse(withBody(PART)).markdown;
    assert.ok(
      one.prose.some((block) => block.listItem) && one.htmlBlocks.length === 1 && one.headings.length === 2,
      'the part has list items, an HTML block and two headings',
    );
    const copies = 300; // 34 tokens each: batches end in the middle of parts, wherever a top-level block starts
    const long = parse(withBody(PART.repeat(copies))).markdown;
    const expected = Array.from({ length: copies }, (_, copy) => moved(one, copy));
    assert.deepStrictEqual(
      { headings: long.headings, prose: long.prose, htmlBlocks: long.htmlBlocks },
      {
        headings: expected.flatMap((part) => part.headings),
        prose: expected.flatMap((part) => part.prose),
        htmlBlocks: expected.flatMap((part) => part.htmlBlocks),
      },
    );
    assert.deepEqual([...long.linkLabels], ['F2']);
  });
});
