/**
 * `committeeReports.import`, a `workspace/executeCommand` command of the
 * server (announced in `executeCommandProvider.commands`), so any editor can
 * bring a council's Word paper into the workspace: the .docx at `uri` made a
 * document of the format (`NAME.report.md` or `NAME.minutes.md`), with its
 * images beside it, written to `outDir`, or else beside the Word file when it
 * is in a workspace folder, or else at the top of the first workspace folder
 * (a paper picked from Downloads lands where the papers are). Called with
 * one argument, an ImportArguments; answered with an ImportResult.
 */
export const IMPORT_COMMAND = 'committeeReports.import';

/** What a Word paper may be read as; guessed from its words when not given. */
export const IMPORT_TYPES = ['report', 'scrutiny', 'minutes'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export interface ImportArguments {
  /** The Word file, a `file:` URI. */
  readonly uri: string;
  readonly type?: ImportType;
  /** Replace a document or image already there. */
  readonly force?: boolean;
  /** The folder to write to: absolute, or relative to the first workspace folder. */
  readonly outDir?: string;
}

/**
 * Why nothing was written:
 * - `unreadable`: the file is not a Word document this can read (an old .doc,
 *   password-protected, damaged, too large, not Word at all);
 * - `exists`: the document or an image is already there (import again with `force`);
 * - `unwritable`: the folder or a file could not be written.
 */
export type ImportRefusalReason = 'unreadable' | 'exists' | 'unwritable';

export interface ImportResult {
  /** The document written, as a `file:` URI. */
  readonly written?: string;
  /** The images written beside it, as `file:` URIs. */
  readonly images?: readonly string[];
  readonly refused?: {
    readonly reason: ImportRefusalReason;
    /** In plain English: what is wrong and what to do. */
    readonly message: string;
  };
  /** What the author should know about the document written: tracked changes accepted, comments left out, styles not known. */
  readonly warnings?: readonly string[];
}
