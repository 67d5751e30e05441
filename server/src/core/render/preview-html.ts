import type { ParsedDocument } from '../document';
import { bodyHtml } from './body-html';
import { anchorId, escapeHtml } from './html';
import type { PreviewMark } from './preview-marks';

/**
 * The preview's HTML for a document: its body rendered as CommonMark, with
 * each defined ID an anchor and each reference a link to it. The marks come
 * from the parsed document, so the preview links exactly what the checks
 * call a reference (never one in code or a comment), under the same config.
 * A reference to another document carries its position, so the editor can
 * open what it leads to.
 */
export function previewHtml(document: ParsedDocument): string {
  return bodyHtml(document, markHtml);
}

function markHtml(mark: PreviewMark, source: string): string {
  const text = escapeHtml(source.slice(mark.start, mark.end));
  const anchor = anchorId(mark.documentId, mark.id);
  if (mark.kind === 'definition') return `<a class="cr-definition" id="${anchor}">${text}</a>`;
  const where = `data-line="${mark.position.line}" data-character="${mark.position.character}"`;
  return mark.local
    ? `<a class="cr-reference" href="#${anchor}" ${where}>${text}</a>`
    : `<a class="cr-reference cr-external" href="#" ${where} title="Opens ${escapeHtml(mark.documentId)}">${text}</a>`;
}
