import { maskInlineSyntax } from './inline-scan';

/** One ID named by a reference, with the text span that stands for it. */
export interface ReferencedId {
  /** The document the ID lives in, when written `[doc-id:F1]`; otherwise the citing document. */
  readonly documentId: string | undefined;
  readonly id: string;
  readonly kind: string;
  readonly number: number;
  /** Offsets of the text a diagnostic about this ID covers (the whole bracket for a lone ID). */
  readonly start: number;
  readonly end: number;
  /** Offsets of the ID as written (`F1`), or -1 for an ID inside a range that is not written out. */
  readonly idStart: number;
  readonly idEnd: number;
  /** Whether it is one end of, or inside, a range such as `F1-F3`. */
  readonly inRange: boolean;
  /** Offsets of the `doc-id` prefix when there is one, else -1. */
  readonly prefixStart: number;
  readonly prefixEnd: number;
}

/** A bracket that looks like a reference but cannot be read as one. */
export interface MalformedReference {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The one edit that makes it readable, when what was meant is certain. */
  readonly repair?: Repair;
}

/** How to make a malformed reference readable: a title for the fix and its edits. */
export interface Repair {
  readonly title: string;
  /**
   * Text to write in place of `length` characters at `offset`, counted from
   * the malformed span's start, so a repair moves with its span when lines
   * above are edited.
   */
  readonly edits: readonly { readonly offset: number; readonly length: number; readonly newText: string }[];
}

/** A problem with one item of a bracket, and its repair with edits at document offsets. */
type ItemProblem = string | { readonly message: string; readonly repair: Repair | undefined };

export interface ReferenceScan {
  readonly ids: ReferencedId[];
  readonly malformed: MalformedReference[];
  /** Set once the document has cited MAX_REFERENCES IDs: the rest are not read. */
  full?: boolean;
}

/** Ranges of more IDs than this are a typo, not a citation. */
const MAX_RANGE = 200;
/**
 * The most IDs one document's references are read as, ranges expanded. A long
 * inquiry report cites about a thousand; a file of nothing but `[F1-F200]`
 * would otherwise cost gigabytes.
 */
export const MAX_REFERENCES = 100_000;
/**
 * Written when needed, not when the module loads: the first toLocaleString
 * of a process loads the locale data, about 13 ms of every start-up.
 */
const tooMany = () =>
  `This document cites more than ${MAX_REFERENCES.toLocaleString('en-GB')} IDs: references from here on are not checked.`;
const BRACKET = /\[([^[\]]{1,300})\]/g;
const ITEM_SEPARATOR = /\s*,\s*/;

/**
 * Finds references in a run of Markdown source (`offset` is where `source`
 * starts in the document). Only brackets whose first ID has a known kind are
 * references; links (`[F1](url)`, `[F1][x]`, a defined `[F1]:` label) and
 * escaped or code brackets are not.
 */
export function scanReferences(
  source: string,
  offset: number,
  kinds: ReadonlySet<string>,
  linkLabels: ReadonlySet<string>,
  into: ReferenceScan,
): void {
  if (into.full || source.indexOf('[') === -1) return;
  const masked = maskInlineSyntax(source);
  BRACKET.lastIndex = 0;
  for (let match = BRACKET.exec(masked); match; match = BRACKET.exec(masked)) {
    const open = match.index;
    const close = open + match[0].length;
    const next = masked.charCodeAt(close);
    if (next === 40 /* ( */ || next === 91 /* [ */ || masked.charCodeAt(open - 1) === 93 /* ] */) continue;
    const inner = match[1]!;
    if (linkLabels.has(inner.trim().toUpperCase())) continue;
    readBracket(inner, offset + open + 1, offset + open, offset + close, kinds, into);
    if (into.full) return;
  }
}

const PREFIX = /^\s*([a-z0-9][a-z0-9-]*)\s*:\s*/;
const ID = /^([A-Z]+)([1-9]\d*)$/;

