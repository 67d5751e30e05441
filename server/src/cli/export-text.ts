import type { ExportOutcome } from './export';
import { toOneBased } from './positions';

/**
 * What the export did, a line per document in path order: each file written
 * (with the document it came from), each document not exported with why and
 * what to do, its errors below it as `check` prints them; then the counts.
 */
export function formatExport(outcome: ExportOutcome): string {
  if (outcome.results.length === 0) return 'No documents were found to export.\n';
  const lines: string[] = [];
  let written = 0;
  for (const result of outcome.results) {
    if ('output' in result) {
      written++;
      const despite = result.errorCount === 0 ? '' : ` despite ${plural(result.errorCount, 'error', 'errors')}`;
      lines.push(`Wrote ${result.output} from ${result.path}${despite}`);
      for (const warning of result.warnings) lines.push(`  ${warning}`);
      continue;
    }
    lines.push(`Not exported: ${result.path}: ${result.reason}.`);
    for (const error of result.errors ?? []) {
      const { line, column } = toOneBased(error.range);
      lines.push(`  ${result.path}:${line}:${column} ${error.severity} ${error.message} [${error.code}]`);
    }
  }
  const refused = outcome.results.length - written;
  const counts = `${plural(written, 'file', 'files')} written`;
  lines.push('', refused === 0 ? counts : `${counts}, ${plural(refused, 'document', 'documents')} not exported`);
  return `${lines.join('\n')}\n`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
