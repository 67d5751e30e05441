/**
 * Reduces a heading to the words that identify a section: no leading
 * numbering (`6.`, `6.1`, `A.`, `iv)`, `(a)`), no trailing colon, no emphasis
 * marks, lower case, `&` read as `and`, single spaces.
 */
export function normaliseHeading(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/[*_]+/g, ' ')
    .replace(/\u2019/g, "'")
    .trim()
    .replace(LEADING_NUMBER, '')
    .replace(/\s*:\s*$/, '')
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const LEADING_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[A-Za-z][.)]|[ivxlcdmIVXLCDM]+[.)]|\([A-Za-z0-9]+\))\s+/;

/** Offsets within `text` of the title words: after any numbering, before any colon or trailing comment. */
export function titleSpan(text: string): { start: number; end: number } {
  const leading = /^\s*/.exec(text)![0].length;
  const number = LEADING_NUMBER.exec(text.slice(leading));
  const start = leading + (number ? number[0].length : 0);
  const trailing = /\s*:?\s*(?:<!--[\s\S]*?-->\s*)*$/.exec(text.slice(start))!;
  return { start, end: start + trailing.index };
}