function readBracket(
  inner: string,
  innerStart: number,
  bracketStart: number,
  bracketEnd: number,
  kinds: ReadonlySet<string>,
  into: ReferenceScan,
): void {
  const prefix = PREFIX.exec(inner);
  const body = prefix ? inner.slice(prefix[0].length) : inner;
  const bodyStart = innerStart + (prefix ? prefix[0].length : 0);
  if (!looksLikeReference(body, kinds)) return;
  if (into.ids.length >= MAX_REFERENCES) {
    into.full = true;
    into.malformed.push({ start: bracketStart, end: bracketEnd, message: tooMany() });
    return;
  }
  const documentId = prefix?.[1];
  const prefixStart = prefix ? innerStart + prefix[0].indexOf(documentId!) : -1;
  const prefixSpan = { prefixStart, prefixEnd: prefix ? prefixStart + documentId!.length : -1 };
  const items = splitItems(body, bodyStart);
  const lone = items.length === 1;
  for (const item of items) {
    const spanStart = lone ? bracketStart : item.start;
    const spanEnd = lone ? bracketEnd : item.end;
    const problem =
      item.text === ''
        ? {
            message: 'This reference list has an empty item: remove the extra comma.',
            repair: extraComma(items, item, body, bodyStart),
          }
        : readItem(item, documentId, prefixSpan, spanStart, spanEnd, kinds, lone, into);
    if (problem === undefined) continue;
    const { message, repair } = typeof problem === 'string' ? { message: problem, repair: undefined } : problem;
    const relative = repair && {
      title: repair.title,
      edits: repair.edits.map((edit) => ({ ...edit, offset: edit.offset - spanStart })),
    };
    into.malformed.push({ start: spanStart, end: spanEnd, message, ...(relative ? { repair: relative } : {}) });
  }
}

/** A bracket is meant as a reference when it opens with an ID of a known kind. */
function looksLikeReference(body: string, kinds: ReadonlySet<string>): boolean {
  const first = /^\s*([A-Z]+)\d/.exec(body);
  return first !== null && kinds.has(first[1]!) && /^[\sA-Za-z0-9,;:\-\u2013]*$/.test(body);
}

