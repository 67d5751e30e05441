import type { ParsedDocument } from '../document';
import { headingRange } from '../document-positions';
import { groupByHeading } from '../templates/match';
import { replaceClosedComments } from '../text/comments';
import type { DocumentCheck } from './check';

export const summaryLength: DocumentCheck = {
  code: 'summary-length',
  defaultSeverity: 'info',
  description: 'The Summary is longer than the configured number of words (150 by default).',
  run({ document, config }, report) {
    const limit = config.summaryMaxWords;
    for (const group of groupByHeading(document.sections)) {
      const matched = group.sections.find((candidate) => candidate.section.title === 'Summary');
      // Under "Summary and Recommendations" the words of the two cannot be told apart; "Summary and Purpose" is a Summary.
      if (!matched || group.sections.length > 1) continue;
      const words = countSectionWords(document, matched.headingIndex);
      if (words <= limit) continue;
      report({
        range: headingRange(document, matched.headingIndex),
        message: `The Summary has ${words} words; keep it to ${limit} or fewer so members can read it at a glance.`,
      });
    }
  },
};

/**
 * Words in the section a heading opens, sub-sections included: the prose
 * lines only (no headings, code blocks or HTML blocks), HTML comments left
 * out, split on white space. Markup that is not a word is not counted: list
 * markers, quote marks, table pipes and rules, a lone `**`.
 */
export function countSectionWords(document: ParsedDocument, headingIndex: number): number {
  const { lines, headings } = document;
  const first = headings[headingIndex]!.endLine;
  const end = document.sectionEnd(headingIndex);
  let words = 0;
  const prose = document.markdown.prose;
  // Start at the section's first block: walking from the top for each Summary was quadratic in a document of many.
  let low = 0;
  let high = prose.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (prose[mid]!.endLine <= first) low = mid + 1;
    else high = mid;
  }
  for (let index = low; index < prose.length; index++) {
    const block = prose[index]!;
    if (block.startLine >= end) break;
    if (block.kind === 'heading') continue;
    const from = Math.max(block.startLine, first);
    const to = Math.min(block.endLine, end);
    const text = replaceClosedComments(lines.text.slice(lines.lineStart(from), lines.lineEnd(to - 1)), ' ');
    for (const line of text.split(/\r\n|\r|\n/)) words += countWords(line.replace(LIST_NUMBER, ''));
  }
  return words;
}

/** A numbered list item's marker (`1.`, `2)`), after any quote marks and bullets. */
const LIST_NUMBER = /^[ \t]*(?:[>*+-][ \t]+)*\d{1,9}[.)](?=[ \t]|$)/;

/** A token made only of Markdown markup characters. */
const MARKUP_ONLY = /^[-*+_=|:#>~`]+$/;

function countWords(line: string): number {
  let count = 0;
  for (const token of line.split(/\s+/)) if (token !== '' && !MARKUP_ONLY.test(token)) count++;
  return count;
}
