import type { ParsedDocument } from '../document';
import type { HeadingSections } from './match';
import { titleSpan } from './normalise';

/** The heading's title words as written: no numbering, trailing marks or bracketed note ("Summary and Purpose"). */
export function headingWords(document: ParsedDocument, headingIndex: number): string {
  const text = document.headings[headingIndex]!.text;
  const span = titleSpan(text);
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** `'A'`, `'A' and 'B'`, `'A', 'B' and 'C'`. */
export function listTitles(titles: readonly string[]): string {
  const quoted = titles.map((title) => `'${title}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/**
 * How a message names what a heading stands for: "The 'Background' section",
 * or for a combined heading "'Summary and Recommendations' (the 'Summary' and
 * 'Recommendations' sections)".
 */
export function describeHeading(document: ParsedDocument, group: HeadingSections): string {
  const titles = group.sections.map((matched) => matched.section.title);
  if (!group.combined) return `The '${titles[0]}' section`;
  const plural = titles.length > 1 ? 'sections' : 'section';
  return `'${headingWords(document, group.headingIndex)}' (the ${listTitles(titles)} ${plural})`;
}
