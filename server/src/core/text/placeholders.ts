import { maskInlineSyntax } from '../parse/inline-scan';
import { STAND_IN_AUTOLINK, contactPlaceholders, mayHoldContactPlaceholder } from './contact-placeholders';
import { QuotationTracker, ellipsisGapsInProse, ellipsisGapsInValue, mayHoldEllipsis } from './ellipsis-gaps';

/**
 * What kind of fill-in it is, for the message: a prompt (`[Insert …]`,
 * `TBC`, `£XX`), an ellipsis standing alone or ending an unfinished clause,
 * or made-up contact details.
 */
export type PlaceholderForm = 'prompt' | 'gap' | 'unfinished' | 'email' | 'phone';

/** A fill-in left for the author, at block-local offsets. */
export interface Placeholder {
  readonly start: number;
  readonly end: number;
  /** As written, on one line, for the message; for an unfinished clause, the words it stops at ("because …"). */
  readonly text: string;
  readonly form: PlaceholderForm;
}

/** One row of the list of placeholder forms in docs/format.md: what is caught, and what is left alone. */
export interface PlaceholderFormInfo {
  readonly form: string;
  readonly caught: readonly string[];
  readonly notCaught: readonly string[];
}

/**
 * Every form `placeholder-left` knows, with examples of what it catches and
 * what it leaves alone. docs/format.md's table is printed from this list, and a
 * test runs each example through `findPlaceholders`, so the list cannot say
 * what the code does not do.
 */
export const PLACEHOLDER_FORMS: readonly PlaceholderFormInfo[] = [
  {
    form: 'A bracket that opens with a prompt word: Insert, Delete, Add, Enter, Choose, Report title, Name (of), Date, TBC, TBA, TBD, To be confirmed, To be agreed',
    caught: [
      '[Insert the wards affected]',
      '[Delete as appropriate]',
      '[Name of officer]',
      '[TBC]',
      '\\[Insert wards\\]',
    ],
    notCaught: ['[Note: The Leader agreed to take this item]', '[Wards Affected: All]', '[sic]', '[F1]'],
  },
  {
    form: 'The same prompt in angle brackets, which needs no quotes in the front matter',
    caught: ['<insert the title>', '<choose yes or no>'],
    notCaught: ['<br>', '<address>'],
  },
  {
    form: 'An ellipsis in brackets',
    caught: ['[…]', '[...]'],
    notCaught: ['“the authority […] shall”', '> the authority [...] shall'],
  },
  {
    form: 'TBC, TBA and TBD as words, in any case',
    caught: ['TBC', 'Venue: tba'],
    notCaught: ['TBCs', 'ATBC'],
  },
  {
    form: 'A figure or date with X for its digits',
    caught: ['XX', 'XXX', '£XX,XXX', 'XX/XX/2026', '20XX'],
    notCaught: ['XXL', 'Chapter XXI', 'HA1 2XY', 'xx'],
  },
  {
    form: 'An ellipsis that is the whole of a paragraph, list item, heading, table cell or front matter value (after its number, bullet or bold ID)',
    caught: ['…', '- ...', '**F1** …', '## 4. …'],
    notCaught: ['> …', '“…”'],
  },
  {
    form: 'An ellipsis that ends a clause after a word that needs more: an article, preposition, conjunction or auxiliary, a colon, a dash or a currency sign',
    caught: [
      'It has no impact because …',
      'The next meeting will be held on …',
      'rejected: …',
      'Appendix A – …',
      'at a cost of £…',
    ],
    notCaught: [
      'amended to read “… which could negate the need”',
      'The Council … agreed the plan.',
      'and so on…',
      'Councillors Brook, Carter …',
    ],
  },
  {
    form: 'An e-mail address whose name part is a stand-in (name, first.last, firstname.lastname, your.name, email, user, someone, joe.bloggs, a.n.other)',
    caught: ['name@example.gov.uk', 'firstname.lastname@council.gov.uk', 'your.name@…', 'email@northshire.gov.uk'],
    notCaught: ['priya.natarajan@example.gov.uk', 'JHuwJones@anglesey.gov.uk', 'contact@northshire.gov.uk'],
  },
  {
    form: 'A telephone number whose digits are all the same or count up',
    caught: ['01234 567890', '0000 000 0000', '+44 (0)1234 567890'],
    notCaught: ['01483.523298', '(01274) 432616'],
  },
];

