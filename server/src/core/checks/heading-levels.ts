import type { ParsedDocument } from '../document';
import { headingRange } from '../document-positions';
import { titleSpan } from '../templates/normalise';
import { replaceClosedComments } from '../text/comments';
import type { Fix, TextEdit } from '../types';
import type { DocumentCheck } from './check';

export const headingLevels: DocumentCheck = {
  code: 'heading-levels',
  defaultSeverity: 'info',
  description: 'A heading skips a level (a level 4 heading straight after a level 2 one), or has no title.',
  run({ document }, report) {
    let previous: number | undefined;
    document.headings.forEach((heading, index) => {
      if (hasNoTitle(heading.text)) {
        report({
          range: headingRange(document, index),
          message: 'This heading has no title: write one or remove the heading.',
        });
      } else if (previous !== undefined && heading.level > previous + 1) {
        const fix = levelFix(document, index, previous);
        report({
          range: headingRange(document, index),
          message: `This heading is level ${heading.level} but follows a level ${previous} heading: use level ${previous + 1}.`,
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
      // The first heading may be of any level: many reports have no level 1 title.
      previous = heading.level;
    });
  },
};

/**
 * The heading at the level it should be, and the headings under it (up to
 * the next at the level it skipped from, or higher) moved up with it, each
 * one level below the heading it sits under, so the outline keeps its shape
 * and nothing under it starts skipping in turn. A heading that skips a level
 * is level 3 or more, so written with `#` marks (an underlined heading is
 * level 1 or 2); when one to change is inside a block quote or list item,
 * its marks are not at the start of its line, and no fix is offered.
 */
function levelFix(document: ParsedDocument, index: number, from: number): Fix | undefined {
  const { headings, lines } = document;
  const edits: TextEdit[] = [];
  // The levels, as written, of the headings the next one may sit under.
  const above: number[] = [];
  for (let at = index; at < headings.length && headings[at]!.level > from; at++) {
    const heading = headings[at]!;
    while (above.length > 0 && above[above.length - 1]! >= heading.level) above.pop();
    above.push(heading.level);
    const level = from + above.length;
    if (level === heading.level) continue;
    const marks = /^( {0,3})(#{1,6})(?=[ \t]|$)/.exec(lines.lineText(heading.line));
    if (!marks) return undefined;
    const start = lines.lineStart(heading.line) + marks[1]!.length;
    edits.push({ range: lines.range(start, start + marks[2]!.length), newText: '#'.repeat(level) });
  }
  const under = edits.length > 1 ? ', and move the headings under it up with it' : '';
  return { title: `Make this a level ${from + 1} heading${under}`, edits, safe: false };
}

/**
 * No title words as the heading normaliser reads them: nothing but white
 * space, closed HTML comments and trailing marks (`:`, `-`, `–`, `.`). A
 * heading that is only a number (`## 3.`) is not empty: papers print a
 * section's number as its own heading, and `para-sequence` reads it so.
 */
function hasNoTitle(text: string): boolean {
  const span = titleSpan(replaceClosedComments(text, ' '));
  return span.end <= span.start;
}
