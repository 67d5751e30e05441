import type { ParsedDocument } from '../document';
import type { HeadingSections } from '../templates/match';
import type { BareNegative, SectionText } from '../templates/section-text';
import type { Fix } from '../types';

/**
 * Replaces a bare negative (from after its paragraph number to its end) with
 * the standard wording of each section the heading stands for, which holds a
 * fill-in for the reason. Not safe: the author must complete it.
 */
export function replaceBareNegativeFix(
  document: ParsedDocument,
  group: HeadingSections,
  text: SectionText,
  bare: BareNegative,
): Fix[] {
  const { lines } = document;
  // A bare negative written on both sides of a sub-heading ("None." … "See above.") is left to the author: the edit would take the sub-heading with it.
  const lastLine = lines.positionAt(text.end).line;
  const next = document.headings[group.headingIndex + 1];
  if (next && next.line <= lastLine) return [];
  const newline = lines.newline;
  const wording = group.sections.map((matched) => matched.section.wording).join(newline + newline);
  const written = text.text.slice(bare.start).replace(/\s+/g, ' ');
  return [
    {
      title: `Replace '${written}' with the standard wording`,
      edits: [{ range: lines.range(text.start + bare.start, text.end), newText: wording }],
      safe: false,
    },
  ];
}
