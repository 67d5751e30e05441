import { headingRange } from '../document-positions';
import type { DocumentCheck } from './check';

/**
 * Only headings that name a section on their own count: a combined heading
 * ("Summary of Findings and Recommendations") often overviews sections that
 * then have headings of their own, which is the author's structure, not a slip.
 */
export const sectionDuplicate: DocumentCheck = {
  code: 'section-duplicate',
  defaultSeverity: 'warning',
  description: 'The same template section appears twice.',
  run({ document }, report) {
    const firstLine = new Map<number, number>();
    for (const matched of document.sections) {
      if (matched.combined) continue;
      const heading = document.headings[matched.headingIndex]!;
      const earlier = firstLine.get(matched.order);
      if (earlier === undefined) {
        firstLine.set(matched.order, heading.line);
        continue;
      }
      report({
        range: headingRange(document, matched.headingIndex),
        message: `This is a second '${matched.section.title}' section; the first is on line ${earlier + 1}. Merge them into one.`,
      });
    }
  },
};
