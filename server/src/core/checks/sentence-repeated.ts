import type { ParsedDocument } from '../document';
import { lineNumber } from '../document-positions';
import { maskInlineSyntax } from '../parse/inline-scan';
import type { ProseBlock } from '../parse/markdown';
import { isTableStart } from '../parse/paragraph-number';
import { splitSentences, type SentenceSpan } from '../text/sentences';
import type { Fix } from '../types';
import type { DocumentCheck } from './check';

/** Fewer words than this make a phrase ("Noted.", "The motion was carried.") that may well be said twice. */
const MIN_WORDS = 6;

/**
 * The same sentence twice in a row, as a paste slip leaves it: the next
 * sentence of the same paragraph, or the first of the next paragraph (or list
 * item) when nothing but blank lines stands between. Headings, tables, code
 * and HTML are not running text and break the run: a front sheet's summary
 * repeated as section 1 is not a slip, nor is a formula that ends two
 * members' declarations with another sentence between. Sentences are
 * compared ignoring case, white space and emphasis marks.
 */
export const sentenceRepeated: DocumentCheck = {
  code: 'sentence-repeated',
  defaultSeverity: 'info',
  description: 'The same sentence (six words or more) is written twice in a row, as a copy and paste slip leaves it.',
  run({ document }, report) {
    let previous: { paragraph: Paragraph; sentence: SentenceSpan; endLine: number } | undefined;
    for (const block of document.markdown.prose) {
      if (block.kind === 'heading' || isTableStart(document, block.startLine, block.endLine)) {
        previous = undefined;
        continue;
      }
      if (previous && !onlyBlankLinesBetween(document, previous.endLine, block.startLine)) previous = undefined;
      const paragraph = paragraphOf(document, block);
      const sentences = splitSentences(paragraph.masked, paragraph.from);
      for (let index = 0; index < sentences.length; index++) {
        const sentence = sentences[index]!;
        const beforeIn = index > 0 ? paragraph : previous?.paragraph;
        const before = index > 0 ? sentences[index - 1] : previous?.sentence;
        if (!beforeIn || !before || !sameSentence(beforeIn.text, before, paragraph.text, sentence)) continue;
        const first = { start: beforeIn.base + before.start, end: beforeIn.base + before.end };
        const second = { start: paragraph.base + sentence.start, end: paragraph.base + sentence.end };
        const next = sentences[index + 1];
        report({
          range: document.lines.range(second.start, second.end),
          message: `This sentence repeats the one before it (line ${lineNumber(document, first.start)}): delete one of them.`,
          fixes: [deleteFix(document, first, second, next && paragraph.base + next.start, index === 0)],
        });
      }
      const last = sentences[sentences.length - 1];
      previous = last ? { paragraph, sentence: last, endLine: block.endLine } : undefined;
    }
  },
};

/**
 * Deletes the second copy and the white space that joined it to the text
 * before: from the end of the first copy (within a paragraph, or a whole
 * paragraph with the blank line before it), or, when the copy opens a
 * paragraph that goes on, up to the next sentence (the paragraph's number stays).
 */
function deleteFix(
  document: ParsedDocument,
  first: SentenceSpan,
  second: SentenceSpan,
  nextStart: number | undefined,
  opensParagraph: boolean,
): Fix {
  const [from, to] = opensParagraph && nextStart !== undefined ? [second.start, nextStart] : [first.end, second.end];
  return {
    title: 'Delete the repeated sentence',
    edits: [{ range: document.lines.range(from, to), newText: '' }],
    safe: false,
  };
}

function onlyBlankLinesBetween(document: ParsedDocument, fromLine: number, toLine: number): boolean {
  const { lines } = document;
  const end = lines.lineStart(toLine);
  for (let at = lines.lineStart(fromLine); at < end; at++) if (!isSpace(lines.text.charCodeAt(at))) return false;
  return true;
}

