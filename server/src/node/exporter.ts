import * as fs from 'node:fs';
import { exportHtml, type ExportConfig, type ParsedDocument, type PaperIndex, type TemplateProblem } from '../core';
import { documentImages } from './document-images';
import type { PdfPrinter } from './export-pdf';
import { describeReadError } from './read-text';

import type { ExportFormat } from '../protocol/export';

export { EXPORT_FORMATS, type ExportFormat } from '../protocol/export';

/**
 * What stops a whole export before any document is written, as things are
 * set up here (a Word template that cannot be used, no browser to print a
 * PDF): the message says what is wrong and what to do.
 */
export class ExportSetupError extends Error {}

export interface ExportSettings extends Partial<ExportConfig> {
  readonly to: ExportFormat;
  /** The Word template's absolute path (from --template, or the config's export.template resolved by the caller). */
  readonly template?: string;
}

/** A document as the file to write, and what its author should know about it (an image left out). */
export interface RenderedExport {
  readonly content: string | Uint8Array;
  readonly warnings: readonly string[];
}

/** Renders documents to one format; opened once for an export of many, and closed after it. */
export interface Exporter {
  render(document: ParsedDocument, papers: PaperIndex): Promise<RenderedExport>;
  close(): Promise<void>;
}

/** The largest Word template read: a council's template with its logo is well under a megabyte. */
const MAX_TEMPLATE_BYTES = 50 * 1024 * 1024;

/** The exporter for a format; throws ExportSetupError when it cannot work here. */
export async function openExporter(settings: ExportSettings): Promise<Exporter> {
  switch (settings.to) {
    case 'html':
      return {
        render: async (document, papers) => {
          const warnings: string[] = [];
          const html = exportHtml(document, { papers, ...imagesOf(document, warnings) });
          return { content: html, warnings };
        },
        close: async () => {},
      };
    case 'docx': {
      // Loaded only to export to Word: the docx library is a megabyte of code that checking never needs.
      const { checkDocxTemplate, exportDocx } = await import('../core/export/docx/index.js');
      const template =
        settings.template === undefined ? undefined : await readTemplate(settings.template, checkDocxTemplate);
      return {
        // The Word export says itself which images it could not put in.
        render: async (document, papers) => {
          const written = await exportDocx(document, {
            papers,
            image: documentImages(document.uri),
            ...(template === undefined ? {} : { template }),
            ...(settings.headingStyles === undefined ? {} : { headingStyles: settings.headingStyles }),
          });
          return { content: written.bytes, warnings: written.warnings };
        },
        close: async () => {},
      };
    }
    case 'pdf': {
      const printer = await openPrinter(settings.browser);
      return {
        render: async (document, papers) => {
          const warnings: string[] = [];
          const html = exportHtml(document, { papers, ...imagesOf(document, warnings) });
          return { content: await printer.print(html), warnings };
        },
        close: () => printer.close(),
      };
    }
  }
}

/** One browser for the whole export; none found (or it will not start) stops the export before anything is written. */
async function openPrinter(browser: string | undefined): Promise<PdfPrinter> {
  // Loaded only to print: playwright-core is megabytes of code that checking and the other formats never need.
  let printing: typeof import('./export-pdf.js');
  try {
    printing = await import('./export-pdf.js');
  } catch (error) {
    throw new ExportSetupError(
      'PDF printing is missing from this installation of Committee Reports (playwright-core cannot be loaded): reinstall it, or export to HTML and print that from a browser.',
      { cause: error },
    );
  }
  const { BrowserNotFoundError, openPdfPrinter } = printing;
  try {
    return await openPdfPrinter(browser === undefined ? {} : { browser });
  } catch (error) {
    if (error instanceof BrowserNotFoundError) throw new ExportSetupError(error.message, { cause: error });
    throw error;
  }
}

/** The council's Word template, read and checked once for the whole export. */
async function readTemplate(
  absolutePath: string,
  checkDocxTemplate: (bytes: Uint8Array) => Promise<TemplateProblem | undefined>,
): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    const stats = fs.statSync(absolutePath);
    if (!stats.isFile())
      throw new ExportSetupError(`The Word template ${absolutePath} is not a file: name a .docx file.`);
    if (stats.size > MAX_TEMPLATE_BYTES)
      throw new ExportSetupError(`The Word template ${absolutePath} is too large to be a template (over 50 MB).`);
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    if (error instanceof ExportSetupError) throw error;
    throw new ExportSetupError(`The Word template ${absolutePath} cannot be read (${describeReadError(error)}).`);
  }
  const problem = await checkDocxTemplate(bytes);
  if (problem !== undefined)
    throw new ExportSetupError(problem.message.replace(/^The template/, `The Word template ${absolutePath}`));
  return bytes;
}

/** The images beside a document, read for an export, and where to put what it says of those it leaves out. */
function imagesOf(document: ParsedDocument, warnings: string[]) {
  return { image: documentImages(document.uri), onWarning: (message: string) => warnings.push(message) };
}
