import type { ParsedDocument } from '../document';

export interface SectionText {
  /** The section's text without sub-headings or HTML comments, trimmed; only the first part of a long section. */
  readonly text: string;
  /** Offsets of the first and past the last character of that text, when there is any. */
  readonly start: number;
  readonly end: number;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** More text than any bare negative needs; longer sections keep only their first part. */
const KEPT_LENGTH = 200;

/**
 * The text of the section a heading opens, sub-sections included, headings
 * excluded: whether there is any, where it starts and ends, and its first
 * KEPT_LENGTH characters (all that the checks read of it).
 */
export function sectionText(document: ParsedDocument, headingIndex: number): SectionText {
  const { lines, headings } = document;
  const heading = headings[headingIndex]!;
  const end = document.sectionEnd(headingIndex);
  let kept = '';
  let start = -1;
  let last = -1;
  let line = heading.endLine;
  for (let next = headingIndex + 1; line < end; next++) {
    const stop = Math.min(headings[next]?.line ?? end, end);
    if (stop > line) {
      const from = lines.lineStart(line);
      const to = lines.lineEnd(stop - 1);
      const chunk = lines.text.slice(from, to).replace(COMMENT, (comment) => ' '.repeat(comment.length));
      const lead = chunk.search(/\S/);
      if (lead !== -1) {
        if (start === -1) start = from + lead;
        last = from + chunk.trimEnd().length;
        if (kept.length < KEPT_LENGTH) kept = (kept === '' ? '' : kept + '\n') + chunk.trim().slice(0, KEPT_LENGTH);
      }
    }
    line = headings[next]?.endLine ?? end;
  }
  return { text: kept, start, end: last };
}

const MAX_BARE_NEGATIVE_LENGTH = 60;
const BARE_NEGATIVES = new Set(['none', 'na', 'nil', 'not applicable', 'none arising', 'none identified', 'no implications', 'there are none']);

/**
 * True when the whole text, less punctuation, markup and case, only says
 * there is nothing: "None.", "N/A", "*Not applicable*". "None – the proposal
 * changes no service" gives a reason and is not bare.
 */
export function isBareNegative(text: string): boolean {
  // The longest bare negative with generous markup is far shorter than this.
  if (text.length > MAX_BARE_NEGATIVE_LENGTH) return false;
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return BARE_NEGATIVES.has(words);
}
