import { MarkupKind } from 'vscode-languageserver';
import { hoverAt } from '../../core';
import type { Feature } from '../context';

/** Hover: whatever the core says the cursor points at (an ID, an acronym, a section's heading), as Markdown. */
export const registerHover: Feature = (connection, context) => {
  connection.onHover(async ({ textDocument, position }) => {
    const workspace = await context.workspace();
    const document = workspace.getDocument(textDocument.uri);
    const hover = document && hoverAt(document, workspace, position);
    return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: hover.range } : null;
  });
  return { hoverProvider: true };
};
