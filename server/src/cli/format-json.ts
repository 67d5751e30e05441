import type { CheckOutcome } from './model';
import { toOneBased } from './positions';
import { summarise } from './summary';

/** The JSON output the README shows under "Command line"; `version` changes only when this shape does. */
export interface JsonReport {
  readonly version: 1;
  readonly files: readonly JsonFile[];
  readonly summary: {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
  };
}

export interface JsonFile {
  readonly path: string;
  readonly diagnostics: readonly JsonDiagnostic[];
}

export interface JsonDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
}

export function formatJson(outcome: CheckOutcome): string {
  const report: JsonReport = {
    version: 1,
    files: outcome.files.map((file) => ({
      path: file.path,
      diagnostics: file.diagnostics.map((diagnostic) => ({
        ...toOneBased(diagnostic.range),
        severity: diagnostic.severity,
        code: diagnostic.code,
        message: diagnostic.message,
      })),
    })),
    summary: summarise(outcome),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
