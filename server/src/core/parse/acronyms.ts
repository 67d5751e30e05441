import type { ParsedDocument } from '../document';
import { definitionAt } from './acronym-definition';
import { maskInlineSyntax } from './inline-scan';
import { NOT_ACRONYMS } from './known-acronyms';
import type { ProseBlock } from './markdown';
import {
  citationRanges,
  continuesRun,
  headingRanges,
  isCapitalWord,
  merged,
  namesDocumentPart,
  shoutedSegments,
  type Ranges,
} from './not-acronyms';

/**
 * Finds the acronyms a document's prose uses, for `acronym-undefined` and the
 * acronym hover, so both agree on what an acronym is and what spells it out.
 *
 * What counts as an acronym (see `acronymOf`):
 * - a word of ASCII letters, 2+ of them capitals, capitals outnumbering small
 *   letters, starting with a capital: SEND, EHCP, DfE, CiCC (not Ofsted, Covid,
 *   McDonald, PowerPoint);
 * - `&` inside a word joins it into one acronym (T&FG, O&S, A&E, DoP&D), and
 *   so does `/` between single letters (N/A); longer parts joined by `/` are
 *   read part by part (LGA/ICB), as hyphenated words are (non-EU);
 * - a plural or possessive is a use of its acronym: LAs, EHCPs, DfE's, LAs';
 * - anything with a digit is an ID or a code (F1, R12, S106, COVID-19), and a
 *   word joined by `/` with a part in small letters is a file reference
 *   (comms/O&S3/010);
 * - not Roman numerals written with I, V, X, L (Part II, XIV), not X runs,
 *   not the words of `NOT_ACRONYMS` (RESOLVED, NA, TBC, NOT, ...);
 * - not where docs/format.md ("Acronyms") says capitals are no acronyms
 *   (`not-acronyms.ts`): a heading's numbering, a heading in capitals, a line
 *   or table cell without small letters, a run of three or more words in
 *   capitals (`REPORT TO CABINET` in a sentence), the code of a document,
 *   appendix, annex or table (`Appendix AB`), the parts of a legal citation;
 * - not in code, HTML, comments, autolinks, link destinations, bare URLs or
 *   e-mail addresses, nor a word followed by a dot and a letter (README.md),
 *   nor in the front matter.
 *
 * Uses in headings are visited as labels (`label`): the check does not take
 * them for first uses. So are definitions in shouted text, which is otherwise
 * skipped (`SPECIAL EDUCATIONAL NEEDS (SEN)`). What spells an acronym out is
 * in `acronym-definition.ts`.
 */

/** Where a use spells its acronym out. Offsets are the document's. */
export interface AcronymDefinition {
  /** The full name, on one line: "Department for Education". */
  readonly expansion: string;
  /** The whole definition: "Department for Education (DfE)" or "SEND (special … disabilities)". */
  readonly start: number;
  readonly end: number;
}

/** One use of an acronym in the prose. */
export class AcronymUse {
  constructor(
    readonly acronym: string,
    /** Document offsets of the acronym itself (LA in LAs'). */
    readonly start: number,
    readonly end: number,
    /** Where the word it is written in ends (after LAs'). */
    readonly wordEnd: number,
    /**
     * In a heading, or spelling the acronym out in shouted text: a label,
     * which may spell the acronym out but is not a use in the text.
     */
    readonly label: boolean,
    private readonly masked: string,
    private readonly blockStart: number,
  ) {}

  /**
   * How this use spells its acronym out, if it does. Worked out only when
   * asked, at a bounded cost (the text within a few hundred characters).
   */
  definition(): AcronymDefinition | undefined {
    const found = definitionAt(this.masked, this.acronym, this.start - this.blockStart, this.wordEnd - this.blockStart);
    return (
      found && { expansion: found.expansion, start: this.blockStart + found.start, end: this.blockStart + found.end }
    );
  }
}

