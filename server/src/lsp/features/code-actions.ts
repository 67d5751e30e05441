import { CodeActionKind, type Range } from 'vscode-languageserver';
import type { Feature } from '../context';
import { toCodeActions, toFixAllAction } from '../convert';

/** Quick fixes for the diagnostics at the cursor, and source.fixAll for every safe one. */
export const registerCodeActions: Feature = (connection, context) => {
  connection.onCodeAction(async ({ textDocument, range, context: { only } }) => {
    const workspace = await context.workspace();
    if (!workspace.getDocument(textDocument.uri)) return [];
    const diagnostics = workspace.diagnostics(textDocument.uri);
    if (only?.some((kind) => kind.startsWith(CodeActionKind.SourceFixAll))) {
      const action = toFixAllAction(textDocument.uri, diagnostics);
      return action ? [action] : [];
    }
    return diagnostics.filter((diagnostic) => overlaps(diagnostic.range, range)).flatMap((diagnostic) => toCodeActions(textDocument.uri, diagnostic));
  });
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] } };
};

/** Whether two ranges touch: a cursor at either end of a diagnostic still offers its fix. */
function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
