/**
 * Whether a use of an acronym spells it out: "Full Name (ABC)" or
 * "ABC (Full Name)". Used by `parse/acronyms.ts` for `acronym-undefined` and
 * the acronym hover.
 *
 * The fit is loose: the acronym's letters, in order, must each be a word's
 * initial or a later letter of the word whose initial came just before
 * (Sustainable Drainage Systems (SuDS)); other words may come between. The
 * `&` and `/` inside an acronym (P&GS, N/A) are not letters to fit: "Parks
 * and Greenspaces Service (P&GS)" spells P&GS out. A fill-in written in
 * square brackets, "[Insert the full name] (ABC)", as the "Spell out"
 * quick fix leaves it, spells nothing out.
 */

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
export function definitionAt(
  text: string,
  acronym: string,
  start: number,
  end: number,
): { expansion: string; start: number; end: number } | undefined {
  const letters = acronym.replace(JOINERS, '');
  const maxWords = letters.length + 6;
  let before = start - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  let after = end;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  const next = text[after];
  if (text[before] === '(' && (next === ')' || next === ',' || next === ';') && !afterFillIn(text, before)) {
    const words = nameWords(text, Math.max(0, before - REACH), before).slice(-maxWords);
    const fitsFrom = fitting(letters, words);
    if (fitsFrom(0)) {
      // The shortest run of words ending at the bracket that still fits, from a word with the right initial:
      // "the Department for Education (DfE)" names "Department for Education".
      const initial = acronym[0]!.toLowerCase();
      let from = words.length - 1;
      while (from > 0 && !(words[from]!.text[0]!.toLowerCase() === initial && fitsFrom(from))) from--;
      return {
        expansion: joined(text, words.slice(from)),
        start: words[from]!.start,
        end: next === ')' ? after + 1 : end,
      };
    }
  }
  if (next === '(') {
    // Look for the `)` within reach only: a search to the end, for each of many acronyms, is quadratic.
    const reach = Math.min(text.length, after + REACH);
    const close = text.slice(after, reach).indexOf(')');
    const words = nameWords(text, after + 1, close === -1 ? reach : after + close, maxWords);
    if (fitting(letters, words)(0))
      return { expansion: joined(text, words), start, end: close === -1 ? words.at(-1)!.end : after + close + 1 };
  }
  return undefined;
}

/** The `&` and `/` that join an acronym's letters (T&FG, N/A). */
const JOINERS = /[&/]/g;

/** Whether the bracket at `open` follows a fill-in in square brackets: "[Insert the full name] (ABC)" names nothing yet. */
function afterFillIn(text: string, open: number): boolean {
  let at = open - 1;
  while (at >= 0 && isSpace(text.charCodeAt(at))) at--;
  return text[at] === ']';
}

/** The words in [from, to), the first `limit` of them. */
function nameWords(text: string, from: number, to: number, limit = Infinity): NameWord[] {
  const words: NameWord[] = [];
  const slice = text.slice(from, to);
  NAME_WORD.lastIndex = 0;
  for (let match = NAME_WORD.exec(slice); match && words.length < limit; match = NAME_WORD.exec(slice))
    words.push({ text: match[0], start: from + match.index, end: from + match.index + match[0].length });
  return words;
}

/** The words as written, emphasis marks dropped and line breaks made spaces. */
function joined(text: string, words: readonly NameWord[]): string {
  return text.slice(words[0]!.start, words.at(-1)!.end).replace(/[*_]+/g, '').replace(/\s+/g, ' ');
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/**
 * Whether the acronym's letters (`&` and `/` left out), in order, can each be taken as the initial of
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
function fitting(acronymLetters: string, words: readonly NameWord[]): (from: number) => boolean {
  const letters = acronymLetters.toLowerCase();
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
