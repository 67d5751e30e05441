import type { Diagnostic } from '../core';
import type { StoredPrintout } from '../node/check-cache-file';

/** One file in the output, with its diagnostics sorted by position. */
export interface CheckedFile {
  /** Relative to the working directory, `/`-separated (may start with `../`). */
  readonly path: string;
  /** The config file is listed only when it has diagnostics and is not counted as a checked document. */
  readonly kind: 'document' | 'config';
  readonly diagnostics: readonly Diagnostic[];
}

/** Everything a formatter needs: the listed files in output order. */
export interface CheckOutcome {
  readonly files: readonly CheckedFile[];
  /** The working directory as an absolute path (SARIF's %SRCROOT%). */
  readonly root: string;
  /** What the user should know that is not a diagnostic, one line each (printed on stderr). */
  readonly warnings: readonly string[];
}

/** What a run prints: its output, its warnings (stderr) and its exit code. */
export type Printout = Omit<StoredPrintout, 'key'>;
