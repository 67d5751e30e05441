import type { Connection } from 'vscode-languageserver';
import { ServerContext, type Feature } from './context';
import { registerCodeActions } from './features/code-actions';
import { registerCommands } from './features/commands';
import { registerCodeLenses } from './features/code-lenses';
import { registerCompletion } from './features/completion';
import { registerConfiguration } from './features/configuration';
import { registerDefinition } from './features/definition';
import { registerDocumentHighlights } from './features/document-highlights';
import { registerDocumentSymbols } from './features/document-symbols';
import { registerDocumentSync } from './features/document-sync';
import { registerFolding } from './features/folding';
import { registerHover } from './features/hover';
import { registerLifecycle } from './features/lifecycle';
import { registerPreview } from './features/preview';
import { registerReferences } from './features/references';
import { registerRename } from './features/rename';
import { registerSemanticTokens } from './features/semantic-tokens';
import { registerTraceability } from './features/traceability';
import { registerWatchedFiles } from './features/watched-files';
import { registerWorkspaceSymbols } from './features/workspace-symbols';

/**
 * The language server: one module per feature, each registering its handlers
 * (adapters between LSP and the core) and saying which capabilities it
 * provides. To add a feature, add its register function here.
 */
const FEATURES: readonly Feature[] = [
  registerLifecycle,
  registerDocumentSync,
  registerWatchedFiles,
  registerConfiguration,
  registerDocumentSymbols,
  registerDefinition,
  registerReferences,
  registerHover,
  registerCompletion,
  registerRename,
  registerCodeActions,
  registerFolding,
  registerDocumentHighlights,
  registerSemanticTokens,
  registerWorkspaceSymbols,
  registerCodeLenses,
  registerTraceability,
  registerPreview,
  registerCommands,
];

export function startServer(connection: Connection): void {
  const context = new ServerContext(connection);
  for (const register of FEATURES) context.provide(register(connection, context));
  context.listen();
}
