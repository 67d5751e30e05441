import { shapeImportedMarkdown, type ImportedType, type KnownPaper } from '../../core/import';
import { htmlToMarkdown } from './html-to-markdown';
import { readWordPackage } from './word-package';
import { wordToHtml } from './word-to-html';

export interface ImportWordOptions {
  /** The Word file's name (a path is fine): named in a refusal, and the document's own name comes from it. */
  readonly fileName: string;
  /** report, scrutiny or minutes; worked out from the paper when absent. */
  readonly type?: ImportedType;
  /** mammoth style-map lines for the council's own style names (the config's import.style-map), read first. */
  readonly styleMap?: readonly string[];
  /** The workspace's papers, so a reference the Word file writes out by title becomes `[id:F1]`. */
  readonly papers?: readonly KnownPaper[];
}

/** An image of the paper, to save beside the document under `fileName` (the name the Markdown uses). */
export interface ImportedImageFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly altText?: string;
}

export type ImportedWord =
  | {
      /** The document: front matter and body. */
      readonly markdown: string;
      /** The file to write it to, such as `school-meals.report.md`. */
      readonly name: string;
      readonly type: ImportedType;
      readonly images: readonly ImportedImageFile[];
      /** What the author must know: tracked changes or comments left out, styles not recognised, no front sheet. */
      readonly warnings: readonly string[];
    }
  | {
      /** Why nothing was imported, on one line, naming the file and what to do. */
      readonly refusal: string;
    };

/**
 * A council's Word paper (.docx bytes) as a document of the format, for the
 * command line, the language server and the editor alike: nothing here
 * touches the file system. A file that is not a Word document, a damaged or
 * password-protected one, or a zip bomb is refused, never thrown.
 */
export async function importWordDocument(bytes: Uint8Array, options: ImportWordOptions): Promise<ImportedWord> {
  const shownName = options.fileName.split(/[/\\]/).pop() ?? options.fileName;
  const word = readWordPackage(bytes);
  if ('refusal' in word) return { refusal: `${shownName} ${word.refusal}.` };
  try {
    const base =
      shownName
        .replace(/\.docx$/i, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'imported';
    const converted = await wordToHtml(word.parts, {
      styleMap: options.styleMap ?? [],
      imageName: (index, extension) => `${base}-image-${index}.${extension}`,
    });
    const shaped = shapeImportedMarkdown(htmlToMarkdown(converted.html), {
      fileName: shownName,
      ...(options.type === undefined ? {} : { type: options.type }),
      ...(options.papers === undefined ? {} : { papers: options.papers }),
    });
    const images = converted.images.map(({ fileName, bytes: imageBytes, altText }) => ({
      fileName,
      bytes: imageBytes,
      ...(altText === undefined ? {} : { altText }),
    }));
    const missingAlt = images.filter((image) => image.altText === undefined).length;
    const warnings = [...converted.warnings, ...shaped.warnings];
    if (missingAlt > 0)
      warnings.push(
        `${missingAlt === 1 ? '1 image has' : `${missingAlt} images have`} no alternative text: describe ${missingAlt === 1 ? 'it' : 'each'} in the brackets of ![](…) so screen reader users know what it shows.`,
      );
    return { markdown: shaped.text, name: shaped.name, type: shaped.type, images, warnings };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      refusal: `${shownName} could not be read as a Word document (${detail}): open it in Word, save it again and import that.`,
    };
  }
}
