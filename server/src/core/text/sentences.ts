import { numberingEnd } from '../templates/normalise';

/** One sentence of a paragraph, at offsets in the text it was read from; `end` is after its closing stop. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Words that end in a full stop mid-sentence before a capital: titles
 * ("Dr. Ian Johnson", "Cllr. Smith"), "No. 6", months and days, and the
 * like. A single letter before a stop is an initial ("J. Smith", "M.P.",
 * "O.B.E.", "e.g."). A sentence these hide is only joined to the next one,
 * which can make a repeat harder to see but never shows one that is not there.
 */
const ABBREVIATIONS = new Set(
  (
    'dr mr mrs ms mx messrs cllr cllrs prof rev revd rt hon st sr jr no nos nr co ltd plc inc corp dept govt approx est ' +
    'ref refs para paras pp vol ch sch art reg sec ss fig figs ie eg cf viz vs al etc tel ext min mins max hr hrs yr yrs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const BARE_NUMBER = /^\d+\s*$/;
/** `3.1 `, `3.1. `: a paragraph number and the space after it. */
const PARAGRAPH_NUMBER = /\d{1,3}(?:\.\d{1,3}){1,4}\.?[ \t\u00a0]+/y;
/** What numbering opens with: a digit or bracket, or a short code followed by a stop, bracket or dash (`a.`, `iv)`, `A –`, `CA.212`). */
const MAYBE_NUMBERING = /(?:[\d(]|[A-Za-z]{1,6}(?:[.)]|[ \t]*[-\u2013\u2014])|(?:agenda|item|minute|min\.)\s)/iy;
/** A bold ID at the start of a paragraph: `**R1**`, `**F2.**`, `**R3** –`. */
const LEADING_ID = /\*\*[A-Za-z]{1,3}\d{1,9}[.:]?\*\*[ \t]*(?:[-\u2013\u2014:][ \t]*)?/y;

/**
 * The sentences of one paragraph's text, from `from`: a sentence ends at a
 * `.`, `!`, `?` or `…` (with any quotes, brackets or emphasis closing it)
 * followed by white space and then not by a small letter, and not after an
 * abbreviation or an initial. A stop inside a figure or time (`£1.5m`,
 * `3.00 pm`) is not followed by white space. The paragraph's opening number
 * (`3.1`, `(a)`, `**R1** 1.`) is not a sentence: reading starts after it.
 *
 * `text` should have code, comments and HTML masked (`maskInlineSyntax`) so
 * that a stop inside them ends nothing. One scan: linear in the text.
 */
export function splitSentences(text: string, from = 0): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = skipSpace(text, openingEnd(text, from));
  // Each kind of stop is found by the native `indexOf`, and looked for again only once passed.
  const next = [
    text.indexOf('.', start),
    text.indexOf('!', start),
    text.indexOf('?', start),
    text.indexOf('\u2026', start),
  ];
  for (let stop = firstStop(next); stop !== -1;) {
    let end = stop + 1;
    while (end < text.length && isCloser(text.charCodeAt(end))) end++;
    if (end === text.length || isSpace(text.charCodeAt(end))) {
      const after = skipSpace(text, end);
      const ends =
        !(after < text.length && isLower(text, after)) &&
        !(end === stop + 1 && text.charCodeAt(stop) === 46 /* . */ && isAbbreviation(text, stop));
      if (ends) {
        if (stop > start) sentences.push({ start, end });
        start = after;
      }
    }
    for (let kind = 0; kind < STOPS.length; kind++)
      if (next[kind]! !== -1 && next[kind]! < end) next[kind] = text.indexOf(STOPS[kind]!, end);
    stop = firstStop(next);
  }
  const last = trimEnd(text, start);
  if (last > start) sentences.push({ start, end: last });
  return sentences;
}

const STOPS = ['.', '!', '?', '\u2026'];

/** The nearest of the next stops of each kind, or -1. */
function firstStop(next: readonly number[]): number {
  let first = -1;
  for (const at of next) if (at !== -1 && (first === -1 || at < first)) first = at;
  return first;
}

/** What may close a sentence after its stop: more stops, quotes, brackets, emphasis marks, a hard line break's backslash. */
function isCloser(code: number): boolean {
  switch (code) {
    case 46: // .
    case 33: // !
    case 63: // ?
    case 0x2026: // …
    case 34: // "
    case 39: // '
    case 0x2019: // ’
    case 0x201d: // ”
    case 41: // )
    case 93: // ]
    case 42: // *
    case 95: // _
    case 92: // \ (a hard line break)
      return true;
    default:
      return false;
  }
}

function isLower(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(text[at]!);
}

/** Where a paragraph's text starts after its bold ID and numbering (`**R1** 1. `, `3.1 `, `(a) `), white space included. */
function openingEnd(text: string, from: number): number {
  let at = skipSpace(text, from);
  LEADING_ID.lastIndex = at;
  if (LEADING_ID.test(text)) at = skipSpace(text, LEADING_ID.lastIndex);
  // Most paragraphs open with a word or a plain paragraph number; the normaliser is asked only about other numbering.
  PARAGRAPH_NUMBER.lastIndex = at;
  if (PARAGRAPH_NUMBER.test(text)) return PARAGRAPH_NUMBER.lastIndex;
  MAYBE_NUMBERING.lastIndex = at;
  if (!MAYBE_NUMBERING.test(text)) return at;
  const end = numberingEnd(text.slice(at, at + 200));
  // A bare number ("12 members attended") is the sentence's first word.
  return BARE_NUMBER.test(text.slice(at, at + end)) ? at : at + end;
}

/** The longest word in `ABBREVIATIONS`. */
const LONGEST_ABBREVIATION = 6;

/** Whether the word before a full stop is an initial or an abbreviation (read backwards, without copying the text). */
function isAbbreviation(text: string, stop: number): boolean {
  let start = stop;
  while (start > 0 && isLetter(text, start - 1)) {
    start--;
    if (stop - start > LONGEST_ABBREVIATION) return false;
  }
  const length = stop - start;
  if (length === 0) return false;
  // A digit joined to the word ("2nd.") makes it no abbreviation.
  if (start > 0 && isDigit(text.charCodeAt(start - 1))) return false;
  return length === 1 || ABBREVIATION_CODES.has(wordCode(text, start, stop));
}

/** A word of up to six ASCII letters as a number, case folded (five bits a letter); -1 for any other word. */
function wordCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let at = start; at < end; at++) {
    const letter = text.charCodeAt(at) | 32;
    if (letter < 97 || letter > 122) return -1;
    code = code * 32 + (letter - 96);
  }
  return code;
}

const ABBREVIATION_CODES = new Set([...ABBREVIATIONS].map((word) => wordCode(word, 0, word.length)));

function isLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && LETTER.test(text[at]!);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

function skipSpace(text: string, at: number): number {
  let next = at;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  return next;
}

function trimEnd(text: string, start: number): number {
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
