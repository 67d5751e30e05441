import type { ParsedDocument } from '../document';
import { bodyFirstLine, bodyHtml } from './body-html';
import { frontSheet } from './front-sheet';
import { frontSheetHtml } from './front-sheet-html';
import { anchorId, escapeHtml } from './html';
import { previewMarks, type PreviewMark } from './preview-marks';
import { referenceNotes, type PreviewWorkspace, type ReferenceNote } from './reference-notes';

/**
 * The preview's HTML for a document: the front sheet (and an exempt report's
 * notice) from its front matter, as the export prints it, then its body
 * rendered as CommonMark, with each defined ID an anchor and each reference a
 * link to it. The marks come from the parsed document, so the preview links
 * exactly what the checks call a reference (never one in code or a comment),
 * under the same config. A reference to another document carries its
 * position, so the editor can open what it leads to; one the checker reports
 * is drawn broken, with the checker's message. Every block carries the line
 * it starts at, for scrolling with the editor.
 */
export function previewHtml(document: ParsedDocument, workspace?: PreviewWorkspace): string {
  const noteOf = referenceNotes(document, workspace);
  const body = bodyHtml(document, (mark, source) => markHtml(mark, source, noteOf), previewMarks(document), {
    firstLine: bodyFirstLine(document),
  });
  const sheet = frontSheetHtml(frontSheet(document));
  return sheet === '' ? body : `<header class="cr-front-matter code-line" data-line="0">\n${sheet}</header>\n${body}`;
}

function markHtml(mark: PreviewMark, source: string, noteOf: (mark: PreviewMark) => ReferenceNote): string {
  const text = escapeHtml(source.slice(mark.start, mark.end));
  const anchor = anchorId(mark.documentId, mark.id);
  if (mark.kind === 'definition') return `<a class="cr-definition" id="${anchor}">${text}</a>`;
  const where = `data-line="${mark.position.line}" data-character="${mark.position.character}"`;
  const note = noteOf(mark);
  // Not a link: it leads nowhere, and must not look as if it did.
  if (note.broken)
    return `<span class="cr-reference cr-broken" ${where} title="${escapeHtml(note.message)}">${text}</span>`;
  if (mark.local) return `<a class="cr-reference" href="#${anchor}" ${where}${titled(note.target)}>${text}</a>`;
  const title = note.target ?? `Opens ${mark.documentId}`;
  return `<a class="cr-reference cr-external" href="#" ${where}${titled(title)}>${text}</a>`;
}

function titled(text: string | undefined): string {
  return text === undefined ? '' : ` title="${escapeHtml(text)}"`;
}