/** Whether to go on after a use: false stops the scan. */
type Visit = (use: AcronymUse) => boolean | void;

/**
 * Calls `visit` with each acronym use in the prose (headings included, in
 * document order), or in the given blocks only; stops when it returns false.
 */
export function scanAcronyms(
  document: ParsedDocument,
  visit: Visit,
  blocks: readonly ProseBlock[] = document.markdown.prose,
): void {
  const { lines } = document;
  for (const block of blocks) {
    const raw = lines.textOfLines(block.startLine, block.endLine);
    // Most paragraphs hold no word with two capitals close together: skip them before any masking.
    if (!MAYBE_ACRONYM.test(raw)) continue;
    const masked = maskProse(maskInlineSyntax(raw));
    const heading = block.kind === 'heading';
    const skipped = heading ? headingRanges(masked) : merged([...shoutedSegments(masked), ...citationRanges(masked)]);
    if (!scanBlock(masked, lines.lineStart(block.startLine), heading, skipped, visit)) return;
  }
}

/** Two capitals with at most three small letters (or an `&` or `/`) between them: every acronym has such a pair (SEND, DfE, CiCC, SuDS, A&E). */
const MAYBE_ACRONYM = /[A-Z][a-z&/]{0,3}[A-Z]/;
/** A word: letters and digits, joined by hyphens, apostrophes, `&` or `/`, maybe a closing apostrophe (LAs'). */
const WORD = /[\p{L}\p{N}]+(?:['’&/-][\p{L}\p{N}]+)*['’]?/gu;
const CAPITALS = /[A-Z][^A-Z]*[A-Z]/;
const DIGIT = /\p{N}/u;

/**
 * One block's uses, in order. Words in capitals wait (at most two of them)
 * until their run ends: a run of three or more is shouted, not acronyms.
 * Returns false when the visitor stopped the scan.
 */
function scanBlock(masked: string, blockStart: number, heading: boolean, skipped: Ranges, visit: Visit): boolean {
  let skip = 0;
  let run = 0;
  let runEnd = 0;
  let waiting: AcronymUse[] | undefined;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(masked); match; match = WORD.exec(masked)) {
    const token = match[0];
    const at = match.index;
    const capital = isCapitalWord(token);
    if (capital && run > 0 && continuesRun(masked, runEnd, at)) run++;
    else {
      if (waiting && run < 3 && !visitEach(waiting, visit)) return false;
      waiting = undefined;
      run = capital ? 1 : 0;
    }
    if (capital) runEnd = at + token.length;
    if (run >= 3) {
      waiting = undefined;
      continue;
    }
    if (!CAPITALS.test(token) || DIGIT.test(token) || namesDocumentPart(masked, at)) continue;
    while (skip < skipped.length && skipped[skip]![1] <= at) skip++;
    const shouted = skip < skipped.length && skipped[skip]![0] <= at;
    for (const [partStart, part] of acronymParts(token)) {
      const partEnd = at + partStart + part.length;
      // A file or domain name (README.md) is not prose.
      const acronym = masked[partEnd] === '.' && /\p{L}/u.test(masked[partEnd + 1] ?? '') ? undefined : acronymOf(part);
      if (!acronym) continue;
      const use = new AcronymUse(
        acronym,
        blockStart + at + partStart,
        blockStart + at + partStart + acronym.length,
        blockStart + partEnd,
        heading || shouted,
        masked,
        blockStart,
      );
      // Shouted text is no use of an acronym, but it may spell one out: `SPECIAL EDUCATIONAL NEEDS (SEN)`.
      if (shouted && !use.definition()) continue;
      if (capital) (waiting ??= []).push(use);
      else if (!visitEach([use], visit)) return false;
    }
  }
  return run >= 3 || !waiting || visitEach(waiting, visit);
}

