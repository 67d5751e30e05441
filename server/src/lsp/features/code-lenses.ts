import { findingLenses } from '../../core';
import type { Feature } from '../context';

/** Over each finding: what cites it, or that nothing does; unless `committeeReports.codeLens.enable` is off. */
export const registerCodeLenses: Feature = (connection, context) => {
  connection.onCodeLens(async ({ textDocument }) => {
    const document = await context.document(textDocument.uri);
    if (!document || !(await context.settings.get(textDocument.uri)).codeLens.enable) return [];
    // A lens with no command shows its title as text.
    return findingLenses(await context.workspace(), document).map((lens) => ({
      range: lens.range,
      command: { title: lens.title, command: '' },
    }));
  });
  return { codeLensProvider: { resolveProvider: false } };
};
