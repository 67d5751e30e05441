import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { LANGUAGE_ID, type InitializationOptions } from '../../server/src/protocol';

/**
 * The client for the bundled language server (dist/server.js), over Node
 * IPC. Documents of our language are sent, and Markdown files too: the
 * server checks a Markdown file only when the workspace's
 * `.committee-reports.yaml` selects it, and ignores the rest.
 */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The config file too, so its quick fixes (a misspelt setting or check) reach the server.
    documentSelector: [
      { language: LANGUAGE_ID },
      { language: 'markdown', scheme: 'file' },
      { scheme: 'file', pattern: '**/.committee-reports.yaml' },
    ],
    initializationOptions: indexOptions(context),
    outputChannel: output,
    // The server reports its own start-up problems in this channel; show it only when asked.
    revealOutputChannelOn: 4 /* RevealOutputChannelOn.Never */,
    middleware: {
      // The server's lenses on findings only show text (any editor can); in VS Code a click shows the finding in the tree.
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        for (const lens of lenses ?? []) {
          lens.command = {
            title: lens.command?.title ?? '',
            command: 'committeeReports.traceability.reveal',
            arguments: [document.uri.toString(), lens.range.start.line],
          };
        }
        return lenses;
      },
    },
  };
  return new LanguageClient('committeeReports', 'Committee Reports', serverOptions, clientOptions);
}

/**
 * Where the server keeps its index of the workspace between sessions: the
 * workspace's own storage, so the index goes when the workspace does. With no
 * storage (no folder open, or storage on another machine), or with the
 * `committeeReports.persistIndex` setting off, nothing is kept.
 */
export function indexOptions(context: vscode.ExtensionContext): InitializationOptions {
  const persist = vscode.workspace.getConfiguration('committeeReports').get<boolean>('persistIndex', true);
  const storage = context.storageUri;
  if (!persist || storage?.scheme !== 'file') return { persistIndex: false };
  return { indexFolder: storage.fsPath };
}
