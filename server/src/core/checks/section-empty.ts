import { isBareNegative, sectionText } from '../templates/section-text';
import type { DocumentCheck } from './check';
import { headingRange } from './positions';

export const sectionEmpty: DocumentCheck = {
  code: 'section-empty',
  defaultSeverity: 'error',
  description: "A template section has no text, or says only 'None' where it needs substance.",
  run({ document }, report) {
    for (const matched of document.sections) {
      const { text } = sectionText(document, matched.headingIndex);
      const title = matched.section.title;
      if (text === '') {
        report({
          range: headingRange(document, matched.headingIndex),
          message: `The '${title}' section is empty: write it, or remove the heading if the section is optional. ${matched.section.purpose}`,
        });
      } else if (matched.section.none === 'never' && isBareNegative(text)) {
        report({
          range: headingRange(document, matched.headingIndex),
          message: `The '${title}' section says only '${text.replace(/\s+/g, ' ')}': it needs substance. ${matched.section.purpose}`,
        });
      }
    }
  },
};
