import type { ParsedDocument } from '../document';
import { findPlaceholders, type Placeholder } from '../text/placeholders';
import type { DocumentCheck } from './check';
import { offsetsRange } from './positions';

export const placeholderLeft: DocumentCheck = {
  code: 'placeholder-left',
  defaultSeverity: 'warning',
  description: "A template prompt such as '[Insert ...]', 'TBC' or 'XX' is left in the text.",
  run({ document }, report) {
    for (const placeholder of placeholdersIn(document)) {
      report({
        range: offsetsRange(document, placeholder.start, placeholder.end),
        message: `'${placeholder.text}' is a template prompt left in the text: replace it with the real wording or remove it.`,
      });
    }
  },
};

/** Placeholders in the prose (paragraphs and headings), in document order, at document offsets. */
function placeholdersIn(document: ParsedDocument): Placeholder[] {
  const { lines } = document;
  const found: Placeholder[] = [];
  let scannedTo = 0;
  for (const block of document.markdown.prose) {
    const startLine = Math.max(block.startLine, scannedTo);
    if (startLine >= block.endLine) continue;
    scannedTo = block.endLine;
    const start = lines.lineStart(startLine);
    for (const placeholder of findPlaceholders(lines.textOfLines(startLine, block.endLine))) {
      found.push({ start: start + placeholder.start, end: start + placeholder.end, text: placeholder.text });
    }
  }
  return found;
}
