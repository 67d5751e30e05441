/**
 * `committeeReports.export`, a `workspace/executeCommand` command of the
 * server (announced in `executeCommandProvider.commands`), so any editor can
 * export a document: the text the server holds (the editor's, unsaved
 * changes included) checked and rendered under its folder's config, written
 * to `outDir` (default `export/` in the document's workspace folder; a
 * relative folder is taken from there). Called with one argument, an
 * ExportArguments; answered with an ExportResult.
 */
export const EXPORT_COMMAND = 'committeeReports.export';

/** What can be exported so far: Word and PDF are still to come. */
export type ExportFormat = 'html';

export interface ExportArguments {
  /** The document to export. */
  readonly uri: string;
  readonly to: ExportFormat;
  /** Export despite errors, and replace a file already there. */
  readonly force?: boolean;
  /** Export a report exempt from publication, for members and officers only. */
  readonly includeExempt?: boolean;
  /** The folder to write to: absolute, or relative to the document's workspace folder. */
  readonly outDir?: string;
}

/**
 * Why the document was not exported:
 * - `exempt`: exempt from publication (export again with `includeExempt`);
 * - `errors`: it has errors, listed in `errors` (export again with `force`);
 * - `exists`: the file is already there (export again with `force` to replace it);
 * - `unwritable`: the folder or the file could not be written.
 */
export type ExportRefusalReason = 'exempt' | 'errors' | 'exists' | 'unwritable';

/** An error that stopped the export, where it is (LSP's positions: 0-based, UTF-16). */
export interface ExportError {
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly character: number;
}

export interface ExportResult {
  /** The file written, as a `file:` URI. */
  readonly written?: string;
  readonly refused?: {
    readonly reason: ExportRefusalReason;
    /** In plain English: what is wrong and what to do. */
    readonly message: string;
    readonly errors?: readonly ExportError[];
  };
  /**
   * The document is open with changes not yet saved: what was exported is
   * what the editor shows, not the file on disk.
   */
  readonly unsavedChanges?: boolean;
}
