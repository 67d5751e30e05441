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

/** An exact, user-applied change that resolves a diagnostic (a quick fix). */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
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
