/**
 * The protocol between the language server and its clients beyond LSP itself:
 * every custom request and notification, and the shapes that cross the wire.
 * Both ends import it: the server (server/src/lsp/features) answers these
 * requests, and the VS Code extension (client/) sends them, knowing nothing
 * else of the server. So it imports nothing of ours at run time (the core's
 * model types are types only, erased when compiled), and nothing but
 * vscode-jsonrpc's request types, which both ends' libraries are built on.
 *
 * Renumbering needs nothing here: it is a standard code action
 * (refactor.rewrite) whose WorkspaceEdit any client applies.
 */
export * from './export';
export * from './import';
export * from './language';
export * from './preview';
export * from './traceability';
