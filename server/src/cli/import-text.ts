import { formatText } from './format-text';
import type { ImportOutcome } from './import';

/**
 * What `import` prints: a line per Word file, in the order given (the
 * document written and its images, with what the author must know below
 * it, or why it was not imported and what to do), then the documents'
 * problems as `check` prints them, so the author knows what to put right.
 */
export function formatImport(outcome: ImportOutcome, colour: boolean): string {
  const lines: string[] = [];
  for (const result of outcome.results) {
    if ('output' in result) {
      const images =
        result.images.length === 0 ? '' : ` and ${plural(result.images.length, 'image', 'images')} beside it`;
      lines.push(`Wrote ${result.output}${images} from ${result.path}`);
      for (const warning of result.warnings) lines.push(`  ${warning}`);
    } else {
      lines.push(`Not imported: ${result.reason}.`);
    }
  }
  const written = outcome.results.filter((result) => 'output' in result).length;
  const refused = outcome.results.length - written;
  const counts = `${plural(written, 'document', 'documents')} imported`;
  lines.push('', refused === 0 ? counts : `${counts}, ${plural(refused, 'file', 'files')} not imported`);
  const check = outcome.check === undefined ? '' : `\n${formatText(outcome.check, colour)}`;
  return `${lines.join('\n')}\n${check}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
