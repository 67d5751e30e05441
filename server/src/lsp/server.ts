import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  MarkupKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type Position,
  type Range,
} from 'vscode-languageserver';
import { Workspace, definitionsOf, documentSymbols, hoverFor, idAt, referencesTo } from '../core';
import { toCodeActions, toDocumentSymbol, toLspDiagnostic } from './convert';
import { folderPath, readWorkspaceConfig, readWorkspaceDocuments } from './workspace-files';

/**
 * The language server: documents in, diagnostics out. Open documents are
 * checked as they are typed; the other documents of the workspace folders are
 * read once at start, so references to them resolve.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  let workspace: Workspace | undefined;

  const publishOpenDocuments = () => {
    if (!workspace) return;
    for (const document of documents.all()) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: workspace.diagnostics(document.uri).map(toLspDiagnostic) });
    }
  };

  connection.onInitialize((params: InitializeParams) => {
    const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.map(folderPath).filter((folder): folder is string => folder !== undefined);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
    };
  });

  connection.onInitialized(() => {
    const { result, uri: configUri } = readWorkspaceConfig(folders);
    workspace = new Workspace(result.config);
    for (const { uri, text } of readWorkspaceDocuments(folders, result)) workspace.setDocument(uri, text);
    for (const document of documents.all()) workspace.setDocument(document.uri, document.getText());
    if (configUri) void connection.sendDiagnostics({ uri: configUri, diagnostics: result.diagnostics.map(toLspDiagnostic) });
    publishOpenDocuments();
  });

  documents.onDidChangeContent(({ document }) => {
    if (!workspace) return;
    workspace.setDocument(document.uri, document.getText());
    publishOpenDocuments();
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const document = workspace?.getDocument(textDocument.uri);
    return document && workspace ? documentSymbols(document, workspace.configuration).map(toDocumentSymbol) : [];
  });

  /** The ID under the cursor in a document the server knows, if any. */
  const idUnder = (uri: string, position: Position) => {
    const document = workspace?.getDocument(uri);
    return document ? idAt(document, document.lines.offsetAt(position)) : undefined;
  };

  connection.onDefinition(({ textDocument, position }) => {
    const found = idUnder(textDocument.uri, position);
    return found && workspace ? definitionsOf(workspace, found.target) : [];
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const found = idUnder(textDocument.uri, position);
    if (!found || !workspace) return [];
    return [...(context.includeDeclaration ? definitionsOf(workspace, found.target) : []), ...referencesTo(workspace, found.target)];
  });

  connection.onHover(({ textDocument, position }) => {
    const found = idUnder(textDocument.uri, position);
    const text = found && workspace ? hoverFor(workspace, found.target) : undefined;
    return found && text ? { contents: { kind: MarkupKind.Markdown, value: text }, range: found.range } : null;
  });

  connection.onCodeAction(({ textDocument, range }) => {
    if (!workspace?.getDocument(textDocument.uri)) return [];
    return workspace
      .diagnostics(textDocument.uri)
      .filter((diagnostic) => overlaps(diagnostic.range, range))
      .flatMap((diagnostic) => toCodeActions(textDocument.uri, diagnostic));
  });

  documents.onDidClose(({ document }) => {
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}

/** Whether two ranges touch: a cursor at either end of a diagnostic still offers its fix. */
function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