/** Visits the uses in order; false when the visitor stops the scan. The visitor may scan again (WORD is shared): this scan carries on where it was. */
function visitEach(uses: readonly AcronymUse[], visit: Visit): boolean {
  const lastIndex = WORD.lastIndex;
  for (const use of uses) if (visit(use) === false) return false;
  WORD.lastIndex = lastIndex;
  return true;
}

/**
 * The parts of a word that may each be an acronym, with their offsets in it:
 * hyphenated parts one by one (non-EU), and parts joined by `/` one by one
 * (LGA/ICB) unless each is a single letter (N/A). None for a file reference
 * (comms/O&S3/010, docs/LGA): a `/` with a part in small letters.
 */
function acronymParts(word: string): [number, string][] {
  const parts: [number, string][] = [];
  const slashed = word.includes('/');
  if (slashed && word.split('/').some((part) => !/[A-Z]/.test(part))) return parts;
  let start = 0;
  for (const hyphenated of word.split('-')) {
    const pieces = slashed ? hyphenated.split('/') : [hyphenated];
    if (pieces.length === 1 || pieces.every((piece) => piece.replace(/['’]s?$/, '').length === 1))
      parts.push([start, hyphenated]);
    else {
      let pieceStart = start;
      for (const piece of pieces) {
        parts.push([pieceStart, piece]);
        pieceStart += piece.length + 1;
      }
    }
    start += hyphenated.length + 1;
  }
  return parts;
}

/** Letters, maybe joined by `&` or `/` (T&FG, N/A). */
const LETTERS = /^[A-Za-z]+(?:[&/][A-Za-z]+)*$/;
const ROMAN = /^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const X_RUN = /^X+$/;

/** The acronym a word (one part of a hyphenated word) uses, if it is one. */
function acronymOf(part: string): string | undefined {
  let word = part;
  if (/['’]s$/.test(word)) word = word.slice(0, -2);
  else if (/['’]$/.test(word)) word = word.slice(0, -1);
  if (word.length < 2 || !LETTERS.test(word)) return undefined;
  let acronym: string | undefined;
  if (
    word.length >= 3 &&
    word.endsWith('s') &&
    isUpper(word.charCodeAt(word.length - 2)) &&
    isAcronym(word.slice(0, -1))
  )
    acronym = word.slice(0, -1);
  else if (isAcronym(word)) acronym = word;
  if (!acronym || ROMAN.test(acronym) || X_RUN.test(acronym) || NOT_ACRONYMS.has(acronym)) return undefined;
  return acronym;
}

/** Starts with a capital; two or more capitals, more of them than small letters (`&` and `/` are neither). */
function isAcronym(word: string): boolean {
  if (!isUpper(word.charCodeAt(0))) return false;
  let upper = 0;
  let lower = 0;
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (isUpper(code)) upper++;
    else if (code >= 97 && code <= 122) lower++;
  }
  return upper >= 2 && upper > lower;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Blanks link destinations `](...)`, bare URLs and e-mail addresses, keeping offsets. */
function maskProse(text: string): string {
  let out: string[] | undefined;
  const blank = (from: number, to: number) => {
    out ??= text.split('');
    for (let at = from; at < to; at++) if (out[at] !== '\n' && out[at] !== '\r') out[at] = ' ';
  };
  for (let at = text.indexOf(']('); at !== -1; at = text.indexOf('](', at + 1)) {
    const close = text.indexOf(')', at + 2);
    if (close === -1) break;
    blank(at + 2, close);
    at = close;
  }
  BARE_URL.lastIndex = 0;
  for (let match = BARE_URL.exec(text); match; match = BARE_URL.exec(text))
    blank(match.index, match.index + match[0].length);
  let previous = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > previous && /[\w.+-]/.test(text[from - 1]!)) from--;
    let to = at + 1;
    while (to < text.length && /[\w.-]/.test(text[to]!)) to++;
    if (from < at && text.slice(at + 1, to).includes('.')) blank(from, to);
    previous = at + 1;
  }
  return out ? out.join('') : text;
}

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]*/gi;
