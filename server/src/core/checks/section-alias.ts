import { headingRange } from '../document-positions';
import { titleSpan } from '../templates/normalise';
import { headingWords } from '../templates/section-names';
import type { DocumentCheck } from './check';

/**
 * Only a heading that is an alias as a whole: a combined heading ("Legal,
 * Financial and Risk Implications") has no one standard title to offer.
 */
export const sectionAlias: DocumentCheck = {
  code: 'section-alias',
  defaultSeverity: 'info',
  description: "A section heading uses another name for a template section, such as 'Executive Summary' for 'Summary'.",
  run({ document }, report) {
    for (const matched of document.sections) {
      if (!matched.viaAlias || matched.combined) continue;
      const heading = document.headings[matched.headingIndex]!;
      const range = headingRange(document, matched.headingIndex);
      const fixes = [];
      // Only a one-line heading whose text we can find exactly gets a fix; edits must be exact.
      const lineText = document.lines.lineText(heading.line);
      const at = heading.line === heading.lastTextLine ? lineText.indexOf(heading.text) : -1;
      if (at !== -1) {
        const span = titleSpan(heading.text);
        const start = document.lines.lineStart(heading.line) + at;
        fixes.push({
          title: `Use the standard title '${matched.section.title}'`,
          edits: [
            { range: document.lines.range(start + span.start, start + span.end), newText: matched.section.title },
          ],
          safe: true,
        });
      }
      report({
        range,
        message: `'${headingWords(document, matched.headingIndex)}' is another name for the '${matched.section.title}' section: consider the standard title, so readers find it where they expect.`,
        fixes,
      });
    }
  },
};
