import { replaceClosedComments } from '../text/comments';

/**
 * Reduces a heading to the words that identify a section: no leading
 * numbering (`6.`, `6.1`, `A.`, `iv)`, `(a)`), no trailing colon, no emphasis
 * marks, lower case, `&` read as `and`, single spaces.
 *
 * Heading text is the author's, so nothing here may backtrack: comments and
 * the trailing colon are found by scanning, not by regular expressions that
 * retry at every offset (those took seconds on a long run of spaces).
 */
export function normaliseHeading(text: string): string {
  return withoutTrailingColon(
    replaceClosedComments(text, ' ')
      .replace(/[*_]+/g, ' ')
      .replace(/\u2019/g, "'")
      .trim()
      .replace(LEADING_NUMBER, ''),
  )
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const LEADING_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[A-Za-z][.)]|[ivxlcdmIVXLCDM]+[.)]|\([A-Za-z0-9]+\))\s+/;

/** Offsets within `text` of the title words: after any numbering, before any colon or trailing comment. */
export function titleSpan(text: string): { start: number; end: number } {
  const leading = text.length - text.trimStart().length;
  const number = LEADING_NUMBER.exec(text.slice(leading));
  const start = leading + (number ? number[0].length : 0);
  return { start, end: start + trailingStart(text.slice(start)) };
}

/** Drops one colon at the end, with the white space around it. */
function withoutTrailingColon(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : text;
}

/**
 * Where the tail of a heading starts: the white space, one optional colon and
 * closed HTML comments after its last word. One pass forward finds the end of
 * the last text outside a comment.
 */
function trailingStart(text: string): number {
  let contentEnd = 0;
  let at = 0;
  while (at < text.length) {
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      if (close !== -1) {
        at = close + 3;
        continue;
      }
    }
    if (!/\s/.test(text[at]!)) contentEnd = at + 1;
    at++;
  }
  if (text[contentEnd - 1] !== ':') return contentEnd;
  return text.slice(0, contentEnd - 1).trimEnd().length;
}
