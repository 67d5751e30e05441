import type { ParsedDocument } from '../document';
import { maskInlineSyntax } from '../parse/inline-scan';
import type { DocumentCheck } from './check';
import { offsetsRange } from './positions';

/**
 * A bracket that opens with a template prompt: `[Insert wards]`, `[Delete as
 * appropriate]`, `[Report title]`, `[Name of officer]`, `[Date]`, `[TBC]`.
 * The contents are bounded and exclude brackets, so each `[` costs at most
 * one bounded scan. A bracket may wrap onto the next line of its paragraph.
 */
const BRACKET_PROMPT = /\[(?:insert|delete|add|enter|report title|name of|name(?=\])|date|tbc|tba|tbd|to be confirmed|to be agreed)\b[^[\]]{0,300}\]/giu;

/** `TBC`, `TBA`, `TBD` as whole words, in any case. */
const TO_BE_CONFIRMED = /(?<![\p{L}\p{N}_])(?:tbc|tba|tbd)(?![\p{L}\p{N}_])/giu;

/**
 * A figure or date written with X for its digits: `XX`, `XXX`, `£XX,XXX`,
 * `XX/XX/2026`, `20XX`. Digit-and-X groups joined by single separators;
 * the separators are outside the group's class, so matching is linear.
 * A token with a letter other than X touching it (`XXL`, `XXI`) is a word.
 */
const X_FIGURE = /(?<![\p{L}\p{N}_])[\dX]+(?:[,./:-][\dX]+)*(?![\p{L}\p{N}_])/gu;

const MAYBE_TO_BE = /tb[acd]/i;

interface Placeholder {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export const placeholderLeft: DocumentCheck = {
  code: 'placeholder-left',
  defaultSeverity: 'warning',
  description: "A template prompt such as '[Insert ...]', 'TBC' or 'XX' is left in the text.",
  run({ document }, report) {
    for (const placeholder of findPlaceholders(document)) {
      report({
        range: offsetsRange(document, placeholder.start, placeholder.end),
        message: `'${placeholder.text}' is a template prompt left in the text: replace it with the real wording or remove it.`,
      });
    }
  },
};

/** Placeholders in the prose (paragraphs and headings), in document order, never in code or HTML. */
function findPlaceholders(document: ParsedDocument): Placeholder[] {
  const { lines } = document;
  const found: Placeholder[] = [];
  let scannedTo = 0;
  for (const block of document.markdown.prose) {
    const startLine = Math.max(block.startLine, scannedTo);
    if (startLine >= block.endLine) continue;
    scannedTo = block.endLine;
    const start = lines.lineStart(startLine);
    const raw = lines.textOfLines(startLine, block.endLine);
    // Each pattern runs only where its cheap marker is: most paragraphs have none of them.
    const hasBracket = raw.includes('[');
    const hasToBe = MAYBE_TO_BE.test(raw);
    const hasXX = raw.includes('XX');
    if (!hasBracket && !hasToBe && !hasXX) continue;
    const masked = maskInlineSyntax(raw);
    const inBlock: Placeholder[] = [];

    // Brackets are read in the raw text so that an escaped `\[Insert wards\]`
    // (as Word-to-Markdown converters write it) still counts; a bracket whose
    // words were masked (in a code span, comment or HTML) does not.
    for (const match of hasBracket ? raw.matchAll(BRACKET_PROMPT) : []) {
      const open = match.index;
      const close = open + match[0].length;
      const last = raw[close - 2] === '\\' ? close - 3 : close - 2;
      if (masked[open + 1] !== raw[open + 1] || masked[last] !== raw[last]) continue;
      const from = raw[open - 1] === '\\' ? open - 1 : open;
      inBlock.push({ start: start + from, end: start + close, text: oneLine(raw.slice(from, close)) });
    }
    for (const match of hasToBe ? masked.matchAll(TO_BE_CONFIRMED) : []) {
      inBlock.push({ start: start + match.index, end: start + match.index + match[0].length, text: match[0] });
    }
    for (const match of hasXX ? masked.matchAll(X_FIGURE) : []) {
      if (!match[0].includes('XX')) continue;
      inBlock.push({ start: start + match.index, end: start + match.index + match[0].length, text: match[0] });
    }

    // A `[TBC]` or `[Insert £XX]` is one placeholder: keep the outermost.
    inBlock.sort((a, b) => a.start - b.start || b.end - a.end);
    let keptEnd = -1;
    for (const placeholder of inBlock) {
      if (placeholder.start < keptEnd) continue;
      found.push(placeholder);
      keptEnd = placeholder.end;
    }
  }
  return found;
}

/** The placeholder as the officer wrote it, unescaped and on one line, for the message. */
function oneLine(written: string): string {
  return written.replace(/\\(?=[[\]])/g, '').replace(/\s+/g, ' ');
}
