import type { ParsedDocument } from '../document';
import { findPlaceholders, mayHoldPlaceholder } from '../text/placeholders';

export interface SectionText {
  /** The section's text without sub-headings or HTML comments, trimmed; only the first part of a long section. */
  readonly text: string;
  /** Offsets of the first and past the last character of that text, when there is any. */
  readonly start: number;
  readonly end: number;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** More text than any bare negative needs; longer sections keep only their first part. */
const KEPT_LENGTH = 400;

/**
 * The text of the section a heading opens, sub-sections included, headings
 * excluded: whether there is any, where it starts and ends, and its first
 * KEPT_LENGTH characters (all that the checks read of it).
 */
export function sectionText(document: ParsedDocument, headingIndex: number): SectionText {
  const { lines, headings } = document;
  const heading = headings[headingIndex]!;
  const end = document.sectionEnd(headingIndex);
  let kept = '';
  let start = -1;
  let last = -1;
  let line = heading.endLine;
  for (let next = headingIndex + 1; line < end; next++) {
    const stop = Math.min(headings[next]?.line ?? end, end);
    if (stop > line) {
      const from = lines.lineStart(line);
      const to = lines.lineEnd(stop - 1);
      const chunk = lines.text.slice(from, to).replace(COMMENT, (comment) => ' '.repeat(comment.length));
      const lead = chunk.search(/\S/);
      if (lead !== -1) {
        if (start === -1) start = from + lead;
        last = from + chunk.trimEnd().length;
        if (kept.length < KEPT_LENGTH) kept = (kept === '' ? '' : kept + '\n') + chunk.trim().slice(0, KEPT_LENGTH);
      }
    }
    line = headings[next]?.endLine ?? end;
  }
  return { text: kept, start, end: last };
}

/** Longer than any bare negative, with its numbering, markup, a pointer or a fill-in reason such as "[Insert the reason]". */
const MAX_BARE_NEGATIVE_LENGTH = 360;

/** Longer than any bare negative without a fill-in: "10.1.2 **None arising from this report** – see above." */
const MAX_PLAIN_NEGATIVE_LENGTH = 90;

/** What a section says when it says there is nothing (docs/format.md, "When 'None' is enough"), as words with punctuation, markup and case set aside. */
const NEGATIVES = [
  'none',
  'na',
  'nil',
  'no',
  'not applicable',
  'none arising',
  'none identified',
  'none known',
  'none at this stage',
  'none directly',
  'none arising from this report',
  'no implications',
  'no direct implications',
  'there are none',
].map((phrase) => phrase.split(' '));
/** Pointers that point nowhere in particular: they give no reason. "See paragraph 4.3" does. */
const VAGUE_POINTERS = new Set(['see above', 'see below', 'as above']);

/** A paragraph's own number or letter before its text: `10.1`, `3.`, `(a)`, `iv)`, after any list or quote marker. */
const PARAGRAPH_NUMBERING =
  /^[ \t]*(?:[>*+-][ \t]+){0,3}(?:\d{1,4}(?:\.\d{1,4}){0,4}[.)]?|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\)|(?:[a-z]|[ivx]{1,5})[.)])[ \t]+/iu;
/** The first word of every negative (none, na, n/a, nil, no, not, there), after any markup. */
const OPENS_NEGATIVE = /^[^\p{L}\p{N}]{0,12}(?:none|n[/.]?a|nil|no|not|there)(?![\p{L}\p{N}])/iu;
/** A word as the negatives are written: `N/A`, `n.a.`, `None`. */
const WORD = /[\p{L}\p{N}]+(?:[/.'\u2019][\p{L}\p{N}]+)*/gu;
/** What may stand between a negative and its reason: a stop, colon, dash or comma, then "because", "as" or "since". */
const CONNECTIVE = /^[\s:;,.\u2013\u2014-]{0,8}(?:(?:because|as|since)(?![\p{L}\p{N}]))?/iu;

export interface BareNegative {
  /** Where the negative starts in the text: after any paragraph numbering, which the standard wording keeps. */
  readonly start: number;
  /** It gives a "reason" that is itself still a fill-in: "None because …", "None as [Insert reason]". */
  readonly placeholderReason: boolean;
}

/**
 * Reads a section's whole text as a bare negative (docs/format.md): less
 * paragraph numbering (`10.1 None.`), punctuation, markup and case, it is one
 * of NEGATIVES, alone or followed only by a vague pointer ("None – see
 * above.") or by a reason that is itself a fill-in ("None because …").
 * "None – the proposal changes no service" gives a reason and is not bare;
 * nor is "None: see paragraph 4.3", which points somewhere.
 */
export function readBareNegative(text: string): BareNegative | undefined {
  // The longest bare negative with generous markup is far shorter than this.
  if (text.length > MAX_BARE_NEGATIVE_LENGTH || (text.length > MAX_PLAIN_NEGATIVE_LENGTH && !mayHoldPlaceholder(text)))
    return undefined;
  const start = PARAGRAPH_NUMBERING.exec(text)?.[0].length ?? 0;
  // Every negative opens with one of a few words: most short sections are passed over before their words are read.
  if (!OPENS_NEGATIVE.test(text.slice(start, start + 40))) return undefined;
  // Only the first words matter: the longest negative, then at most a two-word pointer; one more word says there is more.
  const words: { word: string; end: number }[] = [];
  for (const match of text.slice(start).matchAll(WORD)) {
    words.push({
      word: match[0].toLowerCase().replace(/[/.'\u2019]/g, ''),
      end: start + match.index + match[0].length,
    });
    if (words.length > LONGEST_NEGATIVE + 2) break;
  }
  const taken = longestNegative(words.map((word) => word.word));
  if (taken === 0) return undefined;
  const rest = words
    .slice(taken)
    .map((word) => word.word)
    .join(' ');
  if (rest === '' || VAGUE_POINTERS.has(rest)) return { start, placeholderReason: false };
  const after = text.slice(words[taken - 1]!.end);
  return isFillIn(after) ? { start, placeholderReason: true } : undefined;
}

const LONGEST_NEGATIVE = Math.max(...NEGATIVES.map((negative) => negative.length));

/** True when the text is a bare negative (`readBareNegative`). */
export function isBareNegative(text: string): boolean {
  return readBareNegative(text) !== undefined;
}

/** How many of the first words make the longest negative they open with (0: none). */
function longestNegative(words: readonly string[]): number {
  let longest = 0;
  for (const negative of NEGATIVES) {
    if (negative.length > longest && negative.every((word, index) => words[index] === word)) longest = negative.length;
  }
  return longest;
}

/**
 * Whether what follows a negative is a reason left to fill in: after a
 * connective, no words but those of the fill-ins that `placeholder-left`
 * finds; an ellipsis (`…`, `...`) has none.
 */
function isFillIn(after: string): boolean {
  const reason = after.slice(CONNECTIVE.exec(after)![0].length);
  // A reason with words and none of the fill-ins' marks is a reason: most are passed over here.
  if (/[\p{L}\p{N}]/u.test(reason) && !mayHoldPlaceholder(reason)) return false;
  let left = reason;
  for (const placeholder of findPlaceholders(reason).reverse())
    left = left.slice(0, placeholder.start) + left.slice(placeholder.end);
  // Nothing but the connective ("None because …", "None because.") or fill-ins is left.
  return !/[\p{L}\p{N}]/u.test(left);
}
