/**
 * Shared value types of the analysis. Positions follow LSP: zero-based lines
 * and characters counted in UTF-16 code units, which is what JavaScript string
 * indices already are.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** A setting for a rule in the config file: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

/** One text replacement; `range` is in the document the diagnostic belongs to. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/**
 * Edits to a file other than the diagnostic's document (the workspace config),
 * positioned in that file; with `create`, the file does not exist yet: it is
 * created, and the edits apply to it empty.
 */
export interface FileEdit {
  readonly uri: string;
  readonly edits: readonly TextEdit[];
  readonly create?: boolean;
  /** The file's text the edits were counted in, so an editor holding other text (unsaved changes) can refuse them. */
  readonly basedOn?: string;
}

/** An exact, user-applied change that resolves a diagnostic (a quick fix). */
export interface Fix {
  readonly title: string;
  /** Edits to the diagnostic's own document (none when the fix changes only other files). */
  readonly edits: readonly TextEdit[];
  /** Changes to other files, made together with `edits`. */
  readonly otherFiles?: readonly FileEdit[];
  /** Safe to apply without looking (source.fixAll). */
  readonly safe: boolean;
}

export interface Diagnostic {
  readonly range: Range;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly fixes?: readonly Fix[];
}

/** What a check reports, before the configured severity is applied. */
export interface Finding {
  readonly range: Range;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  /** Overrides the check's default severity for this one finding (still subject to the config). */
  readonly severity?: Severity;
}

export type DocumentType = 'report' | 'scrutiny' | 'minutes';

/**
 * What the reader of a file on disk knows of it that its text cannot say.
 * Bytes that are not UTF-8 reach the text as U+FFFD, but so does a U+FFFD
 * written on purpose: only the bytes tell them apart.
 */
export interface FileFacts {
  readonly invalidUtf8: boolean;
}
