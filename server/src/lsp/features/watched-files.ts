import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver';
import type { Feature } from '../context';

/** Closed files edited, added or deleted outside the editor, and the config file, when the client can watch them. */
export const registerWatchedFiles: Feature = (connection, context) => {
  void context.whenStarted().then(() => {
    if (context.client.workspace?.didChangeWatchedFiles?.dynamicRegistration !== true) return;
    const watchers = [{ globPattern: '**/*.md' }, { globPattern: '**/.committee-reports.yaml' }];
    // A client that refuses leaves the server with what it read at start and what is opened.
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
  });
  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    // Changes during indexing wait for it, in the order they came.
    const session = await context.indexedSession();
    for (const change of changes) session.fileChanged(change.uri, change.type === FileChangeType.Deleted);
  });
};
