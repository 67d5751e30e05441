import type { ParsedDocument } from '../document';
import type { Position } from '../types';

/**
 * A span of the source a preview turns into an anchor (a definition's ID) or
 * a link (a reference's ID). Spans never overlap and come in source order,
 * so a renderer can wrap them without parsing IDs itself.
 */
export interface PreviewMark {
  readonly kind: 'definition' | 'reference';
  /** Source offsets of the text to wrap: `F1` in `**F1**`; `F3` or `doc-id:F3` in a bracket. */
  readonly start: number;
  readonly end: number;
  readonly id: string;
  /** The document the ID lives in; for a definition, this document. */
  readonly documentId: string;
  /** Whether the target is in this document, so the preview can scroll to it without asking the editor. */
  readonly local: boolean;
  /** Where the mark starts, for asking the editor where a reference leads. */
  readonly position: Position;
}

export function previewMarks(document: ParsedDocument): PreviewMark[] {
  const marks: PreviewMark[] = [];
  for (const definition of document.definitions) {
    marks.push(
      previewMark(document, 'definition', definition.idStart, definition.idEnd, definition.id, document.documentId),
    );
  }
  for (const reference of document.references) {
    // An ID inside a range (F2 of F1-F3) is not written, so there is nothing to wrap.
    if (reference.idStart === -1) continue;
    const start = reference.prefixStart !== -1 ? reference.prefixStart : reference.idStart;
    marks.push(
      previewMark(
        document,
        'reference',
        start,
        reference.idEnd,
        reference.id,
        reference.documentId ?? document.documentId,
      ),
    );
  }
  marks.sort((a, b) => a.start - b.start);
  let keptEnd = -1;
  return marks.filter((candidate) => {
    if (candidate.start < keptEnd) return false;
    keptEnd = candidate.end;
    return true;
  });
}

/** One mark, `local` when the ID lives in this document. */
export function previewMark(
  document: ParsedDocument,
  kind: PreviewMark['kind'],
  start: number,
  end: number,
  id: string,
  documentId: string,
): PreviewMark {
  return {
    kind,
    start,
    end,
    id,
    documentId,
    local: documentId === document.documentId,
    position: document.lines.positionAt(start),
  };
}
