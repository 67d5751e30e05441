import { isBareNegative, sectionText } from '../templates/section-text';
import type { DocumentCheck } from './check';
import { offsetsRange } from './positions';

export const sectionNoneWithoutReason: DocumentCheck = {
  code: 'section-none-without-reason',
  defaultSeverity: 'error',
  description: "A section for a legal duty says only 'None' without saying why.",
  run({ document }, report) {
    for (const matched of document.sections) {
      if (matched.section.none !== 'with-reason') continue;
      const text = sectionText(document, matched.headingIndex);
      if (text.text === '' || !isBareNegative(text.text)) continue;
      report({
        range: offsetsRange(document, text.start, text.end),
        message: `'${matched.section.title}' says only '${text.text.replace(/\s+/g, ' ')}': state why there are no implications, for example "None: the proposal changes no service". ${matched.section.purpose}`,
      });
    }
  },
};
