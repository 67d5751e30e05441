import type { ParsedDocument, Reference } from '../document';
import { previewMark, previewMarks, type PreviewMark } from '../render/preview-marks';

/** One item of a bracket as written: an ID (`first` and `last` the same) or a range such as R4-R6. */
export interface CitedItem {
  readonly kind: string;
  readonly first: string;
  readonly last: string;
}

/** A preview mark; one that stands for a whole bracket citing another paper also lists its items. */
export interface ExportMark extends PreviewMark {
  /** The bracket's items, in order, when the mark covers all of `doc-id:R2, R3` or `doc-id:R4-R6`. */
  readonly items?: readonly CitedItem[];
}

/** What may stand between two IDs written in one bracket: a comma between items, a dash inside a range. */
const BETWEEN_IDS = /^\s*(,|-|\u2013)\s*$/;

/**
 * The preview's marks, with each bracket citing another paper made one mark
 * from its `doc-id:` to its last ID, so the page can say the bracket once, in
 * words: "recommendations R4 to R6 of <title>". A bracket holding text that
 * is not an ID (the checks report it) keeps a mark per ID, the first in
 * words, the rest as written.
 */
export function exportMarks(document: ParsedDocument): ExportMark[] {
  const brackets = new Map<number, Reference[]>();
  for (const reference of document.references) {
    if (reference.prefixStart === -1 || reference.idStart === -1) continue;
    if (reference.documentId === document.documentId) continue;
    const written = brackets.get(reference.prefixStart);
    if (written === undefined) brackets.set(reference.prefixStart, [reference]);
    else written.push(reference);
  }
  const source = document.lines.text;
  const merged = new Map<number, ExportMark>();
  for (const [prefixStart, written] of brackets) {
    const items = citedItems(written, source);
    const first = written[0]!;
    const last = written[written.length - 1]!;
    merged.set(
      prefixStart,
      items === undefined
        ? // Text the checks report stands between its IDs: only the first, which names the paper, is said in words.
          {
            ...previewMark(document, 'reference', prefixStart, first.idEnd, first.id, first.documentId!),
            items: [{ kind: first.kind, first: first.id, last: first.id }],
          }
        : { ...previewMark(document, 'reference', prefixStart, last.idEnd, first.id, first.documentId!), items },
    );
  }
  const marks: ExportMark[] = [];
  let skipUntil = -1;
  for (const mark of previewMarks(document)) {
    if (mark.start < skipUntil) continue;
    const bracket = merged.get(mark.start);
    marks.push(bracket ?? mark);
    if (bracket !== undefined) skipUntil = bracket.end;
  }
  return marks;
}

/**
 * The items of one bracket from the IDs written in it, in source order: two
 * IDs with a dash between them are a range's ends. Undefined when anything
 * but a comma or a dash stands between two of them.
 */
function citedItems(written: readonly Reference[], source: string): CitedItem[] | undefined {
  const items: CitedItem[] = [];
  let previous: Reference | undefined;
  for (const reference of written) {
    if (previous === undefined) {
      items.push({ kind: reference.kind, first: reference.id, last: reference.id });
      previous = reference;
      continue;
    }
    const between = BETWEEN_IDS.exec(source.slice(previous.idEnd, reference.idStart));
    if (between === null) return undefined;
    if (between[1] === ',') items.push({ kind: reference.kind, first: reference.id, last: reference.id });
    else items[items.length - 1] = { ...items[items.length - 1]!, last: reference.id };
    previous = reference;
  }
  return items;
}
