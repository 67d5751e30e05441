import { numberingEnd } from '../templates/normalise';

/**
 * Where words in capitals are not acronyms because of where they stand
 * (docs/format.md, "Acronyms"), for `parse/acronyms.ts`. Words that are never acronyms,
 * wherever they stand (RESOLVED, NA), are in `known-acronyms.ts`.
 *
 * Each function reads one block's masked text (block-local offsets) in one
 * pass, with bounded patterns only: blocks may be megabytes long.
 */

/** Block-local [start, end) ranges, sorted and not overlapping. */
export type Ranges = [number, number][];

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * A heading is a label. Its numbering (`35a`, `DD –`, `EXE 30/18`) is never an
 * acronym, and when its words of two or more letters are all capitals, once
 * the numbering is set aside, the whole heading is shouted, not acronyms
 * (`35a GATEWAY 1 MEMBERS REPORT`, `1. SUMMARY`).
 */
export function headingRanges(masked: string): Ranges {
  const marks = ATX_MARKS.exec(masked)?.[0].length ?? 0;
  const lineEnd = masked.indexOf('\n', marks);
  const firstLine = masked.slice(marks, lineEnd === -1 ? masked.length : lineEnd);
  const numbering = numberingEnd(firstLine);
  let shouted = true;
  TITLE_WORD.lastIndex = marks + numbering;
  for (let match = TITLE_WORD.exec(masked); match && shouted; match = TITLE_WORD.exec(masked))
    shouted = !LOWER.test(match[0]);
  if (shouted) return [[0, masked.length]];
  return numbering === 0 ? [] : [[marks, marks + numbering]];
}

/** An ATX heading's opening marks and the space after them. */
const ATX_MARKS = /^[ \t]{0,3}#{1,6}(?=[ \t\r\n]|$)[ \t]*/;
const TITLE_WORD = /\p{L}{2,}/gu;

/**
 * Text in capitals, not acronyms: a line or table cell of two or more words
 * and no small letters (a header block, `WAVERLEY BOROUGH COUNCIL`; a
 * front-sheet cell, `REPORT TO CABINET`), and one capitals word that is a
 * whole paragraph (a front sheet's `CABINET`, a document letter `AO`), a
 * table cell (`| ICT |`) or a label (`CONTACT:`). One capitals word on a
 * line of a longer paragraph is still read: a hard-wrapped sentence may end
 * with an acronym alone on its last line.
 */
export function shoutedSegments(masked: string): Ranges {
  const ranges: Ranges = [];
  let lettered = 0;
  let single: [number, number] | undefined;
  let segmentStart = 0;
  let row = false;
  for (let at = 0; at <= masked.length; at++) {
    const code = at < masked.length ? masked.charCodeAt(at) : 10;
    if (code !== 10 && code !== 13 && code !== 124 /* | */) continue;
    // A cell ends at a `|`, or at the end of a line after one.
    const cell = code === 124 || row;
    row = code === 124;
    if (at > segmentStart) {
      const segment = masked.slice(segmentStart, at);
      if (LOWER.test(segment)) lettered++;
      else if (LETTER.test(segment)) {
        lettered++;
        const words = countWords(segment);
        if (words >= 2 || cell || segment.trimEnd().endsWith(':')) ranges.push([segmentStart, at]);
        else single = [segmentStart, at];
      }
    }
    segmentStart = at + 1;
  }
  // The whole paragraph is one word in capitals.
  if (single && lettered === 1) ranges.push(single);
  return ranges;
}

/** Words of two or more letters in a segment, counting no further than two. */
function countWords(segment: string): number {
  let count = 0;
  WORD_OF_LETTERS.lastIndex = 0;
  while (count < 2 && WORD_OF_LETTERS.test(segment)) count++;
  return count;
}

const WORD_OF_LETTERS = /\p{L}{2,}/gu;

/**
 * The parts of legal citations, known by their shape: a year in brackets,
 * maybe a volume number, one to three words that open with a capital (a
 * court or a law report: `EWCA Civ`, `UKSC`, `All ER`, `QB`), then a number,
 * maybe with a division in brackets: `[2013] EWCA Civ 1345`, `[2020] UKSC
 * 12`, `[1998] 1 WLR 1234`, `[2013] EWHC 1234 (QB)`, `(1993) 25 HLR 1`.
 */
export function citationRanges(masked: string): Ranges {
  const ranges: Ranges = [];
  if (!masked.includes(']') && !masked.includes(')')) return ranges;
  YEAR.lastIndex = 0;
  for (let year = YEAR.exec(masked); year; year = YEAR.exec(masked)) {
    CITATION_REST.lastIndex = YEAR.lastIndex;
    const rest = CITATION_REST.exec(masked);
    if (!rest) continue;
    ranges.push([year.index, CITATION_REST.lastIndex]);
    YEAR.lastIndex = CITATION_REST.lastIndex;
  }
  return ranges;
}

const YEAR = /[[(](?:1[5-9]|20)\d\d[\])]/g;
const CITATION_REST =
  /[ \t\r\n]{1,3}(?:\d{1,4}[ \t\r\n]{1,3})?(?:[A-Z][A-Za-z&.]{0,9}[ \t\r\n]{1,3}){1,3}\d{1,6}(?:[ \t]{0,3}\([A-Z][A-Za-z]{0,10}\))?/y;

/**
 * Whether the word at `at` is a code naming a document, appendix, annex or
 * table (`Document "AO"`, `Appendix AB`, `Table B`): the word before it,
 * maybe with an opening quote between, names the kind of thing.
 */
export function namesDocumentPart(masked: string, at: number): boolean {
  return DOCUMENT_PART.test(masked.slice(Math.max(0, at - 16), at));
}

const DOCUMENT_PART = /(?:^|[^\p{L}])(?:documents?|appendix|appendices|annexe?s?|tables?)[ \t]{1,3}["“‘']?$/iu;

/** A word in capitals: letters (digits too: `9TH`), none of them small. */
export function isCapitalWord(word: string): boolean {
  // Most words open with a small letter: one character decides them.
  let letter = false;
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) letter = true;
    else if (code > 127) return LETTER.test(word) && !LOWER.test(word);
  }
  return letter;
}

/**
 * Whether two words in capitals, with the text between them, are consecutive
 * words of one run: white space, emphasis marks and at most one connecting
 * mark (`OVERVIEW & SCRUTINY`, `COUNCIL - 9TH`) between them. A comma, a full
 * stop or a bracket ends a run: `the ICB, CQC and LGA` names three bodies.
 */
export function continuesRun(masked: string, previousEnd: number, start: number): boolean {
  if (start - previousEnd > 12) return false;
  let marks = 0;
  for (let at = previousEnd; at < start; at++) {
    const code = masked.charCodeAt(at);
    if (
      code === 32 ||
      code === 9 ||
      code === 10 ||
      code === 13 ||
      code === 160 ||
      code === 42 /* * */ ||
      code === 95 /* _ */
    )
      continue;
    if (!CONNECTING_MARKS.has(masked[at]!) || ++marks > 1) return false;
  }
  return true;
}

const CONNECTING_MARKS = new Set(['&', '-', '–', '—', ':', '/']);

/** Sorts ranges by start and joins those that overlap or touch. */
export function merged(ranges: Ranges): Ranges {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Ranges = [ranges[0]!];
  for (const range of ranges.slice(1)) {
    const last = out.at(-1)!;
    if (range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push(range);
  }
  return out;
}
