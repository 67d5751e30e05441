import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportHtml, isExempt, type Diagnostic, type ParsedDocument, type Workspace } from '../core';
import { describeReadError, errorCode } from '../node/read-text';
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

/** The folder the export writes to unless --out says another. */
export const DEFAULT_EXPORT_FOLDER = 'export';

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

/**
 * `reports/school-meals.report.md` → `school-meals.html`: the name a reader
 * of the council's website sees, so without `.report`, which only tells this
 * tool what the Markdown file is.
 */
export function outputName(documentPath: string, to: ExportFormat): string {
  const stem = path.posix.basename(documentPath).replace(/(?:\.(?:report|minutes))?\.md$/i, '');
  return `${stem}.${to}`;
}

function exportOne(
  workspace: Workspace,
  document: ParsedDocument,
  { path: shown }: ReadDocument,
  target: { readonly absolute: string; readonly shown: string },
  claimed: Map<string, string>,
  request: ExportRequest,
): ExportResult {
  if (isExempt(document) && !request.includeExempt) {
    return {
      path: shown,
      reason:
        'it is exempt from publication under Schedule 12A, and exempt information must not be published. ' +
        'To export it for members and officers only, add --include-exempt',
    };
  }
  const errors = workspace.diagnostics(document.uri).filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0 && !request.force) {
    return {
      path: shown,
      reason: `it has ${errors.length === 1 ? '1 error' : `${errors.length} errors`}. Put ${errors.length === 1 ? 'it' : 'them'} right, or add --force to export it as it is`,
      errors,
    };
  }
  const earlier = claimed.get(target.absolute);
  if (earlier !== undefined) {
    return {
      path: shown,
      reason: `${earlier} is exported to the same file, ${target.shown}. Rename one of them, or export them one at a time to different folders with --out`,
    };
  }
  claimed.set(target.absolute, shown);
  const refusal = write(target, exportHtml(document, { papers: workspace }), request.force);
  return refusal === undefined
    ? { path: shown, output: target.shown, errorCount: errors.length }
    : { path: shown, reason: refusal };
}

/** Writes the file, never replacing one unless asked; the reason it was not written, or undefined. */
function write(
  target: { readonly absolute: string; readonly shown: string },
  text: string,
  replace: boolean,
): string | undefined {
  const folder = path.dirname(target.absolute);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    // No document can be written there: a fault of the command, not of a document.
    throw new FileError(
      `cannot make the folder ${path.posix.dirname(target.shown)} to export to (${describeReadError(error)}); choose another with --out`,
    );
  }
  try {
    // 'wx' fails if the file exists, in the same step as creating it: nothing can slip in between.
    fs.writeFileSync(target.absolute, text, { encoding: 'utf8', flag: replace ? 'w' : 'wx' });
    return undefined;
  } catch (error) {
    if (errorCode(error) === 'EEXIST')
      return `${target.shown} is already there and was not replaced. Move it away, or add --force to replace it`;
    return `${target.shown} could not be written (${describeReadError(error)})`;
  }
}
