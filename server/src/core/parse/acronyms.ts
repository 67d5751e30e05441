import { NOT_ACRONYMS } from '../checks/known-acronyms';
import type { ParsedDocument } from '../document';
import type { ProseBlock } from './markdown';
import { maskInlineSyntax } from './inline-scan';

/**
 * Finds the acronyms a document's prose uses, for `acronym-undefined` and the
 * acronym hover, so both agree on what an acronym is and what spells it out.
 *
 * What counts as an acronym (see `acronymOf`):
 * - a word of ASCII letters, 2+ of them capitals, capitals outnumbering small
 *   letters, starting with a capital: SEND, EHCP, DfE, CiCC (not Ofsted, Covid,
 *   McDonald, PowerPoint);
 * - a plural or possessive is a use of its acronym: LAs, EHCPs, DfE's, LAs';
 * - a hyphenated word is read part by part (non-EU), unless any part holds a
 *   digit: anything with a digit is an ID or a code (F1, R12, S106, COVID-19);
 * - not Roman numerals written with I, V, X, L (Part II, XIV), not X runs and
 *   placeholders (XX, TBC, TBA, TBD: `placeholder-left` reports those), not a
 *   few ordinary words written in capitals for emphasis (NOT, MUST, ...);
 * - not in shouted text: a heading with no small letters at all, or a
 *   paragraph line (or table cell) with no small letters and 2+ words
 *   ("EXEMPT INFORMATION");
 * - not in code, HTML, comments, autolinks, link destinations, bare URLs or
 *   e-mail addresses, nor a word followed by a dot and a letter (README.md),
 *   nor in the front matter.
 *
 * A definition is the acronym in parentheses right after words whose initials
 * spell it, "Department for Education (DfE)", or followed by parentheses
 * opening with such words, "SEND (special educational needs and disabilities)".
 * The fit is loose: the acronym's letters, in order, must each be a word's
 * initial or a later letter of the word whose initial came just before
 * (Sustainable Drainage Systems (SuDS)); other words may come between.
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
    private readonly masked: string,
    private readonly blockStart: number,
  ) {}

  /**
   * How this use spells its acronym out, if it does. Worked out only when
   * asked: the check asks at first uses only, so its cost does not grow with
   * the number of uses.
   */
  definition(): AcronymDefinition | undefined {
    const found = definitionAt(this.masked, this.acronym, this.start - this.blockStart, this.wordEnd - this.blockStart);
    return found && { expansion: found.expansion, start: this.blockStart + found.start, end: this.blockStart + found.end };
  }
}

/**
 * Calls `visit` with each acronym use in the prose (headings included, in
 * document order), or in the given blocks only; stops when it returns false.
 */
export function scanAcronyms(document: ParsedDocument, visit: (use: AcronymUse) => boolean | void, blocks: readonly ProseBlock[] = document.markdown.prose): void {
  const { lines } = document;
  for (const block of blocks) {
    const start = lines.lineStart(block.startLine);
    const raw = lines.textOfLines(block.startLine, block.endLine);
    // Most paragraphs hold no word with two capitals close together: skip them before any masking.
    if (!MAYBE_ACRONYM.test(raw)) continue;
    const masked = maskProse(maskInlineSyntax(raw));
    const shouted = shoutedRanges(masked, block.kind === 'heading');
    let shout = 0;
    WORD.lastIndex = 0;
    for (let match = WORD.exec(masked); match; match = WORD.exec(masked)) {
      const token = match[0];
      if (!CAPITALS.test(token) || DIGIT.test(token)) continue;
      while (shout < shouted.length && shouted[shout]![1] <= match.index) shout++;
      if (shout < shouted.length && shouted[shout]![0] <= match.index) continue;
      let partStart = match.index;
      for (const part of token.split('-')) {
        const partEnd = partStart + part.length;
        // A file or domain name (README.md) is not prose.
        const acronym = masked[partEnd] === '.' && /\p{L}/u.test(masked[partEnd + 1] ?? '') ? undefined : acronymOf(part);
        if (acronym) {
          const lastIndex = WORD.lastIndex;
          const goOn = visit(new AcronymUse(acronym, start + partStart, start + partStart + acronym.length, start + partEnd, masked, start));
          if (goOn === false) return;
          // The visitor may scan again (WORD is shared): carry on from here.
          WORD.lastIndex = lastIndex;
        }
        partStart = partEnd + 1;
      }
    }
  }
}

