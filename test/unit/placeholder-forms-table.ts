import { PLACEHOLDER_FORMS } from '../support/core';

export const PLACEHOLDER_TABLE_HEADER = '| Form | Caught | Left alone |';

/** The table of placeholder forms in docs/format.md, as printed from the core's list. */
export function placeholderFormsTable(): string {
  const code = (examples: readonly string[]) => examples.map((example) => `\`${example}\``).join(', ');
  const rows = PLACEHOLDER_FORMS.map((row) => `| ${row.form} | ${code(row.caught)} | ${code(row.notCaught)} |`);
  return [PLACEHOLDER_TABLE_HEADER, '|---|---|---|', ...rows].join('\n');
}