/**
 * A bracket that opens with a template prompt: `[Insert wards]`, `[Delete as
 * appropriate]`, `[Report title]`, `[Name of officer]`, `[Date]`, `[TBC]`,
 * or holds only an ellipsis: `[…]`. The contents are bounded and exclude
 * brackets, so each `[` costs at most one bounded scan. A bracket may wrap
 * onto the next line of its paragraph.
 */
const PROMPT_WORDS = String.raw`insert|delete|add|enter|choose|report title|name of|name(?=\])|date|tbc|tba|tbd|to be confirmed|to be agreed`;
const BRACKET_PROMPT = new RegExp(
  String.raw`\[(?:(?:${PROMPT_WORDS})\b[^[\]]{0,300}|[ \t]?(?:…|\.{3})[ \t]?(?:\\)?)\]`,
  'giu',
);

const BRACKET_PROMPT_HERE = new RegExp(BRACKET_PROMPT.source, 'iuy');

/** The same prompts in angle brackets, `<insert the title>`, which YAML reads as text where `[…]` would be a list. */
const ANGLE_PROMPT = new RegExp(String.raw`<(?:${PROMPT_WORDS})\b[^<>]{0,300}>`, 'giu');
const ANGLE_PROMPT_HERE = new RegExp(String.raw`<(?:${PROMPT_WORDS})\b`, 'iuy');

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
 * The fill-ins in one block of Markdown prose (a paragraph or a heading, or
 * a section's text), in order, never in code or HTML comments. Shared by
 * `placeholder-left` and by the checks that must not take a fill-in for
 * real text (a "reason" that is itself a placeholder).
 */
export function findPlaceholders(raw: string, inText: PlaceholderMarkers = ALL_MARKERS): Placeholder[] {
  return find(raw, 'prose', inText);
}

/** The fill-ins in a front matter value as YAML read it: plain text, a whole value of its own. */
export function findPlaceholdersInValue(value: string): Placeholder[] {
  return find(value, 'value', ALL_MARKERS);
}

/**
 * Which forms a text may hold, by cheap tests: a form the whole document
 * does not hold need not be looked for in each of its paragraphs, and most
 * documents hold none. A form marked false is not looked for.
 */
export interface PlaceholderMarkers {
  readonly bracket: boolean;
  readonly angle: boolean;
  readonly toBe: boolean;
  readonly xx: boolean;
  readonly ellipsis: boolean;
  readonly contact: boolean;
}

const ALL_MARKERS: PlaceholderMarkers = {
  bracket: true,
  angle: true,
  toBe: true,
  xx: true,
  ellipsis: true,
  contact: true,
};
const NO_MARKERS: PlaceholderMarkers = {
  bracket: false,
  angle: false,
  toBe: false,
  xx: false,
  ellipsis: false,
  contact: false,
};

export function placeholderMarkers(text: string, only: PlaceholderMarkers = ALL_MARKERS): PlaceholderMarkers {
  return {
    bracket: only.bracket && matchesAtSome(text, '[', BRACKET_PROMPT_HERE),
    angle: only.angle && matchesAtSome(text, '<', ANGLE_PROMPT_HERE),
    toBe: only.toBe && MAYBE_TO_BE.test(text),
    xx: only.xx && text.includes('XX'),
    ellipsis: only.ellipsis && mayHoldEllipsis(text),
    contact: only.contact && mayHoldContactPlaceholder(text),
  };
}

/**
 * Whether the sticky `pattern` matches where some `character` stands: tried
 * only there, which is far quicker than a case-blind search of every
 * position (references put many `[` in a report, but few prompts).
 */
function matchesAtSome(text: string, character: string, pattern: RegExp): boolean {
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return true;
  }
  return false;
}

/** Whether a text may hold a placeholder: one that fails holds none, so its positions need not be worked out. */
export function mayHoldPlaceholder(text: string): boolean {
  const markers = placeholderMarkers(text);
  return (
    markers.bracket ||
    markers.angle ||
    markers.toBe ||
    markers.xx ||
    markers.ellipsis ||
    (markers.contact && contactPlaceholders(text).length > 0)
  );
}

