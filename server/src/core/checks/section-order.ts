import type { ParsedDocument } from '../document';
import { headingRange } from '../document-positions';
import { primarySections, type MatchedSection } from '../templates/match';
import { headingWords } from '../templates/section-names';
import type { DocumentCheck } from './check';

/**
 * Each section is placed by the heading that stands for it where the template
 * expects it (`primarySections`): its own heading, else a combined heading.
 * A combined heading's sections are in template order among themselves.
 */
export const sectionOrder: DocumentCheck = {
  code: 'section-order',
  defaultSeverity: 'info',
  description: 'A template section comes before a section the template puts ahead of it.',
  run({ document }, report) {
    const firsts = primarySections(document.sections);
    const inOrder = longestInOrder(firsts);
    // A combined heading with more than one section out of place is one move: it is reported once.
    const reported = new Set<number>();
    firsts.forEach((matched, index) => {
      if (inOrder.has(index) || reported.has(matched.headingIndex)) return;
      reported.add(matched.headingIndex);
      const later = firsts.slice(index + 1).find((other) => other.order < matched.order);
      const earlier = [...firsts.slice(0, index)].reverse().find((other) => other.order > matched.order);
      const message = later
        ? `${named(document, matched)} comes before ${named(document, later)}, but the template puts it after: move it down.`
        : `${named(document, matched)} comes after ${named(document, earlier!)}, but the template puts it before: move it up.`;
      report({ range: headingRange(document, matched.headingIndex), message });
    });
  },
};

/** "'Background'", or "'Recommendations' (in 'Summary and Recommendations')" for a part of a combined heading. */
function named(document: ParsedDocument, matched: MatchedSection): string {
  const title = `'${matched.section.title}'`;
  return matched.combined ? `${title} (in '${headingWords(document, matched.headingIndex)}')` : title;
}

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
