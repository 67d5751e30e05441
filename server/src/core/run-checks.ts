import type {
  CheckInfo,
  DocumentCheckContext,
  LinkedCheckDocument,
  WorkspaceCheckContext,
  WorkspaceView,
} from './checks/check';
import { documentChecks, workspaceChecks } from './checks';
import { fileNotChecked } from './checks/file-not-checked';
import type { ResolvedConfig } from './config';
import type { ParsedDocument } from './document';
import type { Diagnostic, Finding, Range, Severity } from './types';

/**
 * The most diagnostics one check reports in one document; the rest are
 * counted in one more. No real report comes near it, and a hostile one (a
 * file of nothing but unresolved references) would otherwise send an editor
 * a million diagnostics.
 */
export const MAX_DIAGNOSTICS_PER_CHECK = 1000;

/**
 * Runs every enabled check on one document. A check that throws becomes one
 * diagnostic on line 1 rather than a crash, so one bug never hides the rest.
 */
export function runChecks(context: CheckContext): Diagnostic[] {
  return sortDiagnostics([...runDocumentChecks(context), ...runWorkspaceChecks(context)]);
}

/** Every check on a document and the rest of the workspace: what the checks of each are given. */
export interface CheckContext {
  readonly document: ParsedDocument;
  readonly workspace: WorkspaceView;
  readonly config: ResolvedConfig;
  /** Whether the document's file on disk, when last read, held bytes that are not UTF-8. */
  readonly invalidUtf8: boolean;
}

/** The checks of the document alone, unsorted: they hold whatever the other documents say. */
export function runDocumentChecks(context: DocumentCheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const check of documentChecks) runOne(check, context, (report) => check.run(context, report), diagnostics);
  return diagnostics;
}

/** The checks that read the other documents, unsorted. */
export function runWorkspaceChecks(context: WorkspaceCheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const check of workspaceChecks) runOne(check, context, (report) => check.run(context, report), diagnostics);
  return diagnostics;
}

/** In the order every diagnostic is given in: by position, then code (a stable sort keeps each check's own order). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(byPosition);
}

function runOne(
  check: CheckInfo,
  { document, config }: { readonly document: LinkedCheckDocument; readonly config: ResolvedConfig },
  run: (report: (finding: Finding) => void) => void,
  diagnostics: Diagnostic[],
): void {
  const setting = config.rules.get(check.code);
  if (setting === 'off') return;
  const severityOf = (finding: Finding): Severity => setting ?? finding.severity ?? check.defaultSeverity;
  let reported = 0;
  let firstLeftOut: Range | undefined;
  try {
    run((finding) => {
      if (document.suppressions.isSuppressed(check.code, finding.range.start.line)) return;
      if (++reported > MAX_DIAGNOSTICS_PER_CHECK) {
        firstLeftOut ??= finding.range;
        return;
      }
      diagnostics.push({
        range: finding.range,
        severity: severityOf(finding),
        code: check.code,
        message: finding.message,
        ...(finding.fixes && finding.fixes.length > 0 ? { fixes: finding.fixes } : {}),
      });
    });
  } catch (error) {
    diagnostics.push({
      range: document.lines.lineRange(0),
      severity: 'error',
      code: check.code,
      message: `The ${check.code} check failed on this document (${error instanceof Error ? error.message : String(error)}). The other checks still ran; please report this.`,
    });
  }
  if (firstLeftOut) {
    const more = (reported - MAX_DIAGNOSTICS_PER_CHECK).toLocaleString('en-GB');
    diagnostics.push({
      range: firstLeftOut,
      severity: setting ?? check.defaultSeverity,
      code: check.code,
      message: `${more} more ${check.code} problems are not listed (the first of them is here): only the first ${MAX_DIAGNOSTICS_PER_CHECK.toLocaleString('en-GB')} are. Fix those and check again.`,
    });
  }
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.code.localeCompare(b.code)
  );
}

/**
 * Why a document's text is not analysed at all, in words for its author, or
 * undefined when it can be checked. Decided on the text, so it holds the same
 * for a file read from disk (by the command line or the server) and for a
 * document open in an editor.
 */
export function notCheckedReason(text: string, config: ResolvedConfig): string | undefined {
  if (exceedsUtf8Bytes(text, config.maxFileSize)) {
    return `This file is too large to check: it is larger than ${describeSize(config.maxFileSize)}, the limit set by max-file-size in .committee-reports.yaml. Split it into smaller documents, or raise the limit (at most 20 MB).`;
  }
  // Markdown never holds a NUL; binary files (Word documents, PDFs) and files saved as UTF-16 do.
  if (text.includes('\u0000')) {
    return 'This file is not a text file (it contains NUL characters, as Word documents, PDFs and files saved as UTF-16 do), so it was not checked. Save it as UTF-8 text, or leave it out with exclude in .committee-reports.yaml.';
  }
  return undefined;
}

/** The one diagnostic of a document that is not analysed, at its first line, unless the config turns it off. */
export function notCheckedDiagnostics(text: string, reason: string, config: ResolvedConfig): Diagnostic[] {
  const setting = config.rules.get(fileNotChecked.code);
  if (setting === 'off') return [];
  // Positions count from after a byte order mark, as for every other diagnostic.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineBreak = text.slice(start).search(/[\r\n]/);
  const firstLineEnd = lineBreak === -1 ? text.length - start : lineBreak;
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineEnd } };
  return [{ range, severity: setting ?? fileNotChecked.defaultSeverity, code: fileNotChecked.code, message: reason }];
}

/**
 * Whether the text takes more than `limit` bytes in UTF-8 (as an editor saves
 * it). Counted only when the length in UTF-16 units cannot decide: each unit
 * takes one to three bytes (a surrogate pair, two units, takes four).
 */
function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1))) {
      bytes += 4;
      at++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** 5 MB, 500 KB, 1,000 bytes: as the setting would be written. */
function describeSize(bytes: number): string {
  const format = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${bytes.toLocaleString('en-GB')} bytes`;
}
