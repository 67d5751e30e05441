import { headingRange } from '../document-positions';
import { titleSpan } from '../templates/normalise';
import { replaceClosedComments } from '../text/comments';
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
        report({
          range: headingRange(document, index),
          message: `This heading is level ${heading.level} but follows a level ${previous} heading: use level ${previous + 1}.`,
        });
      }
      // The first heading may be of any level: many reports have no level 1 title.
      previous = heading.level;
    });
  },
};

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
