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

/** What a document can be exported to: Word, an accessible web page, or PDF. */
export const EXPORT_FORMATS = ['docx', 'html', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

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
 * - `unwritable`: the folder or the file could not be written;
 * - `setup`: the export cannot be made here as things are set up: the Word
 *   template in the config cannot be used, or no browser to print a PDF was
 *   found (the message says what to do).
 */
export type ExportRefusalReason = 'exempt' | 'errors' | 'exists' | 'unwritable' | 'setup';

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
  /** What the officer should know about the file written, such as an image that could not be put in. */
  readonly warnings?: readonly string[];
}