interface Item {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The commas between the written items around an empty one, cut to one as
 * the first was written: `F1, , F3` becomes `F1, F3`, `F1,]` becomes `F1]`.
 */
function extraComma(items: readonly Item[], empty: Item, body: string, bodyStart: number): Repair {
  const at = items.indexOf(empty);
  const before = items.slice(0, at).findLast((item) => item.text !== '')!;
  const after = items.slice(at + 1).find((item) => item.text !== '');
  const gapEnd = after ? after.start : bodyStart + body.length;
  const gap = body.slice(before.end - bodyStart, gapEnd - bodyStart);
  const keep = after ? /^\s*,\s*/.exec(gap)![0].length : 0;
  const drop = after
    ? gap.lastIndexOf(',') + 1 + /^\s*/.exec(gap.slice(gap.lastIndexOf(',') + 1))![0].length
    : gap.length;
  return {
    title: 'Remove the extra comma',
    edits: [{ offset: before.end + keep, length: drop - keep, newText: '' }],
  };
}

function splitItems(body: string, bodyStart: number): Item[] {
  const items: Item[] = [];
  let cursor = 0;
  for (const part of body.split(ITEM_SEPARATOR)) {
    const at = body.indexOf(part, cursor);
    cursor = at + part.length;
    const trimmed = part.trim();
    const lead = part.length - part.trimStart().length;
    items.push({ text: trimmed, start: bodyStart + at + lead, end: bodyStart + at + lead + trimmed.length });
  }
  return items;
}

/**
 * Reads one list item (`F1` or `F1-F3`); returns a message when it cannot.
 * `start`/`end` is the span for a lone ID; each end of a range gets its own
 * span, and the IDs between them the span of the whole range.
 */
function readItem(
  item: { text: string; start: number; end: number },
  documentId: string | undefined,
  prefixSpan: { prefixStart: number; prefixEnd: number },
  start: number,
  end: number,
  kinds: ReadonlySet<string>,
  lone: boolean,
  into: ReferenceScan,
): ItemProblem | undefined {
  const text = item.text;
  const written = lone ? 'this reference' : `'${text}'`;
  if (text.includes(':'))
    return `'${text}' names a second document: a bracket cites one document, so write a separate reference such as [${text}].`;
  if (text.includes(';'))
    return {
      message: `Separate the IDs in ${written} with commas, as in [F1, F3].`,
      repair: commasForSemicolons(item),
    };
  const range = /^([A-Za-z]*\d+)\s*[-\u2013]\s*([A-Za-z]*\d+)$/.exec(text);
  if (!range) {
    const id = ID.exec(text);
    if (!id || !kinds.has(id[1]!))
      return `${capitalise(written)} is not an ID: write IDs such as F1, separated by commas, as in [F1, F3].`;
    into.ids.push({
      documentId,
      id: text,
      kind: id[1]!,
      number: Number(id[2]),
      start,
      end,
      idStart: item.start,
      idEnd: item.end,
      inRange: false,
      ...prefixSpan,
    });
    return undefined;
  }
  const first = ID.exec(range[1]!);
  const last = ID.exec(range[2]!);
  if (!first || !kinds.has(first[1]!)) return `The range ${text} must start with an ID such as F1.`;
  const lastStart = item.start + text.length - range[2]!.length;
  if (!last)
    return {
      message: `The range ${text} must name a whole ID at each end: write ${first[1]}${first[2]}-${first[1]}${range[2]!.replace(/\D/g, '')}.`,
      repair: wholeLastId(first[1]!, Number(first[2]), range[2]!, lastStart),
    };
  if (first[1] !== last[1])
    return `The range ${text} mixes two kinds of ID: a range must run between IDs of one kind, such as ${first[1]}1-${first[1]}3.`;
  const from = Number(first[2]);
  const to = Number(last[2]);
  if (to < from)
    return {
      message: `The range ${text} runs backwards: write ${first[1]}${to}-${first[1]}${from}.`,
      repair:
        from - to > MAX_RANGE
          ? undefined
          : {
              title: `Write the range as ${range[2]}-${range[1]}`,
              edits: [
                { offset: item.start, length: range[1]!.length, newText: range[2]! },
                { offset: lastStart, length: range[2]!.length, newText: range[1]! },
              ],
            },
    };
  if (to - from > MAX_RANGE) return `The range ${text} covers more than ${MAX_RANGE} IDs: cite the IDs you mean.`;
  if (into.ids.length + (to - from + 1) > MAX_REFERENCES) return tooMany();
  for (let number = from; number <= to; number++) {
    const span =
      number === from
        ? [item.start, item.start + range[1]!.length]
        : number === to
          ? [lastStart, item.end]
          : [item.start, item.end];
    const written = number === from || number === to;
    into.ids.push({
      documentId,
      id: `${first[1]}${number}`,
      kind: first[1]!,
      number,
      start: span[0]!,
      end: span[1]!,
      idStart: written ? span[0]! : -1,
      idEnd: written ? span[1]! : -1,
      inRange: true,
      ...prefixSpan,
    });
  }
  return undefined;
}

/** Semicolons for commas, when every part between them is an ID or a range: `F1; F3` is `F1, F3`. */
function commasForSemicolons(item: Item): Repair | undefined {
  const parts = item.text.split(';');
  if (!parts.every((part) => /^\s*[A-Z]+[1-9]\d*(?:\s*[-\u2013]\s*[A-Z]+[1-9]\d*)?\s*$/.test(part))) return undefined;
  const edits = [];
  for (let at = item.text.indexOf(';'); at !== -1; at = item.text.indexOf(';', at + 1))
    edits.push({ offset: item.start + at, length: 1, newText: ',' });
  return { title: 'Separate the IDs with commas', edits };
}

/**
 * The kind written at the end of a range that has only a number there:
 * `F1-3` is `F1-F3`. Not when the number is not a whole ID's, or the range
 * would then run backwards or be too long: what was meant is not certain.
 */
function wholeLastId(kind: string, from: number, lastWritten: string, lastStart: number): Repair | undefined {
  const written = /^([A-Za-z]*)([1-9]\d*)$/.exec(lastWritten);
  if (!written || (written[1] !== '' && written[1]!.toUpperCase() !== kind)) return undefined;
  const to = Number(written[2]);
  if (to <= from || to - from > MAX_RANGE) return undefined;
  const newText = `${kind}${written[2]}`;
  return {
    title: `Write the range as ${kind}${from}-${newText}`,
    edits: [{ offset: lastStart, length: lastWritten.length, newText }],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
