import type { ParsedDocument } from '../document';
import { anchorId, escapeHtml } from './html';
import { createSafeMarkdown } from './markdown';
import { previewMarks, type PreviewMark } from './preview-marks';

/**
 * The preview's HTML for a document: its body rendered as CommonMark, with
 * each defined ID an anchor and each reference a link to it. The marks come
 * from the parsed document, so the preview links exactly what the checks
 * call a reference (never one in code or a comment), under the same config.
 *
 * Marks are swapped for private-use placeholders before Markdown renders and
 * for HTML after, so Markdown never sees, and cannot break, the markup.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const STRAY_PLACEHOLDER_CHARACTERS = /[\uE000\uE001]/g;

const markdown = createSafeMarkdown();

export function previewHtml(document: ParsedDocument): string {
  const marks = previewMarks(document);
  const source = document.lines.text;
  const body = source.slice(bodyStart(document.frontMatter?.closingLine, document.lines), source.length);
  const offset = source.length - body.length;
  const html = markdown.render(withPlaceholders(body, offset, marks));
  return html.replace(PLACEHOLDER, (_, index: string) => markHtml(marks[Number(index)]!, source));
}

/** The front matter is metadata, not prose: the preview starts after it. */
function bodyStart(
  closingLine: number | undefined,
  lines: { lineStart(line: number): number; lineCount: number },
): number {
  if (closingLine === undefined) return 0;
  return closingLine + 1 < lines.lineCount ? lines.lineStart(closingLine + 1) : Number.MAX_SAFE_INTEGER;
}

function withPlaceholders(body: string, offset: number, marks: readonly PreviewMark[]): string {
  // A stray private-use character in the text must not be read as one of ours.
  let result = '';
  let at = 0;
  marks.forEach((mark, index) => {
    const start = mark.start - offset;
    if (start < at) return;
    result += body.slice(at, start).replace(STRAY_PLACEHOLDER_CHARACTERS, '\uFFFD') + OPEN + index + CLOSE;
    at = mark.end - offset;
  });
  return result + body.slice(at).replace(STRAY_PLACEHOLDER_CHARACTERS, '\uFFFD');
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
