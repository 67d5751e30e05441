import { maskInlineSyntax } from '../parse/inline-scan';

/** A fill-in left for the author, at block-local offsets. */
export interface Placeholder {
  readonly start: number;
  readonly end: number;
  /** As written, on one line, for the message. */
  readonly text: string;
}

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

/**
 * The fill-ins in one block of Markdown prose (a paragraph or a heading), in
 * order, never in code or HTML. Shared by `placeholder-left` and by the
 * checks that must not take a fill-in for real text (a "reason" that is
 * itself a placeholder).
 */
export function findPlaceholders(raw: string): Placeholder[] {
  // Each pattern runs only where its cheap marker is: most paragraphs have none of them.
  const hasBracket = raw.includes('[');
  const hasToBe = MAYBE_TO_BE.test(raw);
  const hasXX = raw.includes('XX');
  if (!hasBracket && !hasToBe && !hasXX) return [];
  const masked = maskInlineSyntax(raw);
  const found: Placeholder[] = [];

  // Brackets are read in the raw text so that an escaped `\[Insert wards\]`
  // (as Word-to-Markdown converters write it) still counts; a bracket whose
  // words were masked (in a code span, comment or HTML) does not.
  for (const match of hasBracket ? raw.matchAll(BRACKET_PROMPT) : []) {
    const open = match.index;
    const close = open + match[0].length;
    const last = raw[close - 2] === '\\' ? close - 3 : close - 2;
    if (masked[open + 1] !== raw[open + 1] || masked[last] !== raw[last]) continue;
    const from = raw[open - 1] === '\\' ? open - 1 : open;
    found.push({ start: from, end: close, text: oneLine(raw.slice(from, close)) });
  }
  for (const match of hasToBe ? masked.matchAll(TO_BE_CONFIRMED) : []) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  for (const match of hasXX ? masked.matchAll(X_FIGURE) : []) {
    if (!match[0].includes('XX')) continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return outermost(found);
}

/** A `[TBC]` or `[Insert £XX]` is one placeholder: keep the outermost of those that overlap. */
function outermost(found: Placeholder[]): Placeholder[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Placeholder[] = [];
  let keptEnd = -1;
  for (const placeholder of found) {
    if (placeholder.start < keptEnd) continue;
    kept.push(placeholder);
    keptEnd = placeholder.end;
  }
  return kept;
}

/** The placeholder as the officer wrote it, unescaped and on one line, for the message. */
function oneLine(written: string): string {
  return written.replace(/\\(?=[[\]])/g, '').replace(/\s+/g, ' ');
}
