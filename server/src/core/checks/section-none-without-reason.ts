import { offsetsRange } from '../document-positions';
import { groupByHeading, strictestNone } from '../templates/match';
import { headingWords, listTitles } from '../templates/section-names';
import { readBareNegative, sectionText } from '../templates/section-text';
import type { DocumentCheck } from './check';
import { replaceBareNegativeFix } from './section-wording';

/**
 * Once per heading, on the bare text. A combined heading is held to its
 * strictest section: when one of them needs substance (`never`),
 * section-empty reports the bare negative instead.
 */
export const sectionNoneWithoutReason: DocumentCheck = {
  code: 'section-none-without-reason',
  defaultSeverity: 'error',
  description: "A section for a legal duty says only 'None' without saying why.",
  run({ document }, report) {
    for (const group of groupByHeading(document.sections)) {
      if (strictestNone(group.sections) !== 'with-reason') continue;
      const text = sectionText(document, group.headingIndex);
      if (text.text === '') continue;
      const bare = readBareNegative(text.text);
      if (!bare) continue;
      const written = text.text.slice(bare.start).replace(/\s+/g, ' ');
      const duties = group.sections.filter((matched) => matched.section.none === 'with-reason');
      const named = group.combined
        ? `'${headingWords(document, group.headingIndex)}'`
        : `'${duties[0]!.section.title}'`;
      const forWhat = group.combined ? ` for ${listTitles(duties.map((matched) => matched.section.title))}` : '';
      const saying = bare.placeholderReason
        ? `gives no reason yet: '${written}' still holds the fill-in`
        : `says only '${written}'`;
      const purpose = duties.length === 1 ? ` ${duties[0]!.section.purpose}` : '';
      report({
        range: offsetsRange(document, text.start + bare.start, text.end),
        message: `${named} ${saying}: state why there are no implications${forWhat}, for example "None: the proposal changes no service".${purpose}`,
        fixes: replaceBareNegativeFix(document, group, text, bare),
      });
    }
  },
};
