import type { MatchedSection } from '../templates/match';
import type { DocumentCheck } from './check';
import { headingRange } from './positions';

export const sectionOrder: DocumentCheck = {
  code: 'section-order',
  defaultSeverity: 'info',
  description: 'A template section comes before a section the template puts ahead of it.',
  run({ document }, report) {
    const seen = new Set<number>();
    const firsts = document.sections.filter((matched) => !seen.has(matched.order) && seen.add(matched.order));
    const inOrder = longestInOrder(firsts);
    firsts.forEach((matched, index) => {
      if (inOrder.has(index)) return;
      const later = firsts.slice(index + 1).find((other) => other.order < matched.order);
      const earlier = [...firsts.slice(0, index)].reverse().find((other) => other.order > matched.order);
      const message = later
        ? `'${matched.section.title}' comes before '${later.section.title}', but the template puts it after: move it down.`
        : `'${matched.section.title}' comes after '${earlier!.section.title}', but the template puts it before: move it up.`;
      report({ range: headingRange(document, matched.headingIndex), message });
    });
  },
};

/**
 * The largest set of sections already in template order, so that the fewest
 * headings are reported. Of equally large sets it keeps the later headings,
 * so a heading that comes too early is the one reported.
 */
function longestInOrder(sections: readonly MatchedSection[]): Set<number> {
  const count = sections.length;
  const length = new Array<number>(count).fill(1);
  const next = new Array<number>(count).fill(-1);
  for (let i = count - 1; i >= 0; i--) {
    for (let j = count - 1; j > i; j--) {
      if (sections[j]!.order > sections[i]!.order && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        next[i] = j;
      }
    }
  }
  let start = -1;
  for (let i = count - 1; i >= 0; i--) if (start === -1 || length[i]! > length[start]!) start = i;
  const kept = new Set<number>();
  for (let at = start; at !== -1; at = next[at]!) kept.add(at);
  return kept;
}
