import type { DocumentCheck } from './check';
import { headingRange } from './positions';

export const headingLevels: DocumentCheck = {
  code: 'heading-levels',
  defaultSeverity: 'info',
  description: 'A heading skips a level (a level 4 heading straight after a level 2 one), or has no text.',
  run({ document }, report) {
    let previous: number | undefined;
    document.headings.forEach((heading, index) => {
      if (isEmptyTitle(heading.text)) {
        report({ range: headingRange(document, index), message: 'This heading has no text: write a title or remove it.' });
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

/** No title text: nothing but white space and closed HTML comments. */
function isEmptyTitle(text: string): boolean {
  let rest = text;
  for (let open = rest.indexOf('<!--'); open !== -1; open = rest.indexOf('<!--')) {
    const close = rest.indexOf('-->', open + 4);
    if (close === -1) break;
    rest = rest.slice(0, open) + rest.slice(close + 3);
  }
  return rest.trim() === '';
}