/** Two capitals with at most three small letters between them: every acronym has such a pair (SEND, DfE, CiCC, SuDS). */
const MAYBE_ACRONYM = /[A-Z][a-z]{0,3}[A-Z]/;
/** A word: letters and digits, joined by hyphens or apostrophes, maybe a closing apostrophe (LAs'). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*['’]?/gu;
const CAPITALS = /[A-Z][^A-Z]*[A-Z]/;
const DIGIT = /\p{N}/u;
const LETTERS = /^[A-Za-z]+$/;
const LOWER = /\p{Ll}/u;
const ROMAN = /^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const X_RUN = /^X+$/;

/** The acronym a word (one part of a hyphenated word) uses, if it is one. */
function acronymOf(part: string): string | undefined {
  let word = part;
  if (/['’]s$/.test(word)) word = word.slice(0, -2);
  else if (/['’]$/.test(word)) word = word.slice(0, -1);
  if (word.length < 2 || !LETTERS.test(word)) return undefined;
  let acronym: string | undefined;
  if (word.length >= 3 && word.endsWith('s') && isUpper(word.charCodeAt(word.length - 2)) && isAcronym(word.slice(0, -1))) acronym = word.slice(0, -1);
  else if (isAcronym(word)) acronym = word;
  if (!acronym || ROMAN.test(acronym) || X_RUN.test(acronym) || NOT_ACRONYMS.has(acronym)) return undefined;
  return acronym;
}

function isAcronym(word: string): boolean {
  if (word.length < 2 || !isUpper(word.charCodeAt(0))) return false;
  let upper = 0;
  for (let at = 0; at < word.length; at++) if (isUpper(word.charCodeAt(at))) upper++;
  return upper >= 2 && upper > word.length - upper;
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
  for (let match = BARE_URL.exec(text); match; match = BARE_URL.exec(text)) blank(match.index, match.index + match[0].length);
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

/**
 * Block-local [start, end) ranges of shouted text: the whole of a heading with
 * no small letters, or a paragraph line or table cell with no small letters and
 * two or more words of two or more letters.
 */
function shoutedRanges(masked: string, heading: boolean): [number, number][] {
  if (heading) return LOWER.test(masked) ? [] : [[0, masked.length]];
  const ranges: [number, number][] = [];
  let segmentStart = 0;
  for (let at = 0; at <= masked.length; at++) {
    const code = at < masked.length ? masked.charCodeAt(at) : 10;
    if (code !== 10 && code !== 124 /* | */) continue;
    const segment = masked.slice(segmentStart, at);
    if (!LOWER.test(segment) && (segment.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2) ranges.push([segmentStart, at]);
    segmentStart = at + 1;
  }
  return ranges;
}

/** How far around an acronym to look for its full name. */
const REACH = 400;
const NAME_WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

interface NameWord {
  readonly text: string;
  /** Offsets in the block. */
  readonly start: number;
  readonly end: number;
}

/** Block-local: the use at [start, end) read as "Full Name (ABC)" or "ABC (Full Name)". */
function definitionAt(text: string, acronym: string, start: number, end: number): { expansion: string; start: number; end: number } | undefined {
  const maxWords = acronym.length + 6;
  let before = start - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  let after = end;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  const next = text[after];
  if (text[before] === '(' && (next === ')' || next === ',' || next === ';')) {
    const words = nameWords(text, Math.max(0, before - REACH), before).slice(-maxWords);
    const fitsFrom = fitting(acronym, words);
    if (fitsFrom(0)) {
      // The shortest run of words ending at the bracket that still fits, from a word with the right initial:
      // "the Department for Education (DfE)" names "Department for Education".
      const initial = acronym[0]!.toLowerCase();
      let from = words.length - 1;
      while (from > 0 && !(words[from]!.text[0]!.toLowerCase() === initial && fitsFrom(from))) from--;
      return { expansion: joined(text, words.slice(from)), start: words[from]!.start, end: next === ')' ? after + 1 : end };
    }
  }
  if (next === '(') {
    // Look for the `)` within reach only: a search to the end, for each of many acronyms, is quadratic.
    const reach = Math.min(text.length, after + REACH);
    const close = text.slice(after, reach).indexOf(')');
    const words = nameWords(text, after + 1, close === -1 ? reach : after + close).slice(0, maxWords);
    if (fitting(acronym, words)(0)) return { expansion: joined(text, words), start, end: close === -1 ? words.at(-1)!.end : after + close + 1 };
  }
  return undefined;
}

function nameWords(text: string, from: number, to: number): NameWord[] {
  const words: NameWord[] = [];
  const slice = text.slice(from, to);
  NAME_WORD.lastIndex = 0;
  for (let match = NAME_WORD.exec(slice); match; match = NAME_WORD.exec(slice)) words.push({ text: match[0], start: from + match.index, end: from + match.index + match[0].length });
  return words;
}

/** The words as written, emphasis marks dropped and line breaks made spaces. */
function joined(text: string, words: readonly NameWord[]): string {
  return text
    .slice(words[0]!.start, words.at(-1)!.end)
    .replace(/[*_]+/g, '')
    .replace(/\s+/g, ' ');
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/**
 * Whether the acronym's letters, in order, can each be taken as the initial of
 * one of the words (in order, others skipped) or as a later letter of the word
 * whose initial was taken just before: "Children in Care Council" fits CiCC,
 * "Sustainable Drainage Systems" fits SuDS. Answers for the words from any
 * one on, so finding the shortest run that fits costs no more than one answer.
 *
 * One table, filled from the last word back: cell (letter, word) says whether
 * the letters from that one on fit the words from that one on. A cell costs
 * its word's length, a call the acronym's length times the words' (a search
 * from each word, tried again for each shorter run, took 0.7 seconds for a
 * 200-letter acronym after 200 one-letter words).
 */
function fitting(acronym: string, words: readonly NameWord[]): (from: number) => boolean {
  const letters = acronym.toLowerCase();
  const lower = words.map((word) => word.text.toLowerCase());
  // Each letter takes a character of the words: more letters than characters cannot fit (and a table for them would be large).
  if (letters.length > lower.reduce((sum, word) => sum + word.length, 0)) return () => false;
  const width = lower.length + 1;
  const fits = new Uint8Array((letters.length + 1) * width);
  fits.fill(1, letters.length * width);
  let characters = 0;
  for (let index = lower.length - 1; index >= 0; index--) {
    const word = lower[index]!;
    characters += word.length;
    // Nor can the letters from `letter` on fit these words when they have fewer characters: those cells stay false.
    for (let letter = letters.length - 1; letter >= Math.max(0, letters.length - characters); letter--) {
      let found = fits[letter * width + index + 1]!;
      if (!found && word[0] === letters[letter]) {
        // This word's initial takes the letter; later letters of the word may take the next ones.
        let next = letter + 1;
        found = fits[next * width + index + 1]!;
        for (let position = 1; !found && next < letters.length; next++) {
          const at = word.indexOf(letters[next]!, position);
          if (at === -1) break;
          position = at + 1;
          found = fits[(next + 1) * width + index + 1]!;
        }
      }
      fits[letter * width + index] = found;
    }
  }
  return (from) => fits[from]! === 1;
}
