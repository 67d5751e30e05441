import type { ParsedDocument } from '../document';
import type { Finding } from '../types';
import type { DocumentCheck } from './check';
import { lineNumber, offsetsRange } from './positions';

/**
 * Paragraph numbering (`1.1`, `2.3`, `20.2.7`): two or more numeric parts at
 * the start of a paragraph that is not a list item, or of a heading's text.
 *
 * Rules, in one pass over the prose blocks:
 * - Each number is compared with the number before it. After `P` the next
 *   number may be a child (`P.1`, `P.1.1`), the next sibling (`2.1` → `2.2`),
 *   or the next sibling of an ancestor followed by first children
 *   (`2.1.3` → `2.2`, `2.4` → `3.1`). A larger jump is a gap, reported on
 *   the number after it; a smaller number is out of order; a number already
 *   used is a duplicate (on the second).
 * - A heading numbered with a single number (`## 3. Background`) or `N.0`
 *   is a section number: never reported itself, it says which section the
 *   next paragraphs belong to (they should be `3.1`, `3.2`, …).
 * - Parts have at most three digits (`18.06.2026` is a date).
 * - A number followed directly by an upper-case letter (`20.1.10The`) lacks
 *   its space (quick fix). Followed by a lower-case letter, digit, `%` or
 *   other punctuation (`1.5m`, `2.5%`), or by a space and a lower-case word
 *   (`1.5 million`), it is a figure, not a paragraph number. A no-break
 *   space counts as a space.
 * - `1.1.` and `1.1` mixed in one document: the less used style is reported
 *   (on a tie, the style used second).
 */
export const paraSequence: DocumentCheck = {
  code: 'para-sequence',
  defaultSeverity: 'warning',
  description: 'Numbered paragraphs (2.1, 2.2, …) skip or repeat a number, run out of order, lack a space after the number, or mix 1.1 and 1.1. styles.',
  run({ document }, report) {
    const { lines } = document;
    const numbers: ParagraphNumber[] = [];
    const seen = new Map<string, number>();
    let previous: readonly number[] | undefined;
    let previousIsSection = false;

    for (const block of document.markdown.prose) {
      if (block.kind === 'paragraph' && block.listItem) continue;
      const line = block.startLine;
      const text = lines.lineText(line);
      const prefix = (block.kind === 'heading' ? HEADING_PREFIX : PARAGRAPH_PREFIX).exec(text)![0].length;
      // Cheap test first: most paragraphs do not start with a digit.
      const first = text.charCodeAt(prefix);
      if (!(first >= 48 && first <= 57)) continue;
      if (block.kind === 'paragraph' && isTableStart(document, block.startLine, block.endLine)) continue;
      const found = readNumber(text, prefix);
      if (!found) continue;
      const start = lines.lineStart(line) + prefix;

      if (found.parts.length === 1 || found.parts.slice(1).every((part) => part === 0)) {
        // A section number: only from a heading (a paragraph `3.` is a list item, `3.0` is unusual in prose).
        if (block.kind !== 'heading') continue;
        const section = found.parts[0]!;
        if (previous === undefined || previous[0] !== section) {
          previous = [section];
          previousIsSection = true;
        }
        continue;
      }

      const numberEnd = start + found.digitsLength;
      const written = found.parts.join('.');
      numbers.push({ start, numberEnd, end: numberEnd + (found.trailingDot ? 1 : 0), written, trailingDot: found.trailingDot });

      if (found.missingSpace) {
        const at = lines.range(numberEnd + (found.trailingDot ? 1 : 0), numberEnd + (found.trailingDot ? 1 : 0));
        report({
          range: offsetsRange(document, start, numberEnd),
          message: `Put a space after paragraph number ${written}.`,
          fixes: [{ title: `Put a space after ${written}`, edits: [{ range: at, newText: ' ' }], safe: true }],
        });
      }

      const problem = sequenceProblem(found.parts, previous, previousIsSection, seen.get(written), document);
      if (problem) report({ range: offsetsRange(document, start, numberEnd), message: `${problem} Renumber the paragraphs.` });
      if (!seen.has(written)) seen.set(written, start);
      previous = found.parts;
      previousIsSection = false;
    }

    reportMixedStyle(document, numbers, report);
  },
};

interface ParagraphNumber {
  readonly start: number;
  readonly numberEnd: number;
  /** After the trailing dot, if any. */
  readonly end: number;
  readonly written: string;
  readonly trailingDot: boolean;
}

