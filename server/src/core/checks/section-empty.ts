import { headingRange } from '../document-positions';
import { groupByHeading, strictestNone } from '../templates/match';
import { describeHeading, listTitles } from '../templates/section-names';
import { readBareNegative, sectionText } from '../templates/section-text';
import type { DocumentCheck } from './check';
import { replaceBareNegativeFix } from './section-wording';

/**
 * Once per heading: a combined heading ("Summary and Recommendations") is one
 * block of text serving each of its sections, so it is empty, or says only
 * "None" where a section of it needs substance, once.
 */
export const sectionEmpty: DocumentCheck = {
  code: 'section-empty',
  defaultSeverity: 'error',
  description: "A template section has no text, or says only 'None' where it needs substance.",
  run({ document }, report) {
    for (const group of groupByHeading(document.sections)) {
      const text = sectionText(document, group.headingIndex);
      const several = group.sections.length > 1;
      const purpose = several ? '' : ` ${group.sections[0]!.section.purpose}`;
      if (text.text === '') {
        const what = several
          ? 'write them, or remove the heading if the sections are optional'
          : 'write it, or remove the heading if the section is optional';
        report({
          range: headingRange(document, group.headingIndex),
          message: `${describeHeading(document, group)} is empty: ${what}.${purpose}`,
        });
        continue;
      }
      if (strictestNone(group.sections) !== 'never') continue;
      const bare = readBareNegative(text.text);
      if (!bare) continue;
      const needing = group.sections
        .filter((matched) => matched.section.none === 'never')
        .map((matched) => matched.section.title);
      const needs = group.combined
        ? `${listTitles(needing)} ${needing.length > 1 ? 'need' : 'needs'} substance`
        : 'it needs substance';
      report({
        range: headingRange(document, group.headingIndex),
        message: `${describeHeading(document, group)} says only '${text.text.slice(bare.start).replace(/\s+/g, ' ')}': ${needs}.${purpose}`,
        fixes: replaceBareNegativeFix(document, group, text, bare),
      });
    }
  },
};
