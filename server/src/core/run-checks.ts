import type { CheckContext } from './checks/check';
import { documentChecks } from './checks';
import type { Diagnostic, Finding, Severity } from './types';

/**
 * Runs every enabled check on one document. A check that throws becomes one
 * diagnostic on line 1 rather than a crash, so one bug never hides the rest.
 */
export function runChecks(context: CheckContext): Diagnostic[] {
  const { document, config } = context;
  const diagnostics: Diagnostic[] = [];
  for (const check of documentChecks) {
    const setting = config.rules.get(check.code);
    if (setting === 'off') continue;
    const severityOf = (finding: Finding): Severity => setting ?? finding.severity ?? check.defaultSeverity;
    try {
      check.run(context, (finding) => {
        if (document.suppressions.isSuppressed(check.code, finding.range.start.line)) return;
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
  }
  return diagnostics.sort(byPosition);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
}