const PARAGRAPH_PREFIX = /^[ \t]*/;
const HEADING_PREFIX = /^[ \t]*(?:#{1,6}(?:[ \t]+|$))?/;
// Up to three digits a part: `2026.` and `18.06.2026` are a year and a date.
const NUMBER = /^\d{1,3}(?:\.\d{1,3})*/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

interface FoundNumber {
  readonly parts: number[];
  readonly digitsLength: number;
  readonly trailingDot: boolean;
  readonly missingSpace: boolean;
}

/** The paragraph number at `from` in `text`, or undefined when what stands there is not one. */
function readNumber(text: string, from: number): FoundNumber | undefined {
  const code = text.charCodeAt(from);
  if (!(code >= 48 && code <= 57)) return undefined;
  const match = NUMBER.exec(text.slice(from, from + 120));
  if (!match) return undefined;
  const digitsLength = match[0].length;
  let after = from + digitsLength;
  const trailingDot = text[after] === '.';
  if (trailingDot) after++;
  const next = text[after];
  const parts = match[0].split('.').map(Number);
  if (next === undefined) return { parts, digitsLength, trailingDot, missingSpace: false };
  if (isSpace(next)) {
    let word = after;
    while (word < text.length && isSpace(text[word]!)) word++;
    // `1.5 million`: a figure, not a paragraph number.
    if (word < text.length && LOWER.test(text[word]!)) return undefined;
    return { parts, digitsLength, trailingDot, missingSpace: false };
  }
  if (UPPER.test(next) && parts.length > 1) return { parts, digitsLength, trailingDot, missingSpace: true };
  return undefined;
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0';
}

/** A GitHub table reads as a paragraph whose second line is the delimiter row. */
function isTableStart(document: ParsedDocument, startLine: number, endLine: number): boolean {
  if (endLine - startLine < 2) return false;
  const second = document.lines.lineText(startLine + 1);
  return second.includes('-') && second.includes('|') && /^[ \t|:-]+$/.test(second);
}

function format(parts: readonly number[]): string {
  return parts.join('.');
}

function missing(prefix: readonly number[], from: number, to: number): string {
  const first = format([...prefix, from]);
  return from === to ? `${first} is missing` : `${first} to ${format([...prefix, to])} are missing`;
}

/** What is wrong with `parts` coming after `previous`, or undefined when it is the expected next number. */
function sequenceProblem(
  parts: readonly number[],
  previous: readonly number[] | undefined,
  previousIsSection: boolean,
  firstUse: number | undefined,
  document: ParsedDocument,
): string | undefined {
  const written = format(parts);
  if (firstUse !== undefined) return `Paragraph ${written} is numbered twice: the first ${written} is on line ${lineNumber(document, firstUse)}.`;
  let base: readonly number[];
  let label: string;
  if (previous === undefined) {
    // The numbering may start at any section (minutes carry on from the last meeting: 34.1).
    base = [parts[0]!];
    label = 'no earlier numbered paragraph';
  } else if (previousIsSection) {
    if (parts[0] !== previous[0]) return `Paragraph ${written} is in section ${previous[0]}: its number should start ${previous[0]}.`;
    base = previous;
    label = `the heading of section ${previous[0]}`;
  } else {
    base = previous;
    label = format(previous);
  }

  const common = Math.min(parts.length, base.length);
  let differ = 0;
  while (differ < common && parts[differ] === base[differ]) differ++;
  let firstChild: number;
  if (differ === common) {
    if (parts.length <= base.length) return `Paragraph ${written} comes after ${label}: it is out of order.`;
    firstChild = base.length;
  } else {
    const now = parts[differ]!;
    const before = base[differ]!;
    if (now < before) return `Paragraph ${written} comes after ${label}: it is out of order.`;
    if (now > before + 1) return `Paragraph ${written} follows ${label}: ${missing(parts.slice(0, differ), before + 1, now - 1)}.`;
    firstChild = differ + 1;
  }
  // Deeper parts must each start at 1.
  for (let index = firstChild; index < parts.length; index++) {
    if (parts[index] !== 1) return `Paragraph ${written} follows ${label}: ${missing(parts.slice(0, index), 1, parts[index]! - 1)}.`;
  }
  return undefined;
}

function reportMixedStyle(document: ParsedDocument, numbers: readonly ParagraphNumber[], report: (finding: Finding) => void): void {
  let dotted = 0;
  for (const number of numbers) if (number.trailingDot) dotted++;
  const plain = numbers.length - dotted;
  if (dotted === 0 || plain === 0) return;
  // On a tie the style used first is the document's style.
  const useDot = dotted > plain || (dotted === plain && numbers[0]!.trailingDot);
  const example = useDot ? "'1.1.'" : "'1.1'";
  for (const number of numbers) {
    if (number.trailingDot === useDot) continue;
    const wanted = useDot ? `${number.written}.` : number.written;
    const fix = useDot
      ? { title: `Write ${wanted}`, edits: [{ range: offsetsRange(document, number.numberEnd, number.numberEnd), newText: '.' }], safe: true }
      : { title: `Write ${wanted}`, edits: [{ range: offsetsRange(document, number.numberEnd, number.end), newText: '' }], safe: true };
    report({
      range: offsetsRange(document, number.start, number.end),
      message: `Paragraph numbers in this document are written ${example}; write '${wanted}' the same way.`,
      fixes: [fix],
    });
  }
}
