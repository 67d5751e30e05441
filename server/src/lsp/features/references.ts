import { definitionsOf, referencesTo } from '../../core';
import type { Feature } from '../context';

/** Find references: every citation of the ID under the cursor, across the workspace. */
export const registerReferences: Feature = (connection, context) => {
  connection.onReferences(async ({ textDocument, position, context: { includeDeclaration } }, token) => {
    const workspace = await context.workspaceUnlessCancelled(token);
    const found = await context.idAt(textDocument.uri, position);
    if (!found) return [];
    return [
      ...(includeDeclaration ? definitionsOf(workspace, found.target) : []),
      ...referencesTo(workspace, found.target),
    ];
  });
  return { referencesProvider: true };
};
