import type { ParsedDocument } from '../document';
import { numberingEnd } from '../templates/normalise';

/** A paragraph or heading number as written at the start of a block: `2.1`, `20.2.7`, `3.`. */
export interface WrittenNumber {
  readonly parts: number[];
  /** Offset of the first digit in the text it was read from. */
  readonly at: number;
  readonly digitsLength: number;
  readonly trailingDot: boolean;
  /** `20.1.10The`: the number runs into the word after it. */
  readonly missingSpace: boolean;
}

// Up to three digits a part: `2026.` and `18.06.2026` are a year and a date.
const NUMBER = /^\d{1,3}(?:\.\d{1,3})*/;
/** A word of the numbering that is a plain number, with any stop, bracket, colon or dash after it: `5`, `5.1.`, `12:`; not `(12)`, `35a`, `30/23`. */
const NUMBER_TOKEN = /(?<!\S)\d{1,3}(?:\.\d{1,3})*(?=[.):\-\u2013\u2014]*(?:\s|$))/g;
const DIGIT_NEAR_START = /\d/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The paragraph number at `from` in a paragraph's first line, or undefined when what stands there is not one. */
export function readParagraphNumber(text: string, from: number): WrittenNumber | undefined {
  const code = text.charCodeAt(from);
  if (!(code >= 48 && code <= 57)) return undefined;
  const match = NUMBER.exec(text.slice(from, from + 120));
  if (!match) return undefined;
  const digitsLength = match[0].length;
  let after = from + digitsLength;
  const trailingDot = text[after] === '.';
  if (trailingDot) after++;
  const next = text[after];
  let missingSpace = false;
  if (next !== undefined && isSpace(next)) {
    let word = after;
    while (word < text.length && isSpace(text[word]!)) word++;
    // `1.5 million`: a figure, not a paragraph number.
    if (word < text.length && LOWER.test(text[word]!)) return undefined;
  } else if (next !== undefined) {
    if (!UPPER.test(next) || !match[0].includes('.')) return undefined;
    missingSpace = true;
  }
  return { parts: match[0].split('.').map(Number), at: from, digitsLength, trailingDot, missingSpace };
}

/**
 * The number in a heading's numbering, read through the heading normaliser:
 * `3.` and `Item 5` (a section), `2.1` and `Item 5 – 5.1` (a paragraph).
 * Numbering that is not a plain number is a sub-item or a minute code (`(a)`,
 * `iv)`, `A –`, `35a`, `30/23`, `CA.212`) and gives none. `at` is an offset in `text`.
 */
export function readHeadingNumber(text: string): WrittenNumber | undefined {
  // Most headings have no number near their start: no need to ask the normaliser.
  if (!DIGIT_NEAR_START.test(text.slice(0, 40))) return undefined;
  // The normaliser reads numbering standing alone (`## 3.`) as the title; a stand-in title lets it read that as numbering.
  const end = numberingEnd(`${text} x`);
  if (end === 0) return readParagraphNumber(text, 0);
  const numbering = text.slice(0, Math.min(end, text.length));
  // The last plain number in the numbering is the heading's own (`Item 5 – 5.1`: 5.1).
  let last: RegExpExecArray | undefined;
  for (const match of numbering.matchAll(NUMBER_TOKEN)) last = match;
  if (!last) return undefined;
  const digits = last[0];
  return {
    parts: digits.split('.').map(Number),
    at: last.index,
    digitsLength: digits.length,
    trailingDot: numbering[last.index + digits.length] === '.',
    missingSpace: false,
  };
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0';
}

/** A GitHub table reads as a paragraph whose second line is the delimiter row. */
export function isTableStart(document: ParsedDocument, startLine: number, endLine: number): boolean {
  if (endLine - startLine < 2) return false;
  const { lines } = document;
  // A table's header row has a `|` in it.
  if (!lines.lineText(startLine).includes('|')) return false;
  const second = lines.lineText(startLine + 1);
  return second.includes('-') && second.includes('|') && /^[ \t|:-]+$/.test(second);
}

/**
 * Whether a document writes its paragraph numbers `1.1.` rather than `1.1`:
 * more of them have the dot than not, or as many and the first has it.
 * What `para-sequence` holds a mixed document to, and what renumbering
 * writes.
 */
export function usesTrailingDots(numbers: readonly { readonly trailingDot: boolean }[]): boolean {
  const dotted = numbers.filter((number) => number.trailingDot).length;
  const plain = numbers.length - dotted;
  return dotted > plain || (dotted === plain && numbers[0]?.trailingDot === true);
}

export function formatNumber(parts: readonly number[]): string {
  return parts.join('.');
}
