import type { ParsedDocument } from '../document';
import type { ProseBlock } from './markdown';
import { isTableStart, readHeadingNumber, readParagraphNumber, type WrittenNumber } from './paragraph-number';

/**
 * What a prose block says about paragraph numbering: a heading (with its
 * section number, `## 3. Background`, if it has one), or a numbered
 * paragraph or heading (`3.2 The council…`, `### 3.2 Costs`) with the offset
 * of its first digit. Undefined for a block with no number that matters:
 * a list item, a table, a paragraph not starting with a paragraph number.
 * Shared by the `para-sequence` check and paragraph renumbering, so both read
 * the same numbers.
 */
export type NumberedBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly section: number | undefined }
  | { readonly kind: 'number'; readonly found: WrittenNumber; readonly start: number };

const PARAGRAPH_PREFIX = /^[ \t]*/;
const HEADING_PREFIX = /^[ \t]*(?:#{1,6}(?:[ \t]+|$))?/;

export function readNumberedBlock(document: ParsedDocument, block: ProseBlock): NumberedBlock | undefined {
  const { lines } = document;
  const lineStart = lines.lineStart(block.startLine);
  // Cheap test first, on the document's text: most paragraphs do not start with a digit.
  if (block.kind !== 'heading' && (block.listItem || !isDigit(firstNonBlank(lines.text, lineStart)))) return undefined;
  const text = lines.lineText(block.startLine);
  if (block.kind === 'heading') {
    const heading = document.headings[block.headingIndex!]!;
    const found = readHeadingNumber(heading.text);
    if (!found || isSectionNumber(found.parts))
      return { kind: 'heading', level: heading.level, section: found?.parts[0] };
    // The heading's text starts after its marks.
    return { kind: 'number', found, start: lineStart + HEADING_PREFIX.exec(text)![0].length + found.at };
  }
  const prefix = PARAGRAPH_PREFIX.exec(text)![0].length;
  if (isTableStart(document, block.startLine, block.endLine)) return undefined;
  const found = readParagraphNumber(text, prefix);
  // A single number in a paragraph is a list item's (`3.`); `3.0` is unusual in prose.
  if (!found || isSectionNumber(found.parts)) return undefined;
  return { kind: 'number', found, start: lineStart + prefix };
}

/** The code of the first character after spaces and tabs from `at`. */
function firstNonBlank(text: string, at: number): number {
  let code = text.charCodeAt(at);
  while (code === 32 || code === 9) code = text.charCodeAt(++at);
  return code;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `3`, `3.0`: a section's number, not a paragraph's. */
function isSectionNumber(parts: readonly number[]): boolean {
  return parts.length === 1 || parts.slice(1).every((part) => part === 0);
}
