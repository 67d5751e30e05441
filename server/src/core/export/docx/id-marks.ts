import { Bookmark, InternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { anchorId } from '../../render/html';
import type { ExportMark } from '../cross-paper-marks';
import { otherPaperReference } from '../other-papers';
import type { DocxContext } from './context';
import { xmlSafe } from './xml-safe';

/** The look of the text around a mark: bold, italic, a link's. */
export type Look = Pick<IRunOptions, 'bold' | 'italics' | 'style' | 'color' | 'underline'>;

/**
 * A mark as Word shows it. A defined ID is bold, with a bookmark at its first
 * definition; a reference to an ID of this paper is an internal link to that
 * bookmark; a bracket citing another paper is written out in words with the
 * paper's title ("recommendation R1 of Home to School Transport"), as the
 * HTML export writes it, since the other paper is not in this document.
 * Inside a link (`inLink`), where Word cannot nest another, the text stays.
 */
export function markRuns(mark: ExportMark, context: DocxContext, look: Look, inLink: boolean): ParagraphChild[] {
  const written = xmlSafe(context.document.lines.text.slice(mark.start, mark.end));
  const anchor = anchorId(mark.documentId, mark.id);
  if (mark.kind === 'definition') {
    const run = new TextRun({ text: written, ...look, bold: true });
    if (inLink || context.bookmarked.has(mark.id)) return [run];
    context.bookmarked.add(mark.id);
    return [new Bookmark({ id: context.bookmarks.nameOf(anchor, mark.id), children: [run] })];
  }
  if (mark.local) {
    // A reference to an ID the paper does not define (ref-unresolved reports it) has nothing to link to.
    if (inLink || !context.document.definitionsById.has(mark.id)) return [new TextRun({ text: written, ...look })];
    const run = new TextRun({ text: written, ...look, ...context.styles.link });
    return [new InternalHyperlink({ anchor: context.bookmarks.nameOf(anchor, mark.id), children: [run] })];
  }
  const other = mark.items === undefined ? undefined : otherPaperReference(context.papers, mark.documentId, mark.items);
  if (other === undefined) return [new TextRun({ text: written, ...look })];
  return [
    new TextRun({ text: `${other.items} of `, ...look }),
    new TextRun({ text: xmlSafe(other.title), ...look, italics: true }),
  ];
}
