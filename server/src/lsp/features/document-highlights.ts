import { definitionsOf, referencesTo } from '../../core';
import type { Feature } from '../context';

/** Highlights: the ID under the cursor wherever this document defines or cites it. */
export const registerDocumentHighlights: Feature = (connection, context) => {
  connection.onDocumentHighlight(async ({ textDocument, position }) => {
    const found = await context.idAt(textDocument.uri, position);
    if (!found) return [];
    const workspace = await context.workspace();
    return [...definitionsOf(workspace, found.target), ...referencesTo(workspace, found.target)]
      .filter((location) => location.uri === textDocument.uri)
      .map((location) => ({ range: location.range }));
  });
  return { documentHighlightProvider: true };
};
