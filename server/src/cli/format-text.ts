import { colourSeverity } from './colour';
import type { CheckOutcome } from './model';
import { toOneBased } from './positions';
import { summarise, type Summary } from './summary';

/**
 * One line per diagnostic, `path:line:col severity message [code]`, in the
 * style compilers use so terminals and editors can jump to it, then a summary.
 */
export function formatText(outcome: CheckOutcome, colour: boolean): string {
  const lines: string[] = [];
  for (const file of outcome.files) {
    for (const diagnostic of file.diagnostics) {
      const { line, column } = toOneBased(diagnostic.range);
      const severity = colour ? colourSeverity(diagnostic.severity) : diagnostic.severity;
      lines.push(`${file.path}:${line}:${column} ${severity} ${diagnostic.message} [${diagnostic.code}]`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(summarise(outcome)));
  return `${lines.join('\n')}\n`;
}

/** For example "3 files checked: 2 errors, 1 warning, 0 infos". */
export function summaryLine(summary: Summary): string {
  const checked = `${count(summary.files, 'file', 'files')} checked`;
  const found = [
    count(summary.errors, 'error', 'errors'),
    count(summary.warnings, 'warning', 'warnings'),
    count(summary.infos, 'info', 'infos'),
  ];
  return `${checked}: ${found.join(', ')}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
