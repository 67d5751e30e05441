import JSZip from 'jszip';
import mammoth from 'mammoth';
import { writeParagraphNumbers } from './word-numbering';

/** An image of the document, to be saved beside the Markdown under `fileName`. */
export interface ImportedImage {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly altText?: string;
}

export interface WordHtml {
  readonly html: string;
  readonly images: readonly ImportedImage[];
  readonly warnings: readonly string[];
}

/**
 * Style names councils' templates use for what the format has, read before
 * mammoth's own map: a front sheet's "Title" is the paper's title.
 */
const BUILT_IN_STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * Styles that need no mapping: a list's paragraphs (a bullet is a list by
 * its numbering, a numbered paragraph a paragraph once its number is in its
 * text) and Word's plain body text.
 */
const PLAIN_STYLES = new Set([
  'List Paragraph',
  'Body Text',
  'Normal (Web)',
  'No Spacing',
  // LibreOffice's names for the text of table cells.
  'Table Contents',
  'Table Heading',
]);

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/svg+xml': 'svg',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf',
};

/**
 * A Word document's parts (already checked by readWordPackage) as HTML, by
 * mammoth: paragraph numbers written into the text, images collected under
 * `imageName(n)` instead of inlined, tracked changes and comments left out
 * with a warning, and the styles the map did not know named once.
 */
export async function wordToHtml(
  parts: ReadonlyMap<string, Uint8Array>,
  options: { readonly styleMap: readonly string[]; readonly imageName: (index: number, extension: string) => string },
): Promise<WordHtml> {
  const warnings = reviewWarnings(parts);
  const zip = new JSZip();
  for (const [name, bytes] of parts) zip.file(name, bytes);
  const numbering = parts.get('word/numbering.xml');
  if (numbering !== undefined) {
    const text = (name: string) => {
      const bytes = parts.get(name);
      return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
    };
    zip.file(
      'word/document.xml',
      writeParagraphNumbers(text('word/document.xml')!, text('word/numbering.xml')!, text('word/styles.xml')),
    );
  }
  // Stored, not compressed again: mammoth reads it back at once.
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const images: ImportedImage[] = [];
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: [...options.styleMap, ...BUILT_IN_STYLE_MAP],
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        const extension = EXTENSIONS[image.contentType] ?? 'bin';
        const fileName = options.imageName(images.length + 1, extension);
        const altText = (image as { altText?: string }).altText?.trim();
        images.push({
          fileName,
          bytes: await image.read(),
          contentType: image.contentType,
          ...(altText ? { altText } : {}),
        });
        return { src: fileName, ...(altText ? { alt: altText } : {}) } as { src: string };
      }),
    },
  );
  return { html: result.value, images, warnings: [...warnings, ...mammothWarnings(result.messages)] };
}

/** Tracked changes and comments, which the Markdown cannot hold: the author must know they were left out. */
function reviewWarnings(parts: ReadonlyMap<string, Uint8Array>): string[] {
  const document = Buffer.from(parts.get('word/document.xml') ?? new Uint8Array()).toString('utf8');
  const warnings: string[] = [];
  const insertions = count(document, /<w:ins\b/g);
  const deletions = count(document, /<w:del\b/g);
  if (insertions + deletions > 0)
    warnings.push(
      `The document has tracked changes (${insertions} inserted, ${deletions} deleted): they were imported as if accepted. Check the text against Word's Review pane.`,
    );
  const comments = count(document, /<w:commentReference\b/g);
  if (comments > 0)
    warnings.push(
      `The document has ${comments === 1 ? '1 comment' : `${comments} comments`}: comments were left out. Read them in Word before you finish the paper.`,
    );
  return warnings;
}

/** mammoth's messages, with the styles it did not recognise gathered into one warning that says what to do. */
function mammothWarnings(messages: readonly { type: string; message: string }[]): string[] {
  const styles = new Set<string>();
  const others: string[] = [];
  for (const { message } of messages) {
    const unrecognised = /^Unrecognised (?:paragraph|run) style: '([^']*)'/.exec(message);
    if (unrecognised) {
      if (!PLAIN_STYLES.has(unrecognised[1]!)) styles.add(unrecognised[1]!);
    } else others.push(`Word import: ${message}`);
  }
  if (styles.size > 0)
    others.unshift(
      `Text in these Word styles was imported as plain text: ${[...styles].join(', ')}. If one is a heading, map it in .committee-reports.yaml, as in import: { style-map: ["p[style-name='${[...styles][0]}'] => h2:fresh"] }.`,
    );
  return others;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
