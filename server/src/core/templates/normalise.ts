import { replaceClosedComments } from '../text/comments';

/**
 * The one reading of a heading's text that every check shares (section
 * matching, the capitals test, `para-sequence`, `heading-levels`,
 * `appendix-ref`): where its numbering ends, where its title words are, and
 * the key a template section is looked up by.
 *
 * Numbering is any of the forms real papers print before a title: `6.`,
 * `6.1`, `A.`, `B)`, `iv)`, `(a)`, `A –`, `DD –`, `35a`, `30/23`, `58/23.`,
 * `CA.212`, `19.OS.14`, `EXE 30/18`, `410`, `Item 5`, `Minute 12`. A word
 * with no stop, bracket or dash after it is a title word (`A Summary`).
 *
 * Heading text is the author's, so nothing here may backtrack: the patterns
 * are anchored at the start with bounded repeats, and the tail is found by a
 * scan backwards, not by a regular expression that retries at every offset
 * (those took seconds on a long run of spaces).
 */

/** A number as printed: `6`, `6.1.2`, `30/23`, `35a`. At most four digits a part (a year is not a section). */
const NUMBER = String.raw`\d{1,4}(?:[./]\d{1,4}){0,3}[a-z]?`;
const NUMBERING = new RegExp(
  '^(?:' +
    [
      // Item 5, Minute 12, Agenda Item 3 (with its own stop or colon)
      String.raw`(?:agenda\s+item|item|minute|min\.)\s+${NUMBER}[.:)]?(?=\s|[-–—]|$)`,
      // CA.212, 19.OS.14
      String.raw`[A-Z]{1,4}\.\d{1,4}(?:\.\d{1,4}){0,2}\.?(?=\s|$)`,
      String.raw`\d{1,4}\.[A-Z]{1,4}\.\d{1,4}\.?(?=\s|$)`,
      // EXE 30/18
      String.raw`[A-Z]{2,4}[ \t]+\d{1,4}\/\d{1,4}\.?(?=\s|$)`,
      // 6  6.  6.1  30/23  58/23.  35a  410  1)
      String.raw`${NUMBER}[.)]?(?=\s|[-–—]|$)`,
      // (a)  (iv)  (12)
      String.raw`\(\s*[A-Za-z0-9]{1,5}\s*\)(?=\s|$)`,
      // A.  B)  iv)  XII.
      String.raw`(?:[A-Za-z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})[.)](?=\s|$)`,
      // A –  DD –  (a dash ends the numbering, with or without a space after it)
      String.raw`[A-Z]{1,3}[ \t]*[-–—](?=[ \t]*\S)`,
    ].join('|') +
    ')',
  'iu',
);
/** A number's own case matters for the forms above that name capitals; the `i` flag is for Item and Minute. */
const CASED = /^(?:[A-Z]{1,4}\.\d|\d{1,4}\.[A-Z]|[A-Z]{2,4}[ \t]+\d|[A-Z]{1,3}[ \t]*[-–—])/;
const CASELESS_ONLY = /^(?:[A-Za-z]{1,4}\.\d|\d{1,4}\.[A-Za-z]|[A-Za-z]{2,4}[ \t]+\d|[A-Za-z]{1,3}[ \t]*[-–—])/;
/** What may follow the numbering before the title: spaces, and a dash or colon standing between them. */
const AFTER_NUMBERING = /^[ \t]*(?:[-–—:][ \t]*)?/;

/** Where the numbering at the start of `text` ends (0 when it has none), white space after it included. */
export function numberingEnd(text: string): number {
  const lead = text.length - text.trimStart().length;
  let at = lead;
  // At most two numbers in a row: `Item 5 – 5.1 Summary`, `(a) 1. Background`.
  for (let taken = 0; taken < 2; taken++) {
    const rest = text.slice(at, at + 80);
    const match = NUMBERING.exec(rest);
    if (!match) break;
    // The `i` flag would let `ab.12` or `Exe 30/18` pass for codes in capitals.
    if (CASELESS_ONLY.test(match[0]) && !CASED.test(match[0]) && !/^(?:agenda|item|minute|min\.)/i.test(match[0]))
      break;
    const after = at + match[0].length;
    const gap = AFTER_NUMBERING.exec(text.slice(after, after + 80))![0].length;
    // Numbering alone is the whole text, not a number before a title.
    if (text.slice(after + gap).trim() === '') break;
    // A bare number or letter must be followed by white space or a dash (`6 Finance`; not `6Finance`).
    if (gap === 0 && !/[-–—]$/.test(match[0]) && !/\s/.test(text[after] ?? '')) break;
    at = after + gap;
  }
  return at === lead ? 0 : at;
}

/** The numbering as printed (`410`, `A –`, `Item 5`), or '' when the heading has none. */
export function headingNumbering(text: string): string {
  const end = numberingEnd(text);
  return end === 0 ? '' : text.slice(0, end).trim();
}

/**
 * Reduces a heading to the words that identify a section: no leading
 * numbering, no trailing `:`, `-`, `–` or `.`, no trailing bracketed note
 * (`Background Papers (DoP&D)`), no emphasis marks or HTML comments, `/s`
 * read as a plural (`Recommendation/s`), `&` read as `and`, lower case,
 * single spaces.
 */
export function normaliseHeading(text: string): string {
  const plain = replaceClosedComments(text, ' ')
    .replace(/[*_]+/g, ' ')
    .replace(/\u2019/g, "'");
  const span = titleSpan(plain);
  return plain
    .slice(span.start, span.end)
    .replace(PLURAL_SLASH, 's')
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `Recommendation/s`, `reason/s`: the author's way of writing "one or more". */
const PLURAL_SLASH = /\/s(?![\p{L}\p{N}])/gu;

/**
 * Offsets within `text` of the title words: after any numbering, before any
 * trailing punctuation, bracketed note or closed HTML comment. The section
 * alias fix replaces exactly this span, so the author's numbering and note stay.
 */
export function titleSpan(text: string): { start: number; end: number } {
  const start = numberingEnd(text);
  const lead = start === 0 ? text.length - text.trimStart().length : start;
  return { start: lead, end: lead + titleEnd(text.slice(lead)) };
}

/** Characters set aside at the end of a title. */
const TRAILING_MARKS = new Set([':', '-', '–', '—', '.']);

/**
 * Where the title words of `text` end: one scan backwards over white space,
 * closed HTML comments, trailing marks and one bracketed note, never past
 * the first title character.
 */
function titleEnd(text: string): number {
  let end = contentEnd(text, text.length);
  let noteTaken = false;
  for (;;) {
    const last = text[end - 1];
    if (last !== undefined && TRAILING_MARKS.has(last)) {
      end = contentEnd(text, end - 1);
      continue;
    }
    if (last === ')' && !noteTaken) {
      const open = text.lastIndexOf('(', end - 1);
      const before = open === -1 ? 0 : contentEnd(text, open);
      // A note after the title words, not a title that is wholly in brackets.
      if (open > 0 && before > 0 && text.indexOf(')', open) === end - 1) {
        noteTaken = true;
        end = before;
        continue;
      }
    }
    return end;
  }
}

/** The end of the last text before `end` that is neither white space nor inside a closed HTML comment. */
function contentEnd(text: string, end: number): number {
  let at = end;
  for (;;) {
    while (at > 0 && /\s/.test(text[at - 1]!)) at--;
    if (at >= 3 && text.startsWith('-->', at - 3)) {
      const open = text.lastIndexOf('<!--', at - 3);
      if (open !== -1) {
        at = open;
        continue;
      }
    }
    return at;
  }
}
