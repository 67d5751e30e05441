import { SymbolKind } from 'vscode-languageserver';
import { workspaceSymbols } from '../../core';
import type { Feature } from '../context';

/** Every finding, recommendation and resolution in the workspace, by document id, ID or words. */
export const registerWorkspaceSymbols: Feature = (connection, context) => {
  connection.onWorkspaceSymbol(async ({ query }, token) =>
    workspaceSymbols(await context.workspaceUnlessCancelled(token), query).map((symbol) => ({
      name: symbol.name,
      kind: SymbolKind.Key,
      containerName: symbol.detail,
      location: symbol.location,
    })),
  );
  return { workspaceSymbolProvider: true };
};
