import type { ParsedDocument } from '../document';
import type { TextEdit } from '../types';
import type { NumberedParagraph } from './numbered-paragraphs';

/**
 * "paragraph 3.2", "paras 3.2 and 3.4", "paragraphs 3.2 to 3.4", "paragraphs
 * 3.2–3.4": the word, then paragraph numbers (two or more parts) joined by
 * commas, "and", "or", "to" or a dash.
 */
const MENTION =
  /\b(?:paragraphs?|paras?\.?)[ \t\u00a0]+(\d{1,3}(?:\.\d{1,3})+(?:(?:[ \t\u00a0]*(?:,|&|-|\u2013|\u2014)[ \t\u00a0]*|[ \t\u00a0]*,?[ \t\u00a0]+(?:and|or|to)[ \t\u00a0]+)\d{1,3}(?:\.\d{1,3})+)*)/giu;
const NUMBER = /\d{1,3}(?:\.\d{1,3})+/g;
/** "paragraph 3.2 of the Cabinet report", "… in Appendix A": another paper's paragraph; "of this report" is this one's. */
const ANOTHER_PAPERS = /^[ \t\u00a0]+(?:of|in)[ \t\u00a0]+(?!this\b)/iu;

/**
 * The edits to the document's mentions of its own renumbered paragraphs.
 * Refused when a mention would change its meaning: a number two paragraphs
 * share (which one it means cannot be known), or a number no paragraph has
 * now but one will have once renumbered.
 */
export function mentionEdits(
  document: ParsedDocument,
  numbered: readonly NumberedParagraph[],
): { readonly edits: readonly TextEdit[] } | { readonly refusal: string } {
  const byWritten = new Map<string, NumberedParagraph[]>();
  for (const paragraph of numbered) {
    const same = byWritten.get(paragraph.written);
    if (same) same.push(paragraph);
    else byWritten.set(paragraph.written, [paragraph]);
  }
  const renumberedTo = new Map<string, NumberedParagraph>();
  for (const paragraph of numbered) if (paragraph.renumbered) renumberedTo.set(paragraph.renumbered, paragraph);
  if (renumberedTo.size === 0) return { edits: [] };

  const { lines } = document;
  const edits: TextEdit[] = [];
  for (const block of document.markdown.prose) {
    const blockStart = lines.lineStart(block.startLine);
    const text = lines.textOfLines(block.startLine, block.endLine);
    for (const mention of text.matchAll(MENTION)) {
      const numbersAt = mention.index + mention[0].length - mention[1]!.length;
      if (ANOTHER_PAPERS.test(text.slice(mention.index + mention[0].length))) continue;
      for (const number of mention[1]!.matchAll(NUMBER)) {
        const written = number[0];
        const offset = blockStart + numbersAt + number.index;
        const line = lines.positionAt(offset).line + 1;
        const paragraphs = byWritten.get(written) ?? [];
        if (paragraphs.length > 1 && paragraphs.some((paragraph) => paragraph.renumbered))
          return {
            refusal: `Paragraph ${written} is mentioned on line ${line}, but ${paragraphs.length} paragraphs are numbered ${written} (lines ${listed(paragraphs.map((paragraph) => paragraph.line + 1))}): change the mention to the number of the one it means, or renumber by hand.`,
          };
        const captured = paragraphs.length === 0 ? renumberedTo.get(written) : undefined;
        if (captured)
          return {
            refusal: `Paragraph ${written} is mentioned on line ${line}, but no paragraph is numbered ${written}: renumbered, the mention would point to the paragraph now numbered ${captured.written} (line ${captured.line + 1}). Correct the mention first.`,
          };
        const renumbered = paragraphs[0]?.renumbered;
        if (paragraphs.length === 1 && renumbered)
          edits.push({ range: lines.range(offset, offset + written.length), newText: renumbered });
      }
    }
  }
  return { edits };
}

/** `12 and 14`, `12, 14 and 16`. */
function listed(numbers: readonly number[]): string {
  return numbers.length === 1 ? String(numbers[0]) : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)!}`;
}
