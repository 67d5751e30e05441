import type { ParsedDocument } from './document';
import type { LinePositions } from './text/line-index';
import type { Range } from './types';

/** The heading's text lines (a setext underline excluded). */
export function headingRange(document: ParsedDocument, headingIndex: number): Range {
  const heading = document.headings[headingIndex]!;
  const { lines } = document;
  const start = lines.lineStart(heading.line);
  const text = lines.lineText(heading.line);
  const indent = text.length - text.trimStart().length;
  return lines.range(start + indent, lines.lineEnd(heading.lastTextLine));
}

/** Where a whole-document problem goes: the first level-one heading, else line 1. */
export function titleRange(document: ParsedDocument): Range {
  const title = document.headings.findIndex((heading) => heading.level === 1);
  return title === -1 ? document.lines.lineRange(0) : headingRange(document, title);
}

export function offsetsRange(document: { readonly lines: LinePositions }, start: number, end: number): Range {
  return document.lines.range(start, end);
}

/** 1-based line number, for messages that point elsewhere ("the first is on line 12"). */
export function lineNumber(document: ParsedDocument, offset: number): number {
  return document.lines.positionAt(offset).line + 1;
}
