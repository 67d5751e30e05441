import type { ParsedDocument, Reference } from '../document';
import type { TextEdit } from '../types';

/** A range as written, read again from the text at its first ID: `F2-F4`, `F2 – F4`. */
const RANGE_AT = /([A-Z]+)([1-9]\d*)\s*[-\u2013]\s*[A-Z]+([1-9]\d*)/y;

/**
 * The edits to one document's references to `documentId`'s IDs, given each
 * renumbered ID's new number (`newNumberOf` answers undefined for an ID that
 * keeps its number). A lone ID or a list item gets its new ID. A range keeps
 * its form while its IDs stay consecutive and ascending (`[F2-F4]` becomes
 * `[F1-F3]`); otherwise it becomes a list of its IDs' new numbers in the
 * order the range named them (`[F2-F4]` becomes `[F2, F4, F3]` when F3 and F4
 * swap places), which cites exactly what it cited before.
 */
export function referenceEdits(
  document: ParsedDocument,
  documentId: string,
  newNumberOf: (id: string) => number | undefined,
): TextEdit[] {
  const edits: TextEdit[] = [];
  const references = document.references;
  const replace = (start: number, end: number, newText: string) =>
    edits.push({ range: document.lines.range(start, end), newText });
  for (let index = 0; index < references.length; index++) {
    const reference = references[index]!;
    if ((reference.documentId ?? document.documentId) !== documentId) continue;
    if (!reference.inRange) {
      const number = newNumberOf(reference.id);
      if (number !== undefined && number !== reference.number)
        replace(reference.idStart, reference.idEnd, `${reference.kind}${number}`);
      continue;
    }
    const range = rangeAt(document, reference);
    // Every ID of the range is a reference of its own, in order: the range's edit covers them all.
    index += range.to - range.from;
    const numbers: number[] = [];
    for (let number = range.from; number <= range.to; number++)
      numbers.push(newNumberOf(`${range.kind}${number}`) ?? number);
    if (numbers.every((number, at) => number === range.from + at)) continue;
    const consecutive = numbers.every((number, at) => number === numbers[0]! + at);
    if (consecutive) {
      if (numbers[0] !== range.from) replace(range.start, range.firstEnd, `${range.kind}${numbers[0]!}`);
      if (numbers.at(-1) !== range.to) replace(range.lastStart, range.end, `${range.kind}${numbers.at(-1)!}`);
    } else {
      replace(range.start, range.end, numbers.map((number) => `${range.kind}${number}`).join(', '));
    }
  }
  return edits;
}

interface WrittenRange {
  readonly kind: string;
  readonly from: number;
  readonly to: number;
  /** Offsets of the whole range, of its first ID's end and of its last ID's start. */
  readonly start: number;
  readonly end: number;
  readonly firstEnd: number;
  readonly lastStart: number;
}

/** The range whose first ID is `first`, as the reference scanner read it (so it always matches). */
function rangeAt(document: ParsedDocument, first: Reference): WrittenRange {
  RANGE_AT.lastIndex = first.idStart;
  const match = RANGE_AT.exec(document.lines.text)!;
  const end = first.idStart + match[0].length;
  return {
    kind: match[1]!,
    from: Number(match[2]),
    to: Number(match[3]),
    start: first.idStart,
    end,
    firstEnd: first.idStart + match[1]!.length + match[2]!.length,
    lastStart: end - match[1]!.length - match[3]!.length,
  };
}
