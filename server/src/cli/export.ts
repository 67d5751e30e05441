import * as path from 'node:path';
import { exportHtml, type Diagnostic, type ParsedDocument, type Workspace } from '../core';
import { DEFAULT_EXPORT_FOLDER, mayExport, outputName, writeExportFile, type ExportRefusal } from '../node/export-file';
import type { ExportFormat } from './args';
import { FileError } from './errors';
import { comparePaths } from './paths';
import { readWorkspace, type ReadDocument } from './read-workspace';
import { findWorkspace, type WorkspaceRequest } from './workspace-request';

export interface ExportRequest extends WorkspaceRequest {
  readonly to: ExportFormat;
  /** Relative to the working directory; absent means `export/` at the root. */
  readonly outDir?: string;
  readonly force: boolean;
  readonly includeExempt: boolean;
}

/** What became of one document: written to `output`, or refused with `reason` (and its errors, when those were why). */
export type ExportResult =
  | { readonly path: string; readonly output: string; readonly errorCount: number }
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
export function runExport(request: ExportRequest): ExportOutcome {
  const read = readWorkspace(findWorkspace(request));
  const folder = path.resolve(request.root, request.outDir ?? DEFAULT_EXPORT_FOLDER);
  const claimed = new Map<string, string>();
  const listed = [...read.listed].sort((a, b) => comparePaths(a.path, b.path));
  const results = listed.map((listedDocument) => {
    const document = read.workspace.getDocument(listedDocument.uri);
    if (document === undefined) return { path: listedDocument.path, reason: 'it could not be read' };
    const absolute = path.join(folder, outputName(listedDocument.path, request.to));
    // A file written outside the working folder is named in full: "../../tmp/export/x.html" is hard to find.
    const relative = read.found.shownAs(absolute);
    const target = { absolute, shown: relative.startsWith('../') ? absolute : relative };
    return exportOne(read.workspace, document, listedDocument, target, claimed, request);
  });
  return { results, warnings: read.found.warnings };
}

function exportOne(
  workspace: Workspace,
  document: ParsedDocument,
  { path: shown }: ReadDocument,
  target: { readonly absolute: string; readonly shown: string },
  claimed: Map<string, string>,
  request: ExportRequest,
): ExportResult {
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
  const refusal = writeExportFile(target.absolute, exportHtml(document, { papers: workspace }), request.force);
  return refusal === undefined
    ? { path: shown, output: target.shown, errorCount: allowed.errors.length }
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
