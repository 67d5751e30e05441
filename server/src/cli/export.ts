import * as path from 'node:path';
import type { Diagnostic, ParsedDocument, Workspace } from '../core';
import { DEFAULT_EXPORT_FOLDER, mayExport, outputName, writeExportFile, type ExportRefusal } from '../node/export-file';
import { ExportSetupError, openExporter, type Exporter, type ExportFormat } from '../node/exporter';
import { CliError, FileError } from './errors';
import { comparePaths } from './paths';
import type { ReadDocument } from './check-outcome';
import { readWorkspace } from './read-workspace';
import { findWorkspace, type FoundWorkspace, type WorkspaceRequest } from './workspace-request';

export interface ExportRequest extends WorkspaceRequest {
  readonly to: ExportFormat;
  /** Relative to the working directory; absent means `export/` at the root. */
  readonly outDir?: string;
  readonly force: boolean;
  readonly includeExempt: boolean;
  /** The Word template, relative to the working directory; absent means the config's export.template. */
  readonly template?: string;
}

/** What became of one document: written to `output`, or refused with `reason` (and its errors, when those were why). */
export type ExportResult =
  | {
      readonly path: string;
      readonly output: string;
      readonly errorCount: number;
      /** What the author should know about the file written, such as an image left out. */
      readonly warnings: readonly string[];
    }
  | { readonly path: string; readonly reason: string; readonly errors?: readonly Diagnostic[] };

export interface ExportOutcome {
  readonly results: readonly ExportResult[];
  readonly warnings: readonly string[];
}

/**
 * Exports each document named (or found under the folders named), read as
 * `check` reads them so references to other papers can be named by title.
 * A document is refused, and the others still written, when it is exempt
 * (unless --include-exempt), has errors (unless --force), would be written
 * where another document of this export is, or where a file already is
 * (unless --force).
 */
export async function runExport(request: ExportRequest): Promise<ExportOutcome> {
  const found = findWorkspace(request);
  const exporter = await openForExport(request, found.loaded);
  try {
    const read = readWorkspace(found);
    const folder = path.resolve(request.root, request.outDir ?? DEFAULT_EXPORT_FOLDER);
    const claimed = new Map<string, string>();
    const listed = [...read.listed].sort((a, b) => comparePaths(a.path, b.path));
    const results: ExportResult[] = [];
    // One at a time: each holds its whole file in memory, and a PDF has one browser page to print on.
    for (const listedDocument of listed) {
      const document = read.workspace.getDocument(listedDocument.uri);
      if (document === undefined) {
        results.push({ path: listedDocument.path, reason: 'it could not be read' });
        continue;
      }
      const absolute = path.join(folder, outputName(listedDocument.path, request.to));
      // A file written outside the working folder is named in full: "../../tmp/export/x.html" is hard to find.
      const relative = read.found.shownAs(absolute);
      const target = { absolute, shown: relative.startsWith('../') ? absolute : relative };
      results.push(await exportOne(exporter, read.workspace, document, listedDocument, target, claimed, request));
    }
    return { results, warnings: read.found.warnings };
  } finally {
    await exporter.close();
  }
}

/**
 * The exporter for the format, with the Word template of --template (from
 * the working directory) or of the config's export.template (from the config
 * file's folder). A template or browser that cannot be used stops the export
 * before anything is written.
 */
async function openForExport(request: ExportRequest, loaded: FoundWorkspace['loaded']): Promise<Exporter> {
  const settings = loaded.config.export;
  const configured =
    settings.template === undefined || loaded.file === undefined
      ? settings.template
      : path.resolve(path.dirname(loaded.file.absolutePath), settings.template);
  const template =
    request.to !== 'docx'
      ? undefined
      : request.template === undefined
        ? configured
        : path.resolve(request.root, request.template);
  try {
    return await openExporter({
      to: request.to,
      headingStyles: settings.headingStyles,
      ...(template === undefined ? {} : { template }),
      ...(settings.browser === undefined ? {} : { browser: settings.browser }),
    });
  } catch (error) {
    if (error instanceof ExportSetupError) throw new CliError(error.message.replace(/\.$/, ''));
    throw error;
  }
}

async function exportOne(
  exporter: Exporter,
  workspace: Workspace,
  document: ParsedDocument,
  { path: shown }: ReadDocument,
  target: { readonly absolute: string; readonly shown: string },
  claimed: Map<string, string>,
  request: ExportRequest,
): Promise<ExportResult> {
  const allowed = mayExport(workspace, document, request);
  if ('refusal' in allowed) return { path: shown, ...refusalOf(allowed.refusal, target.shown) };
  const earlier = claimed.get(target.absolute);
  if (earlier !== undefined) {
    return {
      path: shown,
      reason: `${earlier} is exported to the same file, ${target.shown}. Rename one of them, or export them one at a time to different folders with --out`,
    };
  }
  claimed.set(target.absolute, shown);
  const rendered = await exporter.render(document, workspace);
  const refusal = writeExportFile(target.absolute, rendered.content, request.force);
  return refusal === undefined
    ? { path: shown, output: target.shown, errorCount: allowed.errors.length, warnings: rendered.warnings }
    : { path: shown, ...refusalOf(refusal, target.shown) };
}

/** Why a document was not exported, in the command line's words: what to put right, or which option to add. */
function refusalOf(refusal: ExportRefusal, shown: string): { reason: string; errors?: readonly Diagnostic[] } {
  switch (refusal.kind) {
    case 'exempt':
      return {
        reason:
          'it is exempt from publication under Schedule 12A, and exempt information must not be published. ' +
          'To export it for members and officers only, add --include-exempt',
      };
    case 'errors': {
      const count = refusal.errors.length;
      return {
        reason: `it has ${count === 1 ? '1 error' : `${count} errors`}. Put ${count === 1 ? 'it' : 'them'} right, or add --force to export it as it is`,
        errors: refusal.errors,
      };
    }
    case 'exists':
      return { reason: `${shown} is already there and was not replaced. Move it away, or add --force to replace it` };
    case 'folder':
      // No document can be written there: a fault of the command, not of a document.
      throw new FileError(
        `cannot make the folder ${path.posix.dirname(shown)} to export to (${refusal.detail}); choose another with --out`,
      );
    case 'unwritable':
      return { reason: `${shown} could not be written (${refusal.detail})` };
  }
}
