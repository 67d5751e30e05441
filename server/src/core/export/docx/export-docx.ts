import { Packer, PageBreak, Paragraph, PatchType, patchDocument, type FileChild } from 'docx';
import type { ParsedDocument } from '../../document';
import { exportMarks } from '../cross-paper-marks';
import { headingGapCloser } from '../export-html';
import { frontSheet } from '../../render/front-sheet';
import type { PaperIndex } from '../other-papers';
import { bodyBlocks } from './body-blocks';
import { bodyTokens } from './body-tokens';
import { BookmarkNames } from './bookmark-names';
import { builtInDocument } from './built-in-layout';
import type { DocxContext } from './context';
import { frontSheetBlocks } from './front-sheet-blocks';
import { ListNumbering } from './list-numbering';
import { paperProperties } from './paper-properties';
import { BUILT_IN_STYLES, templateStyles, type HeadingStyleNames } from './paragraph-styles';
import { BODY_PLACEHOLDER } from './template-check';
import { readTemplateStyles } from './template-styles';

export interface DocxExportOptions {
  /** The workspace, to name the other papers a reference cites (as HtmlExportOptions.papers). */
  readonly papers?: PaperIndex;
  /** A council's template: a .docx holding a {{body}} placeholder, already passed by checkDocxTemplate. */
  readonly template?: Uint8Array;
  /** Word style NAMES for heading levels, e.g. { 1: 'Report Heading 1' } (the config's export.heading-styles). */
  readonly headingStyles?: HeadingStyleNames;
  /** The bytes of an image the paper shows, by its src as written; undefined when it could not be read. */
  readonly image?: (source: string) => Uint8Array | undefined;
}

export interface DocxExport {
  readonly bytes: Uint8Array;
  /** What the officer should know about the file: an image left out, a heading style the template lacks. */
  readonly warnings: readonly string[];
}

/**
 * A paper as a Word document: the front sheet (an exempt report's notice
 * above it), then the body, on a page of its own. Without a template, in a
 * clean built-in layout; with one, patched into it at `{{body}}`, so the
 * council's styles, headers, footers, numbering and language stay, and its
 * heading styles are used by the names the config gives.
 */
export async function exportDocx(document: ParsedDocument, options: DocxExportOptions = {}): Promise<DocxExport> {
  const warnings: string[] = [];
  const styles =
    options.template === undefined
      ? BUILT_IN_STYLES
      : templateStyles(await readTemplateStyles(options.template), options.headingStyles ?? {}, warnings);
  const marks = exportMarks(document);
  const properties = paperProperties(document);
  const context: DocxContext = {
    document,
    marks,
    papers: options.papers,
    image: options.image,
    styles,
    bookmarks: new BookmarkNames(),
    lists: new ListNumbering(),
    bookmarked: new Set(),
    warnings,
  };
  const children: FileChild[] = [...frontSheetBlocks(frontSheet(document), styles)];
  // The front sheet is a page of its own, as councils print it.
  if (children.length > 0) children.push(new Paragraph({ children: [new PageBreak()] }));
  // A paper needs one top-level heading; a body that starts at ## gets the title as its Heading 1, as the HTML does.
  if (!document.headings.some((heading) => heading.level === 1))
    children.push(new Paragraph({ ...styles.heading(1), text: properties.title }));
  children.push(...bodyBlocks(bodyTokens(document, marks), context, headingGapCloser()));

  const bytes =
    options.template === undefined
      ? await Packer.pack(builtInDocument(children, context.lists.options, properties), 'uint8array')
      : await patchDocument({
          outputType: 'uint8array',
          data: options.template,
          patches: { [BODY_PLACEHOLDER]: { type: PatchType.DOCUMENT, children } },
          numbering: context.lists.options,
          properties,
        });
  return { bytes, warnings };
}
