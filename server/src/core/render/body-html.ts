import type { ParsedDocument } from '../document';
import { createSafeMarkdown, type RenderEnvironment } from './markdown';
import { previewMarks, type PreviewMark } from './preview-marks';

/**
 * A document's body as HTML: rendered as CommonMark, each mark (a defined ID,
 * a reference) written by `markHtml`. The preview and the export both render
 * through here, so what an officer previews is what is published; they differ
 * only in what a mark becomes (a link the editor follows, or one in the page).
 *
 * Marks are swapped for private-use placeholders before Markdown renders and
 * for HTML after, so Markdown never sees, and cannot break, the markup.
 */
export type MarkHtml<M extends PreviewMark = PreviewMark> = (mark: M, source: string) => string;

const OPEN = '\uE000';
const CLOSE = '\uE001';
/** Where mark `index` stands in the Markdown `markedBody` gives: `\uE000` index `\uE001`. */
export const MARK_PLACEHOLDER = /\uE000(\d+)\uE001/g;
const STRAY_PLACEHOLDER_CHARACTERS = /[\uE000\uE001]/g;

const markdown = createSafeMarkdown();

/** `marks` are the preview's unless the caller groups them its own way (the export, a bracket citing another paper). */
export function bodyHtml<M extends PreviewMark>(
  document: ParsedDocument,
  markHtml: MarkHtml<M>,
  marks: readonly M[],
  environment?: RenderEnvironment,
): string;
export function bodyHtml(document: ParsedDocument, markHtml: MarkHtml): string;
export function bodyHtml(
  document: ParsedDocument,
  markHtml: MarkHtml,
  marks: readonly PreviewMark[] = previewMarks(document),
  environment: RenderEnvironment = {},
): string {
  const source = document.lines.text;
  const html = markdown.render(markedBody(document, marks), environment);
  return html.replace(MARK_PLACEHOLDER, (_, index: string) => markHtml(marks[Number(index)]!, source));
}

/**
 * The body's Markdown, after the front matter, with each of `marks` swapped
 * for its placeholder (`MARK_PLACEHOLDER`), for a renderer that walks
 * Markdown's tokens rather than its HTML (the Word export).
 */
export function markedBody(document: ParsedDocument, marks: readonly PreviewMark[]): string {
  const source = document.lines.text;
  const body = source.slice(bodyStart(document.frontMatter?.closingLine, document.lines), source.length);
  return withPlaceholders(body, source.length - body.length, marks);
}

/** The document's line (0-based) the body starts at, after the front matter. */
export function bodyFirstLine(document: ParsedDocument): number {
  const closingLine = document.frontMatter?.closingLine;
  return closingLine === undefined ? 0 : closingLine + 1;
}

/** The front matter is metadata, not prose: the body starts after it. */
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
