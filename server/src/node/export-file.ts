import * as fs from 'node:fs';
import * as path from 'node:path';
import { isExempt, type Diagnostic, type ParsedDocument, type Workspace } from '../core';
import { describeReadError, errorCode } from './read-text';

/** The folder an export writes to unless told another: `export/` at the workspace root. */
export const DEFAULT_EXPORT_FOLDER = 'export';

/**
 * Why a document was not exported, for the command line and the editor to
 * word each in its own way (a flag to add, or a button to press):
 * - `exempt`: exempt from publication under Schedule 12A, and not asked to include it;
 * - `errors`: it has errors, and was not forced;
 * - `exists`: a file is already where it would be written, and was not to be replaced;
 * - `folder`: the folder to write to could not be made (`detail` says why);
 * - `unwritable`: the file could not be written (`detail` says why).
 */
export type ExportRefusal =
  | { readonly kind: 'exempt' }
  | { readonly kind: 'errors'; readonly errors: readonly Diagnostic[] }
  | { readonly kind: 'exists' }
  | { readonly kind: 'folder'; readonly detail: string }
  | { readonly kind: 'unwritable'; readonly detail: string };

export interface ExportPermission {
  /** What the document is exported to: a Word file is the officer's, not a publication. */
  readonly to: 'docx' | 'html' | 'pdf';
  /** Export a document with errors, and replace a file already there. */
  readonly force: boolean;
  /** Export an exempt report, for members and officers only. */
  readonly includeExempt: boolean;
}

/**
 * `reports/school-meals.report.md` → `school-meals.html`: the name a reader
 * of the council's website sees, so without `.report`, which only tells this
 * tool what the Markdown file is.
 */
export function outputName(documentPath: string, extension: string): string {
  const stem = path.posix.basename(documentPath).replace(/(?:\.(?:report|minutes))?\.md$/i, '');
  return `${stem}.${extension}`;
}

/**
 * Whether a document may be exported: refused when it is exempt (unless
 * included) or has errors (unless forced); otherwise its errors, which a
 * forced export goes ahead despite. An exempt report may be exported to
 * Word: that is the file the officer gives the committee system for the
 * Part II agenda, its notice at the top; a web page or a PDF is what the
 * public reads.
 */
export function mayExport(
  workspace: Workspace,
  document: ParsedDocument,
  permission: ExportPermission,
): { readonly refusal: ExportRefusal } | { readonly errors: readonly Diagnostic[] } {
  if (isExempt(document) && !permission.includeExempt && permission.to !== 'docx')
    return { refusal: { kind: 'exempt' } };
  const errors = workspace.diagnostics(document.uri).filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0 && !permission.force) return { refusal: { kind: 'errors', errors } };
  return { errors };
}

/** Writes the exported file, making its folder, never replacing a file unless asked; why it was not written, or undefined. */
export function writeExportFile(
  absolutePath: string,
  content: string | Uint8Array,
  replace: boolean,
): ExportRefusal | undefined {
  try {
    fs.mkdirSync(path.dirname(absolutePath), { recursive: true });
  } catch (error) {
    return { kind: 'folder', detail: describeReadError(error) };
  }
  try {
    // 'wx' fails if the file exists, in the same step as creating it: nothing can slip in between.
    fs.writeFileSync(absolutePath, content, { encoding: 'utf8', flag: replace ? 'w' : 'wx' });
    return undefined;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return { kind: 'exists' };
    return { kind: 'unwritable', detail: describeReadError(error) };
  }
}
