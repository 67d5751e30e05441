import type { ParsedDocument } from '../document';

export interface FoldingRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment' | 'region';
}

/**
 * What can be folded: the front matter, each section (heading to the last
 * non-blank line before the next heading of the same or higher level), and
 * each list item or paragraph that spans lines.
 */
export function foldingRanges(document: ParsedDocument): FoldingRange[] {
  const { lines } = document;
  const ranges: FoldingRange[] = [];
  if (document.frontMatter) ranges.push({ startLine: 0, endLine: document.frontMatter.closingLine, kind: 'region' });
  const lastTextLine = (from: number, before: number) => {
    let line = before - 1;
    while (line > from && lines.lineText(line).trim() === '') line--;
    return line;
  };
  document.headings.forEach((heading, index) => {
    const end = lastTextLine(heading.line, document.sectionEnd(index));
    if (end > heading.line) ranges.push({ startLine: heading.line, endLine: end });
  });
  for (const block of document.markdown.prose) {
    const extent = block.listItem ?? { startLine: block.startLine, endLine: block.endLine };
    const end = lastTextLine(extent.startLine, extent.endLine);
    if (block.kind === 'paragraph' && end > extent.startLine)
      ranges.push({ startLine: extent.startLine, endLine: end });
  }
  return ranges;
}
