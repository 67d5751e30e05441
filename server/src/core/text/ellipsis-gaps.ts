/**
 * An ellipsis (`…` or `...`) left where the author was to write something:
 * the whole of a paragraph, list item, heading, table cell or value, or the
 * end of a clause after a word that cannot end one ("because …", "held on
 * …", "rejected: …"). An ellipsis in a quotation or block quote, or one that
 * marks an omission mid-sentence ("the Council … agreed"), is the author's
 * punctuation, not a gap.
 */

/** A gap at block-local offsets: the ellipsis, alone or ending an unfinished clause. */
export interface EllipsisGap {
  readonly start: number;
  readonly end: number;
  /** The ellipsis alone, or for an unfinished clause the words it stops at ("because …"), for the message. */
  readonly text: string;
  readonly unfinished: boolean;
}

/**
 * Words after which a clause cannot stop: articles and determiners,
 * prepositions, conjunctions and auxiliaries. A closed class: these are
 * the words of English grammar, not of any one paper.
 */
const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  // articles and determiners
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
  'your',
  'his',
  'her',
  'my',
  'each',
  'every',
  'any',
  'either',
  'neither',
  // prepositions
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'amongst',
  'among',
  'around',
  'as',
  'at',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'besides',
  'between',
  'beyond',
  'by',
  'concerning',
  'despite',
  'during',
  'except',
  'for',
  'from',
  'in',
  'including',
  'into',
  'of',
  'on',
  'onto',
  'per',
  'regarding',
  'than',
  'through',
  'throughout',
  'to',
  'towards',
  'toward',
  'under',
  'until',
  'upon',
  'via',
  'with',
  'within',
  'without',
  // conjunctions and relatives
  'and',
  'or',
  'but',
  'nor',
  'because',
  'although',
  'though',
  'whereas',
  'whether',
  'if',
  'unless',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'whilst',
  'namely',
  // auxiliaries and modals
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'will',
  'shall',
  'would',
  'should',
  'could',
  'can',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
]);

/** Marks after which something must follow: a colon, a dash set off by spaces, a currency sign. */
const CONTINUATION_MARKS = ':–—£$€';

/** What may close a clause right after the gap. */
const CLAUSE_END = '.,;:!?)]';

const ELLIPSIS = /…+|\.{3,}/g;

/** A stretch of text read as one: a paragraph, list item, heading, table cell or value. */
interface Unit {
  /** Where its own text starts, after any bullet, number, heading mark or bold ID. */
  readonly contentStart: number;
  readonly end: number;
  /** In a block quote: a quotation, whose ellipses are the quoted text's. */
  readonly quoted: boolean;
}

/** The gaps in a block of prose, given its text with code and HTML blanked out (`masked`). */
export function ellipsisGapsInProse(masked: string): EllipsisGap[] {
  return gaps(masked, proseUnits(masked));
}

/** The gaps in a front matter value, which is one unit with no Markdown. */
export function ellipsisGapsInValue(value: string): EllipsisGap[] {
  return gaps(value, [{ contentStart: 0, end: value.length, quoted: false }]);
}

export function mayHoldEllipsis(text: string): boolean {
  return text.includes('…') || text.includes('...');
}

function gaps(text: string, units: readonly Unit[]): EllipsisGap[] {
  const found: EllipsisGap[] = [];
  const quotes = new QuotationTracker(text);
  let unitIndex = 0;
  for (const match of text.matchAll(ELLIPSIS)) {
    const start = match.index;
    const end = start + match[0].length;
    while (unitIndex < units.length && units[unitIndex]!.end <= start) unitIndex++;
    const unit = units[unitIndex];
    if (!unit || start < unit.contentStart || unit.quoted || quotes.inside(start)) continue;
    // `[…]` is a bracketed prompt, reported as such.
    if (text[start - 1] === '[' || text[end] === ']') continue;
    const before = skipBack(text, start, unit.contentStart);
    const after = skipForward(text, end, unit.end);
    if (
      before === unit.contentStart &&
      (after === unit.end || (text[after] === '.' && skipForward(text, after + 1, unit.end) === unit.end))
    ) {
      found.push({ start, end, text: match[0], unfinished: false });
      continue;
    }
    if (after !== unit.end && !CLAUSE_END.includes(text[after]!)) continue;
    const from = continuationBefore(text, before, unit.contentStart);
    if (from !== undefined)
      found.push({ start, end, text: text.slice(from, end).replace(/\s+/g, ' '), unfinished: true });
  }
  return found;
}

/**
 * Where the word or mark before `at` starts, when it needs something after
 * it; for a mark, where the word before the mark starts ("rejected:").
 */
function continuationBefore(text: string, at: number, from: number): number | undefined {
  if (at === from) return undefined;
  const mark = text[at - 1]!;
  // A hyphen is a dash only when set off by spaces ("Appendix A - …").
  if (CONTINUATION_MARKS.includes(mark) || (mark === '-' && /\s/.test(text[at - 2] ?? ''))) {
    let wordStart = skipBack(text, at - 1, from);
    while (wordStart > from && at - wordStart < 40 && !/\s/.test(text[wordStart - 1]!)) wordStart--;
    return wordStart;
  }
  let wordStart = at;
  while (wordStart > from && at - wordStart < 20 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === at || (wordStart > from && isLetter(text.charCodeAt(wordStart - 1)))) return undefined;
  const word = text.slice(wordStart, at);
  if (!CONTINUATION_WORDS.has(word.toLowerCase())) return undefined;
  // "and so on …" trails off: there "on" is an adverb.
  if (word.toLowerCase() === 'on' && /\bso\s+$/i.test(text.slice(Math.max(from, wordStart - 4), wordStart)))
    return undefined;
  return wordStart;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 /* ' */ || code === 0x2019; /* ’ */
}

