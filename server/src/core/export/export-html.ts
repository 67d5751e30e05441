import { writtenTitle } from '../document-names';
import type { ParsedDocument } from '../document';
import { bodyHtml } from '../render/body-html';
import { frontSheet } from '../render/front-sheet';
import { frontSheetHtml } from '../render/front-sheet-html';
import { anchorId, escapeHtml } from '../render/html';
import { exportMarks, type ExportMark } from './cross-paper-marks';
import { imageDataUri, imageLeftOut } from './image-data';
import { EXPORT_CSS } from './html-style';
import { otherPaperReference, type PaperIndex } from './other-papers';

export interface HtmlExportOptions {
  /** The workspace the document is in, to name the other papers it cites by their titles. */
  readonly papers?: PaperIndex;
  /** The bytes of an image kept beside the document, by its source as written; undefined when it cannot be read. */
  readonly image?: (source: string) => Uint8Array | undefined;
  /** Told, once for each, of an image the page shows as its alternative text because it could not be put in. */
  readonly onWarning?: (message: string) => void;
}

/**
 * Nothing is loaded from anywhere and nothing runs, whatever the body holds:
 * the page is published as one file, and a reader's browser must fetch
 * nothing on its behalf (a web image shows its alternative text instead).
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * A paper as one self-contained, accessible HTML page: the front sheet (and
 * an exempt report's notice) in the header, the body in the main landmark,
 * rendered by the preview's renderer. A reference in the paper links to its
 * ID; one to another paper is written out with that paper's title, as the
 * other paper is not in the page.
 */
export function exportHtml(document: ParsedDocument, options: HtmlExportOptions = {}): string {
  const title = documentTitle(document);
  const body = closeHeadingGaps(
    bodyHtml(document, (mark, source) => markHtml(mark, source, options.papers), exportMarks(document), {
      localImage: embeddedImage(options),
    }),
  );
  // A page needs one top-level heading; a body that starts at ## gets the title as its h1.
  const heading = document.headings.some((h) => h.level === 1) ? '' : `<h1>${escapeHtml(title)}</h1>\n`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${escapeHtml(title)}</title>
<style>
${EXPORT_CSS}
</style>
</head>
<body>
<header>
${frontSheetHtml(frontSheet(document))}</header>
<main>
${heading}${body}</main>
</body>
</html>
`;
}

const HEADING_TAG = /<(\/?)h([1-6])(?=[\s>])/gi;

/**
 * A level the source skips (`##` then `####`, which the heading-levels check
 * reports) is closed in the page: a screen reader lists headings as an
 * outline, and a gap reads as a missing section. Each heading becomes at most
 * one level below the one before it; the page's first level is its h1.
 */
export function closeHeadingGaps(html: string): string {
  const close = headingGapCloser();
  let open = 1;
  return html.replace(HEADING_TAG, (_, closing: string, level: string) => {
    if (closing === '') open = close(Number(level));
    return `<${closing}h${open}`;
  });
}

/** The rule of `closeHeadingGaps`, heading by heading in order, for an export that writes no HTML (Word's). */
export function headingGapCloser(): (level: number) => number {
  let previous = 1;
  return (level) => (previous = Math.min(level, previous + 1));
}

/** An image beside the paper as a `data:` URI, or undefined, said once for each source through `onWarning`. */
function embeddedImage({ image, onWarning }: HtmlExportOptions): (source: string) => string | undefined {
  const warned = new Set<string>();
  const leftOut = (source: string, why: string) => {
    if (!warned.has(source)) onWarning?.(imageLeftOut(source, why));
    warned.add(source);
    return undefined;
  };
  return (source) => {
    const bytes = image?.(source);
    if (bytes === undefined) return leftOut(source, 'could not be read from beside the document');
    return imageDataUri(bytes) ?? leftOut(source, 'is not a picture a browser can show (PNG, JPEG, GIF, SVG)');
  };
}

/** The front matter's title, else the document id: a page must have a title. */
export function documentTitle(document: ParsedDocument): string {
  return writtenTitle(document.data) ?? document.documentId;
}

function markHtml(mark: ExportMark, source: string, papers: PaperIndex | undefined): string {
  const written = source.slice(mark.start, mark.end);
  const text = escapeHtml(written);
  const anchor = anchorId(mark.documentId, mark.id);
  if (mark.kind === 'definition') return `<a class="cr-definition" id="${anchor}">${text}</a>`;
  if (mark.local) return `<a class="cr-reference" href="#${anchor}">${text}</a>`;
  // A bracket citing another paper is one mark, `doc-id:R2, R3` whole; any other is written as it is.
  const other = mark.items === undefined ? undefined : otherPaperReference(papers, mark.documentId, mark.items);
  return other === undefined
    ? `<span class="cr-reference">${text}</span>`
    : `<span class="cr-reference">${escapeHtml(other.items)} of <cite>${escapeHtml(other.title)}</cite></span>`;
}