function find(raw: string, where: 'prose' | 'value', inText: PlaceholderMarkers): Placeholder[] {
  if (!(inText.bracket || inText.angle || inText.toBe || inText.xx || inText.ellipsis || inText.contact)) return [];
  // Each pattern runs only where a cheap test of the unmasked text says it
  // may find something: most paragraphs have nothing, and masking costs more than looking.
  const {
    bracket: hasBracket,
    angle: hasAngle,
    toBe: hasToBe,
    xx: hasXX,
    ellipsis: hasEllipsis,
    contact: mayHoldContact,
  } = placeholderMarkers(raw, inText);
  const hasContact = mayHoldContact && contactPlaceholders(raw).length > 0;
  if (!hasBracket && !hasAngle && !hasToBe && !hasXX && !hasEllipsis && !hasContact) return [];
  // A prompt or stand-in address in angle brackets would be masked as an HTML tag or autolink: the `<` is set aside first.
  const source = where === 'prose' && raw.includes('<') ? setAsideAngles(raw, hasAngle) : raw;
  const masked = where === 'prose' ? maskInlineSyntax(source) : source;
  const found: Placeholder[] = [];

  // Brackets are read in the text before masking, so that an escaped
  // `\[Insert wards\]` (as Word-to-Markdown converters write it) still
  // counts; one whose words were masked (in a code span, comment or HTML)
  // does not.
  const bracketed = (pattern: RegExp) => {
    for (const match of raw.matchAll(pattern)) {
      const open = match.index;
      const close = open + match[0].length;
      const last = source[close - 2] === '\\' ? close - 3 : close - 2;
      if (masked[open + 1] !== source[open + 1] || masked[last] !== source[last]) continue;
      const from = source[open - 1] === '\\' ? open - 1 : open;
      found.push({ start: from, end: close, text: oneLine(raw.slice(from, close)), form: 'prompt' });
    }
  };
  if (hasBracket) bracketed(BRACKET_PROMPT);
  if (hasAngle) bracketed(ANGLE_PROMPT);
  for (const match of hasToBe ? masked.matchAll(TO_BE_CONFIRMED) : []) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], form: 'prompt' });
  }
  for (const match of hasXX ? masked.matchAll(X_FIGURE) : []) {
    if (!match[0].includes('XX')) continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], form: 'prompt' });
  }
  if (hasEllipsis) {
    const gaps = where === 'prose' ? ellipsisGapsInProse(masked) : ellipsisGapsInValue(masked);
    for (const gap of gaps)
      found.push({ start: gap.start, end: gap.end, text: gap.text, form: gap.unfinished ? 'unfinished' : 'gap' });
  }
  if (hasContact) {
    for (const contact of contactPlaceholders(masked))
      found.push({ start: contact.start, end: contact.end, text: contact.text, form: contact.kind });
  }
  const quotes = new QuotationTracker(masked);
  // `[…]` in a quotation or block quote marks words left out of it ("the authority […] shall"), as in legal quotation.
  let lineStart = 0;
  const quoted = (placeholder: Placeholder) => {
    // Placeholders come in order, so the start of each one's line is found by reading on, never back.
    for (
      let next = raw.indexOf('\n', lineStart);
      next !== -1 && next < placeholder.start;
      next = raw.indexOf('\n', lineStart)
    )
      lineStart = next + 1;
    BLOCK_QUOTE_LINE.lastIndex = lineStart;
    return quotes.inside(placeholder.start) || BLOCK_QUOTE_LINE.test(raw);
  };
  return outermost(found).filter(
    (placeholder) =>
      !(placeholder.form === 'prompt' && BRACKETED_ELLIPSIS.test(placeholder.text) && quoted(placeholder)),
  );
}

const BRACKETED_ELLIPSIS = /^\[[ \t]?(?:…|\.{3})/;
const BLOCK_QUOTE_LINE = /[ \t]{0,3}>/y;

/**
 * `raw` with the `<` of each angle-bracket prompt and stand-in autolink
 * replaced by a character of the same length that opens no Markdown, so
 * that masking keeps their words (code spans and comments still hide them).
 */
function setAsideAngles(raw: string, hasAngle: boolean): string {
  const at: number[] = [];
  if (hasAngle) for (const match of raw.matchAll(ANGLE_PROMPT)) at.push(match.index);
  if (raw.includes('@')) for (const match of raw.matchAll(STAND_IN_AUTOLINK)) at.push(match.index);
  if (at.length === 0) return raw;
  const characters = raw.split('');
  for (const index of at) characters[index] = '\u2039';
  return characters.join('');
}

/**
 * The `<insert …>` prompts in an HTML block: a line holding only one is an
 * HTML block to CommonMark, but the author still sees it (comments excepted).
 */
export function findAnglePrompts(raw: string): Placeholder[] {
  return find(raw, 'prose', { ...NO_MARKERS, angle: true });
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
  return written.replace(/\\(?=[[\]<>])/g, '').replace(/\s+/g, ' ');
}
