import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  MarkupKind,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type Position,
  type Range,
} from 'vscode-languageserver';
import { completionsAt, definitionsOf, documentSymbols, findingLenses, foldingRanges, hoverFor, idAt, referencesTo, renameId, workspaceSymbols } from '../core';
import { toCodeActions, toCompletionItem, toDocumentSymbol, toFixAllAction } from './convert';
import { SettingsCache } from './settings';
import { folderPath } from './workspace-files';
import { WorkspaceSession } from './workspace-session';

/**
 * The language server: handlers are adapters between LSP and the core.
 * Every checked file of the workspace folders is checked, open or not; open
 * documents as they are typed, the others as they are on disk.
 */
const LANGUAGE_ID = 'committee-report';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  let watchFiles = false;
  let settings: SettingsCache | undefined;
  let session: WorkspaceSession | undefined;

  connection.onInitialize((params: InitializeParams) => {
    const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.map(folderPath).filter((folder): folder is string => folder !== undefined);
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    settings = new SettingsCache(connection, params.capabilities.workspace?.configuration === true);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        hoverProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: ['[', ':', ','] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        foldingRangeProvider: true,
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
    };
  });

  connection.onInitialized(() => {
    session = new WorkspaceSession(connection, folders, (uri) => documents.get(uri)?.version);
    for (const document of documents.all()) if (isChecked(document)) session.workspace.setDocument(document.uri, document.getText());
    session.publishAll();
    if (watchFiles) {
      // Closed files edited, added or deleted outside the editor, and the config file.
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/.committee-reports.yaml' }] });
    }
  });

  /**
   * An open document is checked when the config's globs select it (so an
   * editor that attaches the server to all Markdown leaves README.md alone),
   * or when the client says it is a committee report.
   */
  const isChecked = (document: TextDocument) => document.languageId === LANGUAGE_ID || session?.isCheckedFile(document.uri) === true;

  /** Re-checks an open document if its settings say to at this moment ('type' on every change, 'save' on save). */
  const recheck = async (document: TextDocument, moment: 'type' | 'save') => {
    if (!isChecked(document) || !settings) return;
    const { checkOn } = await settings.get(document.uri);
    // The first check of a document that has just opened happens whatever the setting.
    const known = session?.workspace.getDocument(document.uri) !== undefined;
    if (checkOn === moment || (moment === 'type' && !known)) session?.update(document.uri, document.getText());
  };

  documents.onDidChangeContent(({ document }) => void recheck(document, 'type'));
  documents.onDidSave(({ document }) => void recheck(document, 'save'));
  connection.onDidChangeConfiguration(() => settings?.forget());
  documents.onDidClose(({ document }) => {
    settings?.forget(document.uri);
    session?.close(document.uri);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) session?.fileChanged(change.uri, change.type === FileChangeType.Deleted, documents.get(change.uri) !== undefined);
  });

  /** The ID under the cursor in a document the server knows, if any. */
  const idUnder = (uri: string, position: Position) => {
    const document = session?.workspace.getDocument(uri);
    return document ? idAt(document, document.lines.offsetAt(position)) : undefined;
  };

  connection.onDocumentSymbol(({ textDocument }) => {
    const document = session?.workspace.getDocument(textDocument.uri);
    return document && session ? documentSymbols(document, session.workspace.configuration).map(toDocumentSymbol) : [];
  });

  connection.onDefinition(({ textDocument, position }) => {
    const found = idUnder(textDocument.uri, position);
    return found && session ? definitionsOf(session.workspace, found.target) : [];
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const found = idUnder(textDocument.uri, position);
    if (!found || !session) return [];
    return [...(context.includeDeclaration ? definitionsOf(session.workspace, found.target) : []), ...referencesTo(session.workspace, found.target)];
  });

  connection.onHover(({ textDocument, position }) => {
    const found = idUnder(textDocument.uri, position);
    const text = found && session ? hoverFor(session.workspace, found.target) : undefined;
    return found && text ? { contents: { kind: MarkupKind.Markdown, value: text }, range: found.range } : null;
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = session?.workspace.getDocument(textDocument.uri);
    if (!document || !session) return [];
    const offset = document.lines.offsetAt(position);
    const { items, replaceFrom } = completionsAt(session.workspace, document, offset);
    const range = document.lines.range(replaceFrom, offset);
    return items.map((item) => toCompletionItem(item, range));
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const found = idUnder(textDocument.uri, position);
    if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only the ID of a finding, recommendation or resolution can be renamed here.');
    return { range: found.range, placeholder: found.target.id };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const found = idUnder(textDocument.uri, position);
    if (!found || !session) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only the ID of a finding, recommendation or resolution can be renamed here.');
    const result = renameId(session.workspace, found.target, newName);
    if ('refusal' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.refusal);
    return { changes: Object.fromEntries([...result.edits].map(([uri, edits]) => [uri, [...edits]])) };
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    if (!session?.workspace.getDocument(textDocument.uri)) return [];
    const diagnostics = session.workspace.diagnostics(textDocument.uri);
    if (context.only?.some((kind) => kind.startsWith(CodeActionKind.SourceFixAll))) {
      const action = toFixAllAction(textDocument.uri, diagnostics);
      return action ? [action] : [];
    }
    return diagnostics.filter((diagnostic) => overlaps(diagnostic.range, range)).flatMap((diagnostic) => toCodeActions(textDocument.uri, diagnostic));
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const document = session?.workspace.getDocument(textDocument.uri);
    return document ? foldingRanges(document) : [];
  });

  connection.onDocumentHighlight(({ textDocument, position }) => {
    const found = idUnder(textDocument.uri, position);
    if (!found || !session) return [];
    return [...definitionsOf(session.workspace, found.target), ...referencesTo(session.workspace, found.target)]
      .filter((location) => location.uri === textDocument.uri)
      .map((location) => ({ range: location.range }));
  });

  connection.onWorkspaceSymbol(({ query }) =>
    session ? workspaceSymbols(session.workspace, query).map((symbol) => ({ name: symbol.name, kind: SymbolKind.Key, containerName: symbol.detail, location: symbol.location })) : [],
  );

  connection.onCodeLens(({ textDocument }) => {
    const document = session?.workspace.getDocument(textDocument.uri);
    if (!document || !session) return [];
    // A lens with no command shows its title as text.
    return findingLenses(session.workspace, document).map((lens) => ({ range: lens.range, command: { title: lens.title, command: '' } }));
  });

  documents.listen(connection);
  connection.listen();
}

/** Whether two ranges touch: a cursor at either end of a diagnostic still offers its fix. */
function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