/** Back from `at` over white space and emphasis marks, no further than `from`. */
function skipBack(text: string, at: number, from: number): number {
  while (at > from && ' \t\r\n*_'.includes(text[at - 1]!)) at--;
  return at;
}

/** Forward from `at` over white space and emphasis marks, no further than `to`. */
function skipForward(text: string, at: number, to: number): number {
  while (at < to && ' \t\r\n*_'.includes(text[at]!)) at++;
  return at;
}

/**
 * Whether a point lies inside a quotation: after an opening “ or ‘ not yet
 * closed, or after an odd number of straight double quotes. A ’ followed by
 * a letter is an apostrophe. A blank line ends any quotation, so that one
 * stray mark cannot silence the paragraphs after it. Asked with ever later
 * points, it reads the text once.
 */
export class QuotationTracker {
  private at = 0;
  private double = false;
  private single = false;

  constructor(private readonly text: string) {}

  inside(point: number): boolean {
    const { text } = this;
    for (; this.at < point; this.at++) {
      const char = text[this.at]!;
      if (char === '“') this.double = true;
      else if (char === '”') this.double = false;
      else if (char === '"') this.double = !this.double;
      else if (char === '‘') this.single = true;
      else if (char === '’' && !isLetter(text.charCodeAt(this.at + 1))) this.single = false;
      else if (char === '\n' && /^[ \t\r]*\n/.test(text.slice(this.at + 1, this.at + 40)))
        this.double = this.single = false;
    }
    return this.double || this.single;
  }
}

/** A bullet, an ordered-list number or letter, a paragraph number, in any order, then white space. */
const LABELS = /(?:[-*+]|\d{1,9}[.)]|\(?[a-zA-Z]{1,4}\)|[a-zA-Z][.)]|\d{1,3}(?:\.\d{1,3})+\.?)[ \t]+/y;
/** A bold ID that opens a definition (`**F1**`, `**R3.**`, `**R3** –`). */
const BOLD_ID = /\*\*[A-Z]{1,3}\d{1,9}[.:]?\*\*(?:[ \t]*[–:-](?=[ \t]))?[ \t]*/y;
const HEADING_MARK = /#{1,6}(?=[ \t]|$)[ \t]*/y;

/**
 * A block's units. A blank line or a list marker at the start of a line
 * starts a new one (callers may pass a whole section's text); a table's
 * rows are cut into cells.
 */
function proseUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const lines = lineSpans(text);
  const tableRows = isTable(text, lines);
  let open: { contentStart: number; quoted: boolean } | undefined;
  let openEnd = 0;
  const close = () => {
    if (open) units.push({ ...open, end: openEnd });
    open = undefined;
  };
  for (const [lineStart, lineEnd] of lines) {
    let at = lineStart;
    while (at < lineEnd && (text[at] === ' ' || text[at] === '\t')) at++;
    if (at === lineEnd) {
      close();
      continue;
    }
    if (tableRows) {
      close();
      if (!isDelimiterRow(text, at, lineEnd)) units.push(...cells(text, at, lineEnd));
      continue;
    }
    let quoted = false;
    while (text[at] === '>') {
      quoted = true;
      at++;
      while (text[at] === ' ' || text[at] === '\t') at++;
    }
    const contentStart = afterLabels(text, at, lineEnd);
    if (!open || contentStart !== at || text[at] === '#') {
      close();
      open = { contentStart, quoted };
    } else if (quoted) {
      open.quoted = true;
    }
    openEnd = lineEnd;
  }
  close();
  return units;
}

function afterLabels(text: string, at: number, lineEnd: number): number {
  for (const pattern of [HEADING_MARK, LABELS, LABELS, BOLD_ID]) {
    pattern.lastIndex = at;
    if (pattern.test(text) && pattern.lastIndex <= lineEnd) at = pattern.lastIndex;
  }
  return at;
}

function lineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    spans.push([start, text[end - 1] === '\r' ? end - 1 : end]);
    if (newline === -1) return spans;
    start = newline + 1;
  }
}

/** A table: its second line is a delimiter row (`|---|:--|`). */
function isTable(text: string, lines: readonly [number, number][]): boolean {
  const second = lines[1];
  return (
    second !== undefined &&
    text.slice(lines[0]![0], lines[0]![1]).includes('|') &&
    isDelimiterRow(text, second[0], second[1])
  );
}

function isDelimiterRow(text: string, start: number, end: number): boolean {
  let bars = 0;
  let dashes = 0;
  for (let at = start; at < end; at++) {
    const char = text[at]!;
    if (char === '|') bars++;
    else if (char === '-') dashes++;
    else if (char !== ':' && char !== ' ' && char !== '\t') return false;
  }
  return bars > 0 && dashes > 0;
}

/** The cells of a table row, split at bars not escaped. */
function cells(text: string, start: number, end: number): Unit[] {
  const found: Unit[] = [];
  let cellStart = text[start] === '|' ? start + 1 : start;
  for (let at = cellStart; at <= end; at++) {
    if (at < end && (text[at] !== '|' || text[at - 1] === '\\')) continue;
    let contentStart = cellStart;
    while (contentStart < at && (text[contentStart] === ' ' || text[contentStart] === '\t')) contentStart++;
    if (contentStart < at) found.push({ contentStart, end: at, quoted: false });
    cellStart = at + 1;
  }
  return found;
}