/** Block quote marks at a line's start, with the indentation around them. */
const QUOTE_MARKS = /[ \t]*(?:>[ \t]?){1,10}/y;
/** A list item's marker on its first line (after any block quote marks, blanked by then). */
const LIST_MARKER = /[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/y;

/** A paragraph's text with container marks blanked (what sentences are compared in), the same masked (where they are split), and its document offset. */
interface Paragraph {
  readonly text: string;
  readonly masked: string;
  /** Where the text proper starts, after a list item's marker. */
  readonly from: number;
  readonly base: number;
}

function paragraphOf(document: ParsedDocument, block: ProseBlock): Paragraph {
  const { lines } = document;
  const text = withoutQuoteMarks(lines.textOfLines(block.startLine, block.endLine));
  let from = 0;
  if (block.listItem) {
    LIST_MARKER.lastIndex = 0;
    if (LIST_MARKER.test(text)) from = LIST_MARKER.lastIndex;
  }
  // Code, comments and HTML hold no sentence ends; most paragraphs have none of them.
  const masked = text.includes('`') || text.includes('<') ? maskInlineSyntax(text) : text;
  return { text, masked, from, base: lines.lineStart(block.startLine) };
}

/**
 * The paragraph's text with block quote marks blanked out, offsets kept.
 * Only a paragraph whose first line is quoted can have quoted lines (a `>`
 * line would start a block quote and end it).
 */
function withoutQuoteMarks(raw: string): string {
  QUOTE_MARKS.lastIndex = 0;
  if (!QUOTE_MARKS.test(raw)) return raw;
  return raw.replace(/^[ \t]*(?:>[ \t]?){1,10}/gm, (marks) => ' '.repeat(marks.length));
}

/**
 * Whether two sentences read the same, ignoring case, runs of white space
 * and emphasis marks, and have six words or more. Compared character by
 * character, so two different sentences cost only the length of what they
 * share at the start.
 */
function sameSentence(leftText: string, left: SentenceSpan, rightText: string, right: SentenceSpan): boolean {
  // Most neighbouring sentences start alike ("The …") but end differently: look at the last letters first.
  if (!sameEnding(leftText, left, rightText, right)) return false;
  let x = left.start;
  let y = right.start;
  let words = 1;
  for (;;) {
    x = skipMarks(leftText, x, left.end);
    y = skipMarks(rightText, y, right.end);
    if (x === left.end || y === right.end) return x === left.end && y === right.end && words >= MIN_WORDS;
    const a = leftText.charCodeAt(x);
    const b = rightText.charCodeAt(y);
    if (isSpace(a) || isSpace(b)) {
      if (!isSpace(a) || !isSpace(b)) return false;
      x = skipSpaceAndMarks(leftText, x, left.end);
      y = skipSpaceAndMarks(rightText, y, right.end);
      // White space at the end of one sentence only is no difference.
      if (x === left.end || y === right.end) continue;
      words++;
      continue;
    }
    if (a !== b && folded(leftText, x) !== folded(rightText, y)) return false;
    x++;
    y++;
  }
}

/** Whether the last three characters other than white space and marks agree, case aside. */
function sameEnding(leftText: string, left: SentenceSpan, rightText: string, right: SentenceSpan): boolean {
  let x = left.end;
  let y = right.end;
  for (let compared = 0; compared < 3; compared++) {
    while (x > left.start && isSpaceOrMark(leftText.charCodeAt(x - 1))) x--;
    while (y > right.start && isSpaceOrMark(rightText.charCodeAt(y - 1))) y--;
    if (x === left.start || y === right.start) return true;
    x--;
    y--;
    if (leftText.charCodeAt(x) !== rightText.charCodeAt(y) && folded(leftText, x) !== folded(rightText, y))
      return false;
  }
  return true;
}

function isSpaceOrMark(code: number): boolean {
  return isSpace(code) || isMark(code);
}

/** A character in lower case, as a UTF-16 code. */
function folded(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return text[at]!.toLowerCase().charCodeAt(0);
}

function skipMarks(text: string, at: number, end: number): number {
  let next = at;
  while (next < end && isMark(text.charCodeAt(next))) next++;
  return next;
}

function skipSpaceAndMarks(text: string, at: number, end: number): number {
  let next = at;
  while (next < end && (isSpace(text.charCodeAt(next)) || isMark(text.charCodeAt(next)))) next++;
  return next;
}

/** `*`, `_` and `\`: emphasis marks and escapes. */
function isMark(code: number): boolean {
  return code === 42 || code === 95 || code === 92;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
