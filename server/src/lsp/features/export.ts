import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { ParsedDocument, ResolvedConfig } from '../../core';
import {
  DEFAULT_EXPORT_FOLDER,
  mayExport,
  outputName,
  writeExportFile,
  type ExportRefusal,
} from '../../node/export-file';
import { ExportSetupError, openExporter, type ExportSettings } from '../../node/exporter';
import { innermostFolder } from '../../node/find-documents';
import { readText } from '../../node/read-text';
import { EXPORT_FORMATS, type ExportArguments, type ExportResult } from '../../protocol';
import type { ServerContext } from '../context';

/**
 * `committeeReports.export` (server/src/protocol/export.ts): exports the
 * document as the server holds it, so the export is refused for exactly the
 * errors the editor shows; an open Markdown file the config does not select
 * too, as the preview shows it (`ServerContext.heldDocument`).
 */
export function exportCommand(context: ServerContext, argument: unknown): Promise<ExportResult> {
  return exportDocument(context, exportArguments(argument));
}

async function exportDocument(context: ServerContext, request: ExportArguments): Promise<ExportResult> {
  const { uri } = request;
  if (!uri.startsWith('file:')) throw invalid(`only a saved file can be exported, not ${uri}`);
  const held = await context.heldDocument(uri);
  if (!held) throw invalid(`${uri} is neither open nor a document this workspace checks`);
  const { document, papers } = held;
  const open = context.documents.get(uri);
  const unsavedChanges = open !== undefined && open.getText() !== savedText(uri) ? { unsavedChanges: true } : {};
  const target = targetPath(context.folders, document, request);
  const permission = { to: request.to, force: request.force === true, includeExempt: request.includeExempt === true };
  const allowed = mayExport(papers, document, permission);
  if ('refusal' in allowed) return { refused: refused(allowed.refusal, target), ...unsavedChanges };
  let exporter;
  try {
    exporter = await openExporter(exportSettings(request, papers.configFor(uri)));
  } catch (error) {
    if (!(error instanceof ExportSetupError)) throw error;
    return { refused: { reason: 'setup', message: error.message }, ...unsavedChanges };
  }
  try {
    const rendered = await exporter.render(document, papers);
    const refusal = writeExportFile(target, rendered.content, permission.force);
    if (refusal) return { refused: refused(refusal, target), ...unsavedChanges };
    const warnings = rendered.warnings.length === 0 ? {} : { warnings: rendered.warnings };
    return { written: pathToFileURL(target).href, ...unsavedChanges, ...warnings };
  } finally {
    await exporter.close();
  }
}

/** The export settings of the document's folder's config; its Word template is relative to the config file. */
function exportSettings(request: ExportArguments, config: ResolvedConfig): ExportSettings {
  const { template, headingStyles, browser } = config.export;
  const configFile = config.file?.uri.startsWith('file:') ? fileURLToPath(config.file.uri) : undefined;
  const resolved =
    template === undefined || request.to !== 'docx'
      ? undefined
      : path.resolve(configFile === undefined ? '.' : path.dirname(configFile), template);
  return {
    to: request.to,
    headingStyles,
    ...(resolved === undefined ? {} : { template: resolved }),
    ...(browser === undefined ? {} : { browser }),
  };
}

/** Where the file goes: `outDir` (default `export/`) in the workspace folder holding the document, else beside it. */
function targetPath(folders: readonly string[], document: ParsedDocument, request: ExportArguments): string {
  const file = fileURLToPath(document.uri);
  const folder = innermostFolder(folders, (candidate) => candidate, file) ?? path.dirname(file);
  return path.resolve(folder, request.outDir ?? DEFAULT_EXPORT_FOLDER, outputName(file, request.to));
}

/** The file on disk, to tell the editor's unsaved changes from it; undefined when it cannot be read. */
function savedText(uri: string): string | undefined {
  try {
    return readText(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** Why the document was not exported, in an editor's words: what to put right, or what to choose. */
function refused(refusal: ExportRefusal, target: string): NonNullable<ExportResult['refused']> {
  switch (refusal.kind) {
    case 'exempt':
      return {
        reason: 'exempt',
        message:
          'This report is exempt from publication under Schedule 12A, and exempt information must not be published. ' +
          'Export it only if it is for members and officers.',
      };
    case 'errors': {
      const count = refusal.errors.length;
      return {
        reason: 'errors',
        message: `This document has ${count === 1 ? '1 error' : `${count} errors`}. Put ${count === 1 ? 'it' : 'them'} right before exporting, or export it anyway as it is.`,
        errors: refusal.errors.map(({ code, message, range: { start } }) => ({
          code,
          message,
          line: start.line,
          character: start.character,
        })),
      };
    }
    case 'exists':
      return {
        reason: 'exists',
        message: `${target} is already there and was not replaced. Move it away, or export again and replace it.`,
      };
    case 'folder':
      return {
        reason: 'unwritable',
        message: `The folder ${path.dirname(target)} could not be made (${refusal.detail}). Choose another folder to export to.`,
      };
    case 'unwritable':
      return { reason: 'unwritable', message: `${target} could not be written (${refusal.detail}).` };
  }
}

/** The command's one argument, checked: a client's mistake is answered InvalidParams, saying what is wrong. */
function exportArguments(value: unknown): ExportArguments {
  if (typeof value !== 'object' || value === null) throw invalid('export takes one argument, { uri, to }');
  const { uri, to, force, includeExempt, outDir } = value as Record<string, unknown>;
  if (typeof uri !== 'string') throw invalid('say which document to export with uri, a file: URI');
  const format = EXPORT_FORMATS.find((known) => known === to);
  if (format === undefined)
    throw invalid(`cannot export to '${String(to)}'; the formats available are: ${EXPORT_FORMATS.join(', ')}`);
  for (const [name, flag] of Object.entries({ force, includeExempt }))
    if (flag !== undefined && typeof flag !== 'boolean') throw invalid(`${name} is true or false`);
  if (outDir !== undefined && typeof outDir !== 'string') throw invalid('outDir is a folder, written as a string');
  return {
    uri,
    to: format,
    ...(force === undefined ? {} : { force: force as boolean }),
    ...(includeExempt === undefined ? {} : { includeExempt: includeExempt as boolean }),
    ...(outDir === undefined ? {} : { outDir }),
  };
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `Cannot export: ${message}.`);
}
